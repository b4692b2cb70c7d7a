export type LegalOptions = Record<string, never>
