/**
 * A citizen's request about their data (Nghị định 13/2023/NĐ-CP): platform admins export every
 * subscription and alert message held for an address, or erase them all.
 *
 * GET  /api/subscriptions/personal-data?email=   → { email, subscriptions, messages }
 * POST /api/subscriptions/personal-data/erase {email} → { erased: { subscriptions, messages } }
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { asUser, isPlatformAdmin } from '../../cms/src/access/roles'
import { EMAIL_PATTERN } from '../../cms/src/contracts/citizen'
import { fail } from '../../cms/src/lib/endpoint'
import { recordAudit } from '../audit/record'

const Email = z.string().trim().toLowerCase().max(254).regex(EMAIL_PATTERN, 'Thư điện tử không hợp lệ. / Invalid email address.')

function adminOnly(req: PayloadRequest): Response | null {
  const user = asUser(req)
  if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
  return isPlatformAdmin(user) ? null : fail(403, 'Chỉ quản trị nền tảng. / Platform admins only.')
}

async function held(req: PayloadRequest, email: string) {
  const [subscriptions, messages] = await Promise.all([
    req.payload.find({ collection: 'subscriptions', where: { email: { equals: email } }, depth: 0, pagination: false, overrideAccess: true, req }),
    req.payload.find({ collection: 'outbox', where: { to: { equals: email } }, depth: 0, pagination: false, overrideAccess: true, req }),
  ])
  return { subscriptions: subscriptions.docs, messages: messages.docs }
}

export const exportPersonalData: Endpoint = {
  path: '/personal-data',
  method: 'get',
  handler: async (req) => {
    const refused = adminOnly(req)
    if (refused) return refused
    const email = Email.safeParse(req.searchParams.get('email') ?? '')
    if (!email.success) return fail(400, 'Cần địa chỉ thư điện tử hợp lệ (?email=). / A valid ?email= is required.')
    const { subscriptions, messages } = await held(req, email.data)
    await recordAudit(req, { action: 'security', collection: 'subscriptions', docId: null, title: 'Xuất dữ liệu cá nhân (đăng ký nhận tin)', site: null, detail: { subscriptions: subscriptions.length, messages: messages.length } })
    return Response.json({
      email: email.data,
      subscriptions: subscriptions.map((s) => {
        const { nonce: _nonce, ...rest } = s as unknown as Record<string, unknown>
        return rest
      }),
      messages: messages.map((m) => ({ id: m.id, subject: m.subject, status: m.status, createdAt: m.createdAt, sentAt: m.sentAt })),
    })
  },
}

export const erasePersonalData: Endpoint = {
  path: '/personal-data/erase',
  method: 'post',
  handler: async (req) => {
    const refused = adminOnly(req)
    if (refused) return refused
    let body: unknown = {}
    try {
      body = req.json ? ((await req.json()) ?? {}) : {}
    } catch {
      return fail(400, 'Nội dung yêu cầu không phải JSON hợp lệ. / The body is not valid JSON.')
    }
    const email = Email.safeParse((body as { email?: unknown })?.email)
    if (!email.success) return fail(400, 'Cần địa chỉ thư điện tử hợp lệ (email). / A valid email is required.')
    const [subscriptions, messages] = await Promise.all([
      req.payload.delete({ collection: 'subscriptions', where: { email: { equals: email.data } }, overrideAccess: true, req }),
      req.payload.delete({ collection: 'outbox', where: { to: { equals: email.data } }, overrideAccess: true, req }),
    ])
    const erased = { subscriptions: subscriptions.docs.length, messages: messages.docs.length }
    await recordAudit(req, { action: 'delete', collection: 'subscriptions', docId: null, title: 'Xóa dữ liệu cá nhân theo yêu cầu (đăng ký nhận tin)', site: null, detail: erased })
    return Response.json({ erased, message: 'Đã xóa. / Erased.' })
  },
}
