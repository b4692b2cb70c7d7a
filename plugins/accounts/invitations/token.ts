import crypto from 'node:crypto'

export const INVITATION_DAYS = 7

/** Set by the accept endpoint on its request: the only place an invitation becomes "accepted". */
export const ACCEPTING = 'acceptingInvitation'

/** A random single-use token (256 bits); only its hash is stored. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url')
  return { token, hash: hashInvitationToken(token) }
}

export function hashInvitationToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}
