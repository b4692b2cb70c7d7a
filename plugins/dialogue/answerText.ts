/**
 * Answers typed in the moderator console are plain text; the collection stores rich text
 * (Lexical). One paragraph per line; blank lines are dropped. The full editor (the question's
 * edit page) remains available for formatting.
 */
type Node = Record<string, unknown>

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

export function plainTextToLexical(text: string): { root: Node } {
  const paragraphs = text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  return {
    root: {
      ...base,
      type: 'root',
      children: paragraphs.map((line) => ({
        ...base,
        type: 'paragraph',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text: line, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  }
}

/** The text of a Lexical value, one block per line (for editing an answer in the console). */
export function lexicalToPlainText(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const blocks: string[] = []
  const inline = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { type?: string; text?: string; children?: unknown[] }
    if (n.type === 'linebreak') return ' '
    if (typeof n.text === 'string') return n.text
    return (n.children ?? []).map(inline).join('')
  }
  const walk = (node: unknown) => {
    const n = node as { type?: string; children?: unknown[] }
    if (n.type === 'list' || n.type === 'root') for (const child of n.children ?? []) walk(child)
    else {
      const line = inline(n).trim()
      if (line) blocks.push(n.type === 'listitem' ? `- ${line}` : line)
    }
  }
  walk((value as { root: unknown }).root)
  return blocks.join('\n')
}
