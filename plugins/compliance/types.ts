export type ComplianceOptions = Record<string, never>
