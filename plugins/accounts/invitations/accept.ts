/**
 * Public endpoints behind the link in an invitation email:
 *   GET  /api/invitations/lookup?token=…  → { email, site, role, accountExists } for the page
 *   POST /api/invitations/accept { token, name, password }
 * Accepting creates the account (the password policy applies) or, when an account with that
 * email exists, adds the site role to it; the invitation is then used up.
 */
import { type PayloadHandler, type PayloadRequest, ValidationError } from 'payload'

import { passwordProblem } from '../../../cms/src/lib/passwordPolicy'

import { recordAudit } from '../../audit/record'
import { ACCEPTING, hashInvitationToken } from './token'

type Invitation = { id: number | string; email: string; site: number | string; role: string; status: string; expiresAt: string }

const reply = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const refuse = (status: number, message: string) => reply(status, { errors: [{ message }] })

const NOT_FOUND = 'Lời mời không tồn tại hoặc liên kết không đúng. / The invitation does not exist or the link is wrong.'
const USED = 'Lời mời này đã được sử dụng. / This invitation was already used.'
const REVOKED = 'Lời mời này đã bị thu hồi. / This invitation was revoked.'
const EXPIRED = 'Lời mời này đã hết hạn; hãy đề nghị quản trị gửi lời mời mới. / This invitation has expired: ask for a new one.'

async function findValid(req: PayloadRequest, token: unknown): Promise<Invitation | Response> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return refuse(404, NOT_FOUND)
  const found = await req.payload.find({
    collection: 'invitations',
    where: { tokenHash: { equals: hashInvitationToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const invitation = found.docs[0] as unknown as Invitation | undefined
  if (!invitation) return refuse(404, NOT_FOUND)
  if (invitation.status === 'accepted') return refuse(410, USED)
  if (invitation.status === 'revoked') return refuse(410, REVOKED)
  if (new Date(invitation.expiresAt).getTime() < Date.now()) return refuse(410, EXPIRED)
  return invitation
}

async function existingUser(req: PayloadRequest, email: string) {
  const found = await req.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true, req })
  return found.docs[0] as { id: number | string; memberships?: { site: number | string | { id: number | string }; role: string }[] | null } | undefined
}

export const lookupInvitation: PayloadHandler = async (req) => {
  const invitation = await findValid(req, req.searchParams.get('token'))
  if (invitation instanceof Response) return invitation
  const site = await req.payload.findByID({ collection: 'sites', id: invitation.site, depth: 0, locale: 'vi', overrideAccess: true, req })
  return reply(200, {
    email: invitation.email,
    site: site.name,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    accountExists: Boolean(await existingUser(req, invitation.email)),
  })
}

export const acceptInvitation: PayloadHandler = async (req) => {
  const raw: unknown = typeof req.json === 'function' ? await req.json().catch(() => null) : req.data
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return refuse(400, 'Nội dung phải là một đối tượng JSON {token, name, password}. / The body must be a JSON object {token, name, password}.')
  const data = raw as { token?: unknown; name?: unknown; password?: unknown }
  req.context[ACCEPTING] = true
  const invitation = await findValid(req, data.token)
  if (invitation instanceof Response) return invitation
  const user = await existingUser(req, invitation.email)
  const name = typeof data.name === 'string' ? data.name.trim() : ''
  const password = typeof data.password === 'string' ? data.password : ''
  if (!user) {
    // Checked before the invitation is claimed, so a refused password leaves the link usable.
    if (!name || !password) return refuse(400, 'Cần nhập họ tên và mật khẩu. / Name and password are required.')
    const problem = passwordProblem(password, { email: invitation.email, name })
    if (problem) throw new ValidationError({ collection: 'users', errors: [{ message: problem, path: 'password' }] })
  }

  // Claim the invitation first, so two simultaneous acceptances cannot both succeed.
  const claimed = await req.payload.update({
    collection: 'invitations',
    where: { and: [{ id: { equals: invitation.id } }, { status: { equals: 'pending' } }] },
    data: { status: 'accepted', acceptedAt: new Date().toISOString() },
    overrideAccess: true,
    req,
  })
  if (claimed.errors.length) throw new Error(`cannot mark invitation ${invitation.id} accepted: ${claimed.errors[0]!.message}`)
  if (claimed.docs.length !== 1) return refuse(410, USED)

  let userId: number | string
  try {
    if (user) {
      const siteId = String(invitation.site)
      const others = (user.memberships ?? [])
        .map((m) => ({ site: typeof m.site === 'object' ? m.site.id : m.site, role: m.role }))
        .filter((m) => String(m.site) !== siteId)
      await req.payload.update({
        collection: 'users',
        id: user.id,
        data: { memberships: [...others, { site: invitation.site, role: invitation.role }] } as never,
        overrideAccess: true,
        req,
      })
      userId = user.id
    } else {
      const created = await req.payload.create({
        collection: 'users',
        data: { email: invitation.email, name, password, memberships: [{ site: invitation.site, role: invitation.role }] } as never,
        overrideAccess: true,
        req,
      })
      userId = created.id
    }
  } catch (err) {
    // The embedded database runs without transactions: give the link back by hand.
    await req.payload.update({ collection: 'invitations', id: invitation.id, data: { status: 'pending', acceptedAt: null }, overrideAccess: true, req })
    throw err
  }
  await req.payload.update({ collection: 'invitations', id: invitation.id, data: { acceptedUser: userId } as never, overrideAccess: true, req })
  await recordAudit(req, {
    action: 'security',
    collection: 'invitations',
    docId: invitation.id,
    title: invitation.email,
    site: invitation.site,
    user: { id: userId, email: invitation.email },
    detail: { event: 'invitation-accepted', role: invitation.role, newAccount: !user },
  })
  return reply(200, {
    email: invitation.email,
    newAccount: !user,
    message: 'Đã nhận lời mời. Bạn có thể đăng nhập. / Invitation accepted: you can now log in.',
  })
}
