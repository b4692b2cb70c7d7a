export type OutboxOptions = Record<string, never>
