declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** `false`: the audit plugin leaves the collection alone (system records, or it audits itself). Audited by default. */
    audit?: false
  }
}

export type AuditOptions = {
  /** Audit every collection that does not opt out. @default true */
  enabled?: boolean
}
