/**
 * The national EMC usage-monitoring snippet (Thông tư 22/2023: every state portal connects to
 * EMC before going live). Platform admins paste the tag EMC issues for a portal; only one
 * `<script src="https://…"></script>` from an allow-listed host is accepted, and only its address
 * reaches the portal, so the field can never carry inline code or other markup.
 */

/** Hosts EMC serves its script from; subdomains are allowed too. Override with EMC_SCRIPT_HOSTS. */
export const DEFAULT_EMC_SCRIPT_HOSTS = ['emc.gov.vn'] as const

export type EmcSnippetResult = { ok: true; src: string } | { ok: false; message: string }

const TAG = /^<script\b([^<>]*)>\s*<\/script\s*>$/i
const ATTRIBUTE = /\s+([a-z][a-z-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/giy
/** Attributes that change nothing about what runs. */
const HARMLESS = new Set(['async', 'defer', 'type', 'charset', 'crossorigin'])

const ONLY_ONE_TAG =
  'Chỉ nhận đúng một thẻ <script src="https://…"></script> do hệ thống EMC cấp, không kèm mã hay thẻ khác. / ' +
  'Paste exactly one <script src="https://…"></script> tag issued by EMC, with no inline code or other markup.'

export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  const name = host.toLowerCase()
  return allowed.some((entry) => name === entry || name.endsWith(`.${entry}`))
}

/** Checks a pasted snippet and returns the script address to render, or why it was refused. */
export function parseEmcSnippet(snippet: string, allowedHosts: readonly string[]): EmcSnippetResult {
  const tag = TAG.exec(snippet.trim())
  if (!tag) return { ok: false, message: ONLY_ONE_TAG }

  const attributes = new Map<string, string>()
  const source = tag[1]!.replace(/\s*\/$/, '')
  ATTRIBUTE.lastIndex = 0
  let consumed = 0
  for (let match = ATTRIBUTE.exec(source); match; match = ATTRIBUTE.exec(source)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? '')
    consumed = ATTRIBUTE.lastIndex
  }
  if (source.slice(consumed).trim() !== '') return { ok: false, message: ONLY_ONE_TAG }

  for (const name of attributes.keys()) {
    if (name !== 'src' && !HARMLESS.has(name)) {
      return {
        ok: false,
        message: `Thẻ script không được có thuộc tính "${name}". / The script tag may not carry the "${name}" attribute.`,
      }
    }
  }
  const type = attributes.get('type')
  if (type !== undefined && !/^(text|application)\/javascript$/i.test(type)) {
    return { ok: false, message: `Kiểu script "${type}" không được phép. / Script type "${type}" is not allowed.` }
  }

  const src = attributes.get('src')
  if (!src) return { ok: false, message: ONLY_ONE_TAG }
  let url: URL
  try {
    url = new URL(src)
  } catch {
    return { ok: false, message: `"${src}" không phải địa chỉ hợp lệ. / "${src}" is not a valid address.` }
  }
  if (url.protocol !== 'https:') {
    return { ok: false, message: 'Mã EMC phải được tải qua https://. / The EMC script must load over https://.' }
  }
  if (url.username || url.password || url.port) {
    return { ok: false, message: 'Địa chỉ mã EMC không được chứa tài khoản hay cổng riêng. / The address may not carry credentials or a port.' }
  }
  if (!isAllowedHost(url.hostname, allowedHosts)) {
    const list = allowedHosts.join(', ')
    return {
      ok: false,
      message: `Máy chủ ${url.hostname} không thuộc danh sách được phép (${list}). / Host ${url.hostname} is not on the allow-list (${list}).`,
    }
  }
  return { ok: true, src: url.href }
}
