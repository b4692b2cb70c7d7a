/**
 * Lexical editor state (what the rich-text fields store) from a list of paragraphs: a string
 * starting with `## ` is an h2, `### ` an h3, `- ` a bullet item (consecutive bullets form one
 * list); anything else is a paragraph. Used by the demo seed and by portal provisioning.
 */
type Node = Record<string, unknown>

const text = (value: string): Node => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }

export function toLexical(paragraphs: readonly string[]): { root: Node } {
  const children: Node[] = []
  let list: Node | null = null
  for (const raw of paragraphs) {
    const line = raw.trim()
    if (line.startsWith('- ')) {
      if (!list) {
        list = { ...base, type: 'list', listType: 'bullet', start: 1, tag: 'ul', children: [] }
        children.push(list)
      }
      const items = list.children as Node[]
      items.push({ ...base, type: 'listitem', value: items.length + 1, children: [text(line.slice(2))] })
      continue
    }
    list = null
    const heading = /^(#{2,3}) (.*)$/.exec(line)
    if (heading) {
      children.push({ ...base, type: 'heading', tag: `h${heading[1]!.length}`, children: [text(heading[2]!)] })
    } else {
      children.push({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(line)] })
    }
  }
  return { root: { ...base, type: 'root', children } }
}
