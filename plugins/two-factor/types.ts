export type TwoFactorOptions = {
  /** Gate every collection and global for users who must enrol but have not. @default true */
  gate?: boolean
}
