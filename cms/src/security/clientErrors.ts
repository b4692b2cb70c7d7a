/**
 * Errors a client causes while Payload reads its request (a `where` or `_payload` that is not
 * JSON, a broken multipart body) are thrown by the parsers as plain errors, which Payload answers
 * with a 500. This global `afterError` hook answers them with a 400 and a bilingual message;
 * every other error keeps its status.
 */
import type { AfterErrorHook } from 'payload'

const MULTIPART = /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found|Unexpected end of multipart data|Malformed urlencoded form)/

export function isClientParseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if ((error as { status?: number }).status) return false
  if (error instanceof SyntaxError) return /JSON/i.test(error.message)
  return MULTIPART.test(error.message)
}

export const answerClientErrors: AfterErrorHook = ({ error }) => {
  if (!isClientParseError(error)) return
  const vi = 'Nội dung yêu cầu không đọc được (JSON hoặc biểu mẫu không hợp lệ).'
  const en = 'The request could not be read (invalid JSON or form data).'
  return { response: { errors: [{ message: `${vi} / ${en}`, data: { vi, en } }] }, status: 400 }
}
