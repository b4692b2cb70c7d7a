/**
 * Invitations: a site admin invites someone by email to their own site with one site role; a
 * platform admin may invite to any site. The email goes to the outbox with a single-use link
 * that expires in 7 days; only the hash of its token is stored. Accepting is public
 * (`POST /api/invitations/accept`, see accept.ts).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, FieldAccess } from 'payload'

import { asUser, createOnOwnSite, dbIds, isPlatformAdmin, SITE_ROLES, siteIdsOf, writeOwnSites, type SiteRole } from '../../../cms/src/access/roles'
import { ROLE_LABELS } from '../Users'
import { acceptInvitation, lookupInvitation } from './accept'
import { acceptLink, invitationEmail } from './email'
import { ACCEPTING, INVITATION_DAYS, newInvitationToken } from './token'

const nobody: FieldAccess = () => false
const TOKEN_CONTEXT = 'invitationToken'

const issueToken: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { token, hash } = newInvitationToken()
  req.context[TOKEN_CONTEXT] = token
  return {
    ...data,
    email: String(data.email).trim().toLowerCase(),
    tokenHash: hash,
    status: 'pending',
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000).toISOString(),
    invitedBy: asUser(req)?.id ?? null,
  }
}

/** Written in the same transaction: no invitation without its email, and no email without it. */
const writeInvitationEmail: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const token = req.context[TOKEN_CONTEXT]
  if (operation !== 'create' || typeof token !== 'string') return doc
  delete req.context[TOKEN_CONTEXT]
  const siteId = typeof doc.site === 'object' ? doc.site.id : doc.site
  const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, locale: 'vi', overrideAccess: true, req })
  const inviter = req.user as { name?: string | null; email?: string } | null
  const mail = invitationEmail({
    siteName: String(site.name),
    role: ROLE_LABELS[doc.role as SiteRole],
    inviter: inviter ? (inviter.name ?? inviter.email ?? null) : null,
    link: acceptLink(token),
    expiresAt: new Date(doc.expiresAt),
  })
  await req.payload.create({ collection: 'outbox', data: { to: doc.email, ...mail, status: 'queued' }, overrideAccess: true, req })
  return doc
}

export const Invitations: CollectionConfig = {
  slug: 'invitations',
  labels: { singular: { vi: 'Lời mời', en: 'Invitation' }, plural: { vi: 'Lời mời', en: 'Invitations' } },
  admin: {
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    useAsTitle: 'email',
    defaultColumns: ['email', 'site', 'role', 'status', 'expiresAt'],
    description: {
      vi: 'Mời người dùng tham gia một trang qua email. Thư mời có liên kết dùng một lần, hết hạn sau 7 ngày.',
      en: 'Invite people to a site by email. The email carries a single-use link that expires after 7 days.',
    },
  },
  access: {
    read: ({ req }) => {
      const user = asUser(req)
      if (isPlatformAdmin(user)) return true
      const ids = siteIdsOf(user, ['site-admin'])
      return ids.length ? { site: { in: dbIds(req, ids) } } : false
    },
    // Site admins invite to their own sites only; the site field is checked against the data.
    create: createOnOwnSite(['site-admin']),
    update: writeOwnSites(['site-admin']),
    delete: writeOwnSites(['site-admin']),
  },
  hooks: {
    beforeChange: [issueToken],
    afterChange: [writeInvitationEmail],
  },
  endpoints: [
    { path: '/accept', method: 'post', handler: acceptInvitation },
    { path: '/lookup', method: 'get', handler: lookupInvitation },
  ],
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      label: { vi: 'Email người được mời', en: 'Email' },
      access: { update: nobody },
    },
    {
      name: 'site',
      type: 'relationship',
      relationTo: 'sites',
      required: true,
      index: true,
      label: { vi: 'Trang', en: 'Site' },
      access: { update: nobody },
      // The site cannot change afterwards (update access), so only the creation is checked.
      // Writes without a user are the platform's own (portal provisioning from the CLI); the
      // API never gets that far without one (create access).
      validate: (value: unknown, { req, operation }: { req: Parameters<typeof asUser>[0]; operation?: string }) => {
        const user = asUser(req)
        if (operation !== 'create' || !user || isPlatformAdmin(user) || value === null || value === undefined) return true
        const id = String(typeof value === 'object' ? (value as { id: unknown }).id : value)
        return siteIdsOf(user, ['site-admin']).includes(id) || 'Bạn chỉ mời được vào trang mình quản trị. / You can only invite to sites you administer.'
      },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      label: { vi: 'Vai trò', en: 'Role' },
      options: SITE_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { update: nobody },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      label: { vi: 'Trạng thái', en: 'Status' },
      options: [
        { value: 'pending', label: { vi: 'Chờ nhận', en: 'Pending' } },
        { value: 'accepted', label: { vi: 'Đã nhận', en: 'Accepted' } },
        { value: 'revoked', label: { vi: 'Đã thu hồi', en: 'Revoked' } },
      ],
      admin: { position: 'sidebar', description: { vi: 'Chọn “Đã thu hồi” để vô hiệu liên kết.', en: 'Choose "Revoked" to disable the link.' } },
      // People may only revoke; the accept endpoint alone marks an invitation accepted.
      validate: (value: unknown, { previousValue, req }: { previousValue?: unknown; req: { context: Record<string, unknown> } }) =>
        value === previousValue ||
        value === 'revoked' ||
        (value === 'pending' && previousValue === undefined) ||
        req.context[ACCEPTING] === true ||
        'Chỉ có thể thu hồi lời mời. / An invitation can only be revoked.',
    },
    { name: 'expiresAt', type: 'date', label: { vi: 'Hết hạn', en: 'Expires' }, access: { update: nobody }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'invitedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người mời', en: 'Invited by' }, access: { create: nobody, update: nobody }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'acceptedAt', type: 'date', label: { vi: 'Nhận lúc', en: 'Accepted at' }, access: { create: nobody, update: nobody }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'acceptedUser', type: 'relationship', relationTo: 'users', label: { vi: 'Tài khoản', en: 'Account' }, access: { create: nobody, update: nobody }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'tokenHash', type: 'text', index: true, hidden: true, access: { read: nobody, create: nobody, update: nobody } },
  ],
}
