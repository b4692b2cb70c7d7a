/**
 * Account security through REST (and one browser login), on a real server started with the
 * default policy: two-factor authentication required for platform admins.
 */

import { generate } from 'otplib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './helpers/browser'
import type { Payload } from 'payload'

import { openLocalApi, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'
import { type FakeSmtp, startFakeSmtp } from './helpers/smtp'

let server: TestServer
let smtp: FakeSmtp
const ADMIN = 'admin@cong.gov.vn'
const GOOD_PASSWORD = 'Mây-trắng-bay-2026'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every response body this suite sees, to prove afterwards that no secret ever left the server. */
const bodies: string[] = []

async function api(urlPath: string, init: RequestInit & { json?: unknown; token?: string } = {}) {
  const res = await server.api(urlPath, init)
  bodies.push(res.body)
  return res
}

const login = (email: string, password = SEED_PASSWORD, totp?: string) =>
  api('/api/users/login', { method: 'POST', json: { email, password, ...(totp ? { totp } : {}) } })

async function token(email: string, password = SEED_PASSWORD, totp?: string): Promise<string> {
  const res = await login(email, password, totp)
  expect(res.status, res.body).toBe(200)
  return res.json<{ token: string }>().token
}

/** A code of the next 30-second step (the current one may already be spent by enrolment). */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 })

async function enrol(userToken: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await api('/api/users/2fa/setup', { method: 'POST', token: userToken, json: {} })
  expect(setup.status, setup.body).toBe(200)
  const { secret, otpauthUri, qrCode } = setup.json<{ secret: string; otpauthUri: string; qrCode: string }>()
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//)
  expect(qrCode).toMatch(/^data:image\/png;base64,/)
  const confirmed = await api('/api/users/2fa/confirm', { method: 'POST', token: userToken, json: { code: await generate({ secret }) } })
  expect(confirmed.status, confirmed.body).toBe(200)
  return { secret, recoveryCodes: confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes }
}

/** Memberships as `site:role` strings, whatever the depth of the response. */
const rolesOf = (user: Json): string[] =>
  (user.memberships as Json[]).map((m) => `${typeof m.site === 'object' ? m.site.id : m.site}:${m.role}`)

async function siteId(slug: string): Promise<number> {
  const res = await api(`/api/sites?where[slug][equals]=${slug}&depth=0`)
  return res.json<{ docs: { id: number }[] }>().docs[0]!.id
}

/**
 * The test reads and ages rows the API rightly refuses to touch (reset tokens, expiry dates)
 * through the adapter of this process's own Payload on the server's database.
 */
let local: Payload | null = null
async function database(): Promise<Payload['db']> {
  local ??= await openLocalApi(server)
  return local.db
}

let adminToken: string
let adminSecret: string
let adminRecoveryCodes: string[]

beforeAll(async () => {
  smtp = await startFakeSmtp()
  // An empty value means "the default": two-factor required for platform admins.
  server = await startServer({ TWO_FACTOR_REQUIRED_ROLES: '', SMTP_URL: `smtp://127.0.0.1:${smtp.port}` })
  // Opened here, not in a test: starting Payload may take longer than one test's time on a busy machine.
  local = await openLocalApi(server)
}, 300_000)

afterAll(async () => {
  if (process.env.CONG_TEST_SERVER_LOG) (await import('node:fs')).writeFileSync(process.env.CONG_TEST_SERVER_LOG, server?.output() ?? '')
  await local?.destroy()
  await server?.stop()
  await smtp?.stop()
})

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie (not Secure over http) that expires after 8 hours', async () => {
    const res = await login('bientap.hatinh@cong.gov.vn')
    expect(res.status).toBe(200)
    const cookie = String(res.headers['set-cookie'])
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/Secure/)
    const { exp } = res.json<{ exp: number }>()
    expect(exp - Date.now() / 1000).toBeGreaterThan(8 * 3600 - 60)
    expect(exp - Date.now() / 1000).toBeLessThanOrEqual(8 * 3600)
  })
})

