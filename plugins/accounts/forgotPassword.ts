/**
 * "Forgot password" without telling who has an account (ADR 0017). Payload's own handler answers
 * after the work it does for a known account only (a reservation, the reset token written with
 * the collection's hooks, the mail), so its answer time told known addresses from unknown ones
 * (about 2 to 4 times longer). This endpoint, which takes the place of Payload's on the users
 * collection, does the same work for every address before it answers: read the body, check the
 * address, count it against the limits (429 when over); and then answers. The reset itself runs
 * after the answer, through Payload's operation (same token, expiry, interval and mail), for a
 * known account only. GraphQL's forgotPassword mutation would answer after the work: it is
 * refused with a pointer to this endpoint (throttle.ts).
 */
import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import { emailOf, FORGOT_PASSWORD_DEFERRED, limitForgotPassword } from './throttle'

/**
 * Runs the reset once the answer is out: a moment later, with some jitter, so that neither this
 * answer (SQLite's client works on the event loop, and a task queued at once would run before the
 * answer is written) nor, predictably, the next request pays for it. Its failures are logged,
 * never shown (they would tell).
 */
function resetLater(req: PayloadRequest, collection: string, email: string): void {
  const { payload } = req
  const delay = RESET_DELAY_MS + Math.floor(Math.random() * RESET_JITTER_MS)
  setTimeout(() => {
    payload
      .forgotPassword({ collection: collection as 'users', data: { email }, context: { [FORGOT_PASSWORD_DEFERRED]: true } })
      .catch((err: unknown) => payload.logger.error({ err, msg: 'Password reset after the answer failed' }))
  }, delay).unref()
}

const RESET_DELAY_MS = 200
const RESET_JITTER_MS = 800

export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = emailOf(req.data)
    if (!email) throw new APIError('Cần nhập email. / An email is required.', 400, undefined, true)
    await limitForgotPassword(req, email)
    resetLater(req, String(req.routeParams?.collection ?? 'users'), email)
    return Response.json({ message: req.t('general:success') }, { status: 200 })
  },
}
