/** How the audit log names its actions and the collections it records, for people (admin, CSV). */
import type { Payload } from 'payload'

import type { Bilingual } from '../../cms/src/admin/text'
import type { AuditAction } from './record'

export const AUDIT_ACTION_LABELS: Record<AuditAction, Bilingual> = {
  create: { vi: 'Tạo mới', en: 'Create' },
  update: { vi: 'Cập nhật', en: 'Update' },
  delete: { vi: 'Xóa', en: 'Delete' },
  publish: { vi: 'Xuất bản', en: 'Publish' },
  unpublish: { vi: 'Gỡ xuất bản', en: 'Unpublish' },
  login: { vi: 'Đăng nhập', en: 'Login' },
  'login-failed': { vi: 'Đăng nhập thất bại', en: 'Failed login' },
  'role-change': { vi: 'Đổi vai trò', en: 'Role change' },
  workflow: { vi: 'Quy trình duyệt', en: 'Workflow' },
  security: { vi: 'Bảo mật tài khoản', en: 'Account security' },
  trash: { vi: 'Chuyển vào thùng rác', en: 'Move to trash' },
  restore: { vi: 'Khôi phục từ thùng rác', en: 'Restore from trash' },
}

/** A label as configured (text, or one text per language) in `language`. */
export function labelText(label: unknown, language: string, fallback: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLanguage = label as Record<string, unknown>
    const text = byLanguage[language] ?? byLanguage.vi ?? Object.values(byLanguage)[0]
    if (typeof text === 'string') return text
  }
  return fallback
}

/** The singular name of a collection (e.g. "Tin bài" for `news`), or the slug when it has none. */
export function collectionLabel(payload: Payload, slug: string | null | undefined, language: string): string {
  if (!slug) return ''
  const config = payload.collections[slug as keyof typeof payload.collections]?.config
  return config ? labelText(config.labels?.singular, language, slug) : slug
}