describe('two-factor authentication required for platform admins (the default)', () => {
  it('lets the platform admin log in but do nothing except enrol', async () => {
    adminToken = await token(ADMIN)
    const me = await api('/api/users/me', { token: adminToken })
    expect(me.json().user.twoFactorEnabled).toBe(false)
    expect((await api('/api/news?limit=1', { token: adminToken })).status).toBe(403)
    expect((await api('/api/users?limit=1', { token: adminToken })).json().docs).toHaveLength(1) // only themselves
    expect((await api('/api/globals/security-settings', { token: adminToken })).status).toBe(403)
    const site = await siteId('ha-tinh')
    const create = await api('/api/news', { method: 'POST', token: adminToken, json: { title: 'Không được tạo', site } })
    expect(create.status).toBe(403)
    const status = await api('/api/users/2fa/status', { token: adminToken })
    expect(status.json()).toMatchObject({ enabled: false, required: true })
  })

  it('refuses a wrong code at enrolment, then enrols with a valid one and returns 10 recovery codes', async () => {
    const setup = await api('/api/users/2fa/setup', { method: 'POST', token: adminToken, json: {} })
    const { secret } = setup.json<{ secret: string }>()
    const wrong = await api('/api/users/2fa/confirm', { method: 'POST', token: adminToken, json: { code: '000000' } })
    expect(wrong.status).toBe(400)
    const ok = await api('/api/users/2fa/confirm', { method: 'POST', token: adminToken, json: { code: await generate({ secret }) } })
    expect(ok.status, ok.body).toBe(200)
    adminSecret = secret
    adminRecoveryCodes = ok.json().recoveryCodes
    expect(adminRecoveryCodes).toHaveLength(10)
    expect(new Set(adminRecoveryCodes).size).toBe(10)
    expect((await api('/api/news?limit=1', { token: adminToken })).status).toBe(200)
    expect((await api('/api/users/2fa/setup', { method: 'POST', token: adminToken, json: {} })).status).toBe(409)
  })

  it('refuses a login without the code, with a clear message', async () => {
    const res = await login(ADMIN)
    expect(res.status).toBe(401)
    expect(res.json().errors[0].message).toMatch(/Cần mã xác thực hai lớp.*two-factor code required/i)
    expect(res.headers['set-cookie']).toBeUndefined()
  })

  it('refuses a wrong code and records it in the audit log', async () => {
    const res = await login(ADMIN, SEED_PASSWORD, '123456')
    expect(res.status).toBe(401)
    expect(res.json().errors[0].message).toMatch(/không đúng/)
  })

  it('accepts a valid TOTP code, and refuses the same code twice', async () => {
    const code = await nextCode(adminSecret)
    expect((await login(ADMIN, SEED_PASSWORD, code)).status).toBe(200)
    expect((await login(ADMIN, SEED_PASSWORD, code)).status).toBe(401)
  })

  it('accepts a recovery code once, then refuses it', async () => {
    const code = adminRecoveryCodes[0]!
    const first = await login(ADMIN, SEED_PASSWORD, code)
    expect(first.status, first.body).toBe(200)
    const again = await login(ADMIN, SEED_PASSWORD, code)
    expect(again.status).toBe(401)
    const status = await api('/api/users/2fa/status', { token: adminToken })
    expect(status.json().recoveryCodesLeft).toBe(9)
  })

  it('needs a current code to turn two-factor off', async () => {
    const res = await api('/api/users/2fa/disable', { method: 'POST', token: adminToken, json: {} })
    expect(res.status).toBe(400)
    expect(res.json().errors[0].message).toMatch(/Cần mã/)
    expect((await api('/api/users/2fa/status', { token: adminToken })).json().enabled).toBe(true)
  })

  it('records enrolment, recovery-code use and failures in the audit log', async () => {
    const res = await api('/api/audit-log?where[action][equals]=security&limit=100&depth=0', { token: adminToken })
    const events = res.json().docs.map((d: Json) => d.detail?.event)
    expect(events).toEqual(expect.arrayContaining(['2fa-enabled', '2fa-failed', '2fa-recovery-code-used', '2fa-disable-refused']))
  })
})

