/** Which redirect targets the platform accepts (they end up in nginx maps and Location headers). */

/** Characters that may not appear in a redirect target: quotes, `$` (nginx variables), `;`, braces, spaces. */
const UNSAFE_URL = /[\s"'`$;{}\\<>]/

export function redirectTargetProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return 'Cần địa chỉ đích. / A target URL is required.'
  if (UNSAFE_URL.test(value)) return 'Địa chỉ đích có ký tự không hợp lệ (khoảng trắng, dấu nháy, $, ;…). / The URL contains characters that are not allowed.'
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol')
    return null
  } catch {
    return `"${value}" không phải địa chỉ http(s) đầy đủ. / "${value}" is not an absolute http(s) URL.`
  }
}
