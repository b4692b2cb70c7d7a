/**
 * A small HTML tokenizer for the release checks: start tags with their attributes, end tags and
 * text, in document order. No tree, no error recovery beyond skipping what it does not
 * understand; enough for the static HTML our own Astro build writes, and fast (one pass with
 * `indexOf`, no regular expression per character).
 */

export type Attrs = Map<string, string>

export interface TokenHandler {
  /** A start tag. Attribute names are lower-case, values entity-decoded; the first of two equal names wins. */
  open(name: string, attrs: Attrs, selfClosing: boolean): void
  close(name: string): void
  /** Text between tags (entities not decoded). `raw` is set inside script/style, whose text is not content. */
  text(text: string, raw?: boolean): void
}

/** Elements whose content is text up to their end tag (script and style: raw; title and textarea: text). */
const RAW_TEXT = new Set(['script', 'style'])
const RCDATA = new Set(['title', 'textarea'])

const endTagPatterns = new Map<string, RegExp>()
function endTagPattern(name: string): RegExp {
  let re = endTagPatterns.get(name)
  if (!re) {
    re = new RegExp(`</${name}(?=[\\s/>])`, 'gi')
    endTagPatterns.set(name, re)
  }
  return re
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decode the entities that matter for URLs and names: the basic named ones and numeric references. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

export function tokenize(html: string, handler: TokenHandler): void {
  const n = html.length
  let i = 0
  while (i < n) {
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      handler.text(html.slice(i))
      return
    }
    if (lt > i) handler.text(html.slice(i, lt))
    const next = html.charCodeAt(lt + 1)
    if (next === 33 /* ! */) {
      if (html.startsWith('<!--', lt)) {
        const end = html.indexOf('-->', lt + 4)
        i = end === -1 ? n : end + 3
      } else {
        const end = html.indexOf('>', lt + 2)
        i = end === -1 ? n : end + 1
      }
      continue
    }
    if (next === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2)
      i = end === -1 ? n : end + 1
      continue
    }
    if (next === 47 /* / */ && isLetter(html.charCodeAt(lt + 2))) {
      let j = lt + 2
      while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '>' && html[j] !== '/') j++
      const name = html.slice(lt + 2, j).toLowerCase()
      const end = html.indexOf('>', j)
      i = end === -1 ? n : end + 1
      handler.close(name)
      continue
    }
    if (!isLetter(next)) {
      handler.text('<')
      i = lt + 1
      continue
    }
    // A start tag.
    let j = lt + 1
    while (j < n && !isSpace(html.charCodeAt(j)) && html[j] !== '>' && html[j] !== '/') j++
    const name = html.slice(lt + 1, j).toLowerCase()
    const attrs: Attrs = new Map()
    let selfClosing = false
    for (;;) {
      while (j < n && isSpace(html.charCodeAt(j))) j++
      if (j >= n) break
      const c = html[j]
      if (c === '>') {
        j++
        break
      }
      if (c === '/') {
        if (html[j + 1] === '>') {
          selfClosing = true
          j += 2
          break
        }
        j++
        continue
      }
      let k = j
      while (k < n) {
        const ch = html[k]
        if (ch === '=' || ch === '>' || ch === '/' || isSpace(html.charCodeAt(k))) break
        k++
      }
      if (k === j) {
        j++ // a stray '=' or quote
        continue
      }
      const attr = html.slice(j, k).toLowerCase()
      j = k
      while (j < n && isSpace(html.charCodeAt(j))) j++
      let value = ''
      if (html[j] === '=') {
        j++
        while (j < n && isSpace(html.charCodeAt(j))) j++
        const q = html[j]
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1)
          value = html.slice(j + 1, end === -1 ? n : end)
          j = end === -1 ? n : end + 1
        } else {
          let e = j
          while (e < n && html[e] !== '>' && !isSpace(html.charCodeAt(e))) e++
          value = html.slice(j, e)
          j = e
        }
      }
      if (!attrs.has(attr)) attrs.set(attr, decodeEntities(value))
    }
    i = j
    handler.open(name, attrs, selfClosing)
    if (!selfClosing && (RAW_TEXT.has(name) || RCDATA.has(name))) {
      const re = endTagPattern(name)
      re.lastIndex = i
      const m = re.exec(html)
      const end = m ? m.index : n
      if (end > i) handler.text(html.slice(i, end), RAW_TEXT.has(name))
      const close = m ? html.indexOf('>', end) : -1
      i = close === -1 ? n : close + 1
      handler.close(name)
    }
  }
}
