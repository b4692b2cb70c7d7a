export type SearchOptions = Record<string, never>
