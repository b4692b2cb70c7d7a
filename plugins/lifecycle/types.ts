export type LifecycleOptions = Record<string, never>
