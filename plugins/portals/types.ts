export type PortalsOptions = Record<string, never>
