export type ContentOptions = Record<string, never>