describe('required roles chosen by a platform admin', () => {
  let editorToken: string
  afterAll(async () => {
    await api('/api/globals/security-settings', { method: 'POST', token: adminToken, json: { twoFactorRoles: ['platform-admin'] } })
  })

  it('blocks an editor who has not enrolled from reading and writing content until they enrol', async () => {
    const saved = await api('/api/globals/security-settings', { method: 'POST', token: adminToken, json: { twoFactorRoles: ['platform-admin', 'editor'] } })
    expect(saved.status, saved.body).toBe(200)
    editorToken = await token('bientap.hatinh@cong.gov.vn')
    const site = await siteId('ha-tinh')
    expect((await api('/api/news?limit=1', { token: editorToken })).status).toBe(403)
    expect((await api('/api/news', { method: 'POST', token: editorToken, json: { title: 'Bị chặn', site } })).status).toBe(403)
    const gql = await api('/api/graphql', { method: 'POST', token: editorToken, json: { query: '{ allNews: News { docs { id } } }' } })
    expect(JSON.stringify(gql.json())).not.toMatch(/"docs":\[\{/)

    await enrol(editorToken)
    expect((await api('/api/news?limit=1', { token: editorToken })).status).toBe(200)
    const created = await api('/api/news', { method: 'POST', token: editorToken, json: { title: 'Tin sau khi bật xác thực hai lớp', site } })
    expect(created.status, created.body).toBe(201)
  })

  it('leaves roles that are not required alone', async () => {
    const author = await token('ctv.skhcn@cong.gov.vn')
    expect((await api('/api/news?limit=1', { token: author })).status).toBe(200)
  })
})

describe('password policy', () => {
  const email = 'chinh-sach-mat-khau@cong.gov.vn'
  let site: number

  beforeAll(async () => {
    site = await siteId('ha-tinh')
  })

  const create = (password: string) =>
    api('/api/users', { method: 'POST', token: adminToken, json: { email, name: 'Trần Văn Kiểm', password, memberships: [{ site, role: 'author' }] } })

  it.each([
    ['short', 'Ngan-qua-1', /ít nhất 12 ký tự/],
    ['common', 'qwerty123456', /quá phổ biến/],
    ['common, other case', 'QWERTY123456', /too common/],
    ['the email address', email.toUpperCase(), /email/],
    ['the name', 'Trần Văn Kiểm', /họ tên/],
  ])('refuses a %s password with 400 and a clear message', async (_label, password, message) => {
    const res = await create(password)
    expect(res.status).toBe(400)
    expect(res.json().errors[0].data.errors[0]).toMatchObject({ path: 'password' })
    expect(res.json().errors[0].data.errors[0].message).toMatch(message)
  })

  it('accepts a good password, and checks password changes too', async () => {
    const res = await create(GOOD_PASSWORD)
    expect(res.status, res.body).toBe(201)
    const own = await token(email, GOOD_PASSWORD)
    const id = res.json().doc.id
    const weak = await api(`/api/users/${id}`, { method: 'PATCH', token: own, json: { password: '1q2w3e4r5t6y', currentPassword: GOOD_PASSWORD } })
    expect(weak.status).toBe(400)
    expect(weak.body).not.toMatch(/mật khẩu hiện tại/)
    const strong = await api(`/api/users/${id}`, { method: 'PATCH', token: own, json: { password: `${GOOD_PASSWORD}-mới`, currentPassword: GOOD_PASSWORD } })
    expect(strong.status, strong.body).toBe(200)
  })

  it('checks a password set through a reset link', async () => {
    expect((await api('/api/users/forgot-password', { method: 'POST', json: { email } })).status).toBe(200)
    const db = await database()
    // The reset (token, mail) is made just after the answer, which is the same for every address.
    const resetToken = await waitFor(
      async () => (await db.findOne<{ id: number | string; resetPasswordToken?: string | null }>({ collection: 'users', where: { email: { equals: email } } }))?.resetPasswordToken ?? undefined,
      15_000,
      'the reset token',
    )
    const weak = await api('/api/users/reset-password', { method: 'POST', json: { token: resetToken, password: 'password' } })
    expect(weak.status).toBe(400)
    expect(weak.body).toMatch(/ít nhất 12 ký tự/)
    const ok = await api('/api/users/reset-password', { method: 'POST', json: { token: resetToken, password: 'Đặt-lại-mật-khẩu-2026' } })
    expect(ok.status, ok.body).toBe(200)
  })
})

describe('login lockout', () => {
  it('locks an account after 5 failed logins, with a clear message, even for the right password', async () => {
    const email = 'duyet.hatinh@cong.gov.vn'
    for (let i = 0; i < 4; i++) {
      const res = await login(email, 'Sai-mat-khau-2026')
      expect(res.status).toBe(401)
      expect(res.json().errors[0].message).toMatch(/Email hoặc mật khẩu không đúng/)
    }
    const fifth = await login(email, 'Sai-mat-khau-2026')
    expect(fifth.status).toBe(401)
    const locked = await login(email, SEED_PASSWORD)
    expect(locked.status).toBe(401)
    expect(locked.json().errors[0].message).toMatch(/tạm khóa.*locked/)
  })

  it('counts wrong two-factor codes towards the lockout', async () => {
    const email = 'dieuphoi.hatinh@cong.gov.vn'
    await enrol(await token(email))
    for (let i = 0; i < 5; i++) expect((await login(email, SEED_PASSWORD, '000000')).status).toBe(401)
    const locked = await login(email, SEED_PASSWORD)
    expect(locked.json().errors[0].message).toMatch(/tạm khóa/)
  })

  it('lets only a platform admin reset the two-factor of someone who lost their phone', async () => {
    const user = (await api('/api/users?where[email][equals]=dieuphoi.hatinh@cong.gov.vn&depth=0', { token: adminToken })).json().docs[0]
    expect(user.twoFactorEnabled).toBe(true)
    const other = await token('ctv.skhcn@cong.gov.vn')
    expect((await api(`/api/users/2fa/reset/${user.id}`, { method: 'POST', token: other, json: {} })).status).toBe(403)
    expect((await api(`/api/users/2fa/reset/${user.id}`, { method: 'POST', token: adminToken, json: {} })).status).toBe(200)
    const after = (await api(`/api/users/${user.id}?depth=0`, { token: adminToken })).json()
    expect(after.twoFactorEnabled).toBe(false)
  })
})

describe('invitations', () => {
  let siteAdmin: string
  let haTinh: number
  let soKhcn: number
  const invitee = 'nguoi-moi@cong.gov.vn'

  const outboxFor = async (to: string) =>
    (await api(`/api/outbox?where[to][equals]=${encodeURIComponent(to)}&sort=-createdAt&limit=1`, { token: adminToken })).json().docs[0] as Json

  const tokenOf = (mail: Json) => {
    const link = (mail.text as string).match(/http:\/\/\S+\/admin\/nhan-loi-moi\?token=(\S+)/)
    expect(link, mail.text).toBeTruthy()
    return decodeURIComponent(link![1]!)
  }

  beforeAll(async () => {
    siteAdmin = await token('quantri.hatinh@cong.gov.vn')
    haTinh = await siteId('ha-tinh')
    soKhcn = await siteId('so-khcn-ha-tinh')
  })

  it('refuses a site admin inviting to another site or as platform admin', async () => {
    const other = await api('/api/invitations', { method: 'POST', token: siteAdmin, json: { email: 'khac@cong.gov.vn', site: soKhcn, role: 'editor' } })
    expect(other.status).toBe(403)
    const platform = await api('/api/invitations', { method: 'POST', token: siteAdmin, json: { email: 'khac@cong.gov.vn', site: haTinh, role: 'platform-admin' } })
    expect(platform.status).toBe(400)
    const withFlag = await api('/api/invitations', { method: 'POST', token: siteAdmin, json: { email: 'khac2@cong.gov.vn', site: haTinh, role: 'editor', platformAdmin: true } })
    expect(withFlag.status).toBe(201)
    const editor = await token('ctv.skhcn@cong.gov.vn')
    const notAdmin = await api('/api/invitations', { method: 'POST', token: editor, json: { email: 'khac3@cong.gov.vn', site: soKhcn, role: 'author' } })
    expect(notAdmin.status).toBe(403)
  })

  it('writes the invitation email (Vietnamese and English) to the outbox, with a single-use link', async () => {
    const res = await api('/api/invitations', { method: 'POST', token: siteAdmin, json: { email: invitee.toUpperCase(), site: haTinh, role: 'editor' } })
    expect(res.status, res.body).toBe(201)
    expect(res.json().doc).toMatchObject({ email: invitee, status: 'pending' })
    expect(res.json().doc.tokenHash).toBeUndefined()
    const mail = await outboxFor(invitee)
    expect(mail).toMatchObject({ to: invitee })
    expect(['queued', 'sent']).toContain(mail.status)
    expect(mail.subject).toMatch(/Lời mời.*Invitation/)
    expect(mail.text).toMatch(/Biên tập viên/)
    expect(mail.text).toMatch(/as Editor/)
    expect(mail.html).toContain('nhan-loi-moi?token=')
    // Outgoing mail carries live links: only platform admins may read it.
    expect((await api('/api/outbox', { token: siteAdmin })).status).toBe(403)
    const list = await api('/api/invitations?depth=0', { token: siteAdmin })
    expect(list.body).not.toMatch(/tokenHash|token_hash/)
  })

  it('sends the outbox row through SMTP when SMTP_URL is set, and marks it sent', async () => {
    const sent = await waitFor(async () => ((await outboxFor(invitee)).status === 'sent' ? true : undefined), 20_000, 'the invitation to be sent')
    expect(sent).toBe(true)
    const message = smtp.messages.find((m) => m.includes(invitee))
    expect(message).toBeDefined()
    // Quoted-printable: undo soft line breaks and the encoded "=".
    expect(message!.replace(/=\n/g, '').replace(/=3D/g, '=')).toMatch(/nhan-loi-moi\?token=/)
  })

  it('accepts the invitation once: the password policy applies, the account is created, the link is used up', async () => {
    const inviteToken = tokenOf(await outboxFor(invitee))
    const lookup = await api(`/api/invitations/lookup?token=${encodeURIComponent(inviteToken)}`)
    expect(lookup.json()).toMatchObject({ email: invitee, role: 'editor', accountExists: false })
    const weak = await api('/api/invitations/accept', { method: 'POST', json: { token: inviteToken, name: 'Người Mới', password: 'qwerty123456' } })
    expect(weak.status).toBe(400)
    const ok = await api('/api/invitations/accept', { method: 'POST', json: { token: inviteToken, name: 'Người Mới', password: GOOD_PASSWORD } })
    expect(ok.status, ok.body).toBe(200)
    const newUser = await token(invitee, GOOD_PASSWORD)
    const me = (await api('/api/users/me?depth=0', { token: newUser })).json().user
    expect(rolesOf(me)).toEqual([`${haTinh}:editor`])
    expect(me.platformAdmin).toBe(false)
    const again = await api('/api/invitations/accept', { method: 'POST', json: { token: inviteToken, name: 'Kẻ Khác', password: GOOD_PASSWORD } })
    expect(again.status).toBe(410)
    expect(again.json().errors[0].message).toMatch(/đã được sử dụng/)
    const invitation = (await api(`/api/invitations?where[email][equals]=${invitee}&depth=0`, { token: adminToken })).json().docs[0]
    expect(invitation.status).toBe('accepted')
  })

  it('adds the role to an existing account with that email (a platform admin may invite to any site)', async () => {
    const res = await api('/api/invitations', { method: 'POST', token: adminToken, json: { email: 'ctv.skhcn@cong.gov.vn', site: haTinh, role: 'moderator' } })
    expect(res.status, res.body).toBe(201)
    const inviteToken = tokenOf(await outboxFor('ctv.skhcn@cong.gov.vn'))
    const ok = await api('/api/invitations/accept', { method: 'POST', json: { token: inviteToken } })
    expect(ok.status, ok.body).toBe(200)
    expect(ok.json().newAccount).toBe(false)
    const me = (await api('/api/users/me?depth=0', { token: await token('ctv.skhcn@cong.gov.vn') })).json().user
    expect(rolesOf(me).sort()).toEqual([`${haTinh}:moderator`, `${soKhcn}:author`].sort())
  })

  it('refuses an expired link and an unknown one', async () => {
    const email = 'het-han@cong.gov.vn'
    expect((await api('/api/invitations', { method: 'POST', token: siteAdmin, json: { email, site: haTinh, role: 'author' } })).status).toBe(201)
    const inviteToken = tokenOf(await outboxFor(email))
    const db = await database()
    await db.updateMany({ collection: 'invitations', where: { email: { equals: email } }, data: { expiresAt: new Date(Date.now() - 1000).toISOString() } })
    const expired = await api('/api/invitations/accept', { method: 'POST', json: { token: inviteToken, name: 'Quá Hạn', password: GOOD_PASSWORD } })
    expect(expired.status).toBe(410)
    expect(expired.json().errors[0].message).toMatch(/hết hạn/)
    const unknown = await api('/api/invitations/accept', { method: 'POST', json: { token: 'x'.repeat(43), name: 'Ai Đó', password: GOOD_PASSWORD } })
    expect(unknown.status).toBe(404)
  })

  it('records the invitation and its acceptance in the audit log', async () => {
    const res = await api('/api/audit-log?where[collectionSlug][equals]=invitations&limit=100&depth=0', { token: adminToken })
    const docs = res.json().docs as Json[]
    expect(docs.some((d) => d.action === 'create')).toBe(true)
    expect(docs.some((d) => d.action === 'security' && d.detail?.event === 'invitation-accepted')).toBe(true)
  })
})

describe('secrets never leave the server', () => {
  it('REST and GraphQL never show two-factor secrets, recovery-code hashes or password hashes, even to a platform admin', async () => {
    await api('/api/users?limit=100&depth=1', { token: adminToken })
    await api('/api/users/me', { token: adminToken })
    const me = (await api('/api/users/me', { token: adminToken })).json().user
    await api(`/api/users/${me.id}`, { token: adminToken })
    const gql = await api('/api/graphql', { method: 'POST', token: adminToken, json: { query: '{ Users(limit: 100) { docs { email twoFactorEnabled } } }' } })
    expect(gql.json().data.Users.docs.length).toBeGreaterThan(3)
    // Not recorded in `bodies`: the error names the (non-existent) fields.
    const probe = await server.api('/api/graphql', { method: 'POST', token: adminToken, json: { query: '{ Users { docs { totpSecret recoveryCodeHashes } } }' } })
    // The fields are either absent from the schema (an error) or always null.
    const probed = probe.json()
    if (!probed.errors?.length) for (const doc of probed.data.Users.docs) expect([doc.totpSecret, doc.recoveryCodeHashes]).toEqual([null, null])

    const db = await database()
    const rows = (await db.find<{ totpSecret: string; recoveryCodeHashes: string[] | string; hash: string }>({ collection: 'users', where: { twoFactorEnabled: { equals: true } }, pagination: false, limit: 0 })).docs
    expect(rows.length).toBeGreaterThanOrEqual(2)
    const hashes = (r: { recoveryCodeHashes: string[] | string }) => (typeof r.recoveryCodeHashes === 'string' ? (JSON.parse(r.recoveryCodeHashes) as string[]) : r.recoveryCodeHashes)
    const secrets = rows.flatMap((r) => [String(r.totpSecret), ...hashes(r), String(r.hash)])
    expect(secrets.every((s) => s.length >= 16)).toBe(true)
    const all = bodies.join('\n')
    for (const field of ['totpSecret', 'totpPendingSecret', 'recoveryCodeHashes', '"hash"', '"salt"']) expect(all).not.toContain(field)
    // Enrolment hands each secret to its owner once; nothing after that may repeat it.
    const afterEnrolment = bodies.filter((b) => !b.includes('otpauth://')).join('\n')
    for (const secret of secrets) expect(afterEnrolment).not.toContain(secret)
  })
})

describe('the admin login with a two-factor code (Chromium)', () => {
  it('asks for the code after the password, then logs in', async () => {
    const email = 'quantri.hatinh@cong.gov.vn'
    const { secret } = await enrol(await token(email))
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ locale: 'vi-VN' })
      const errors: string[] = []
      page.on('pageerror', (err) => errors.push(err.message))
      await page.goto(`http://localhost:${server.port}/admin`, { waitUntil: 'networkidle' })
      expect(await page.locator('button[type=submit]').innerText()).toMatch(/Đăng nhập/)
      await page.fill('#field-email', email)
      await page.fill('#field-password', SEED_PASSWORD)
      await page.click('button[type=submit]')
      await page.waitForSelector('#field-totp', { timeout: 15_000 })
      expect(page.url()).toMatch(/\/admin\/login/)
      await page.fill('#field-totp', await nextCode(secret))
      await page.click('button[type=submit]')
      await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
      await page.goto(`http://localhost:${server.port}/admin/collections/news?limit=5`, { waitUntil: 'networkidle' })
      expect(await page.locator('h1').first().innerText()).toMatch(/Tin tức/)
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
