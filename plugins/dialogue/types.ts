export type DialogueOptions = Record<string, never>
