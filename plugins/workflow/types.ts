export type WorkflowOptions = Record<string, never>
