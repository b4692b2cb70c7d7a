export type AccountsOptions = {
  /** Hours a login session lasts. @default SESSION_HOURS (8) */
  sessionHours?: number
}
