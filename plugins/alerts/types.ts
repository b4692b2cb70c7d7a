export type AlertsOptions = Record<string, never>
