/**
 * Rich text (Lexical) to the HTML the portals publish. Payload's converter with two changes:
 * list items lose the `value` attribute (valid on `<ol>` items only; the W3C checker rejects it
 * in `<ul>`), and pictures become responsive `<img>` elements pointing at the copies published
 * with the portal, lazily loaded since a body picture is never the first thing on the page.
 */
import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { ImageRef } from '../../../cms/src/contracts/portal'

/** How wide a picture in an article or page body is laid out (the reading column, 44rem). */
export const BODY_IMAGE_SIZES = '(min-width: 46rem) 44rem, 100vw'

const escapeAttribute = (value: string) =>
  value.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!)

export function imageTag(image: ImageRef, sizes = BODY_IMAGE_SIZES): string {
  const attributes: [string, string | number | null][] = [
    ['src', image.url],
    ['srcset', image.sizes.length ? image.sizes.map((s) => `${s.url} ${s.width}w`).join(', ') : null],
    ['sizes', image.sizes.length ? sizes : null],
    ['alt', image.alt],
    ['width', image.width],
    ['height', image.height],
    ['loading', 'lazy'],
    ['decoding', 'async'],
  ]
  const rendered = attributes
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('')
  return `<img${rendered}>`
}

/**
 * @param image registers an uploaded document for publishing with the portal and describes it,
 *   or returns null when it cannot be published (the picture is then left out).
 */
export function richTextHtml(value: unknown, image: (doc: unknown) => ImageRef | null): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    listitem: (args) => {
      const { node, nodesToHTML, parent, providedCSSString } = args
      if ('listType' in parent && parent.listType === 'check') {
        const fallback = defaultConverters.listitem
        return typeof fallback === 'function' ? fallback(args) : ''
      }
      const nested = node.children.some((child: { type: string }) => child.type === 'list')
      const style = nested ? `list-style-type: none;${providedCSSString}` : providedCSSString
      const children = nodesToHTML({ nodes: node.children }).join('')
      return `<li${nested ? ' class="nestedListItem"' : ''}${style ? ` style="${escapeAttribute(style)}"` : ''}>${children}</li>`
    },
    upload: ({ node }) => {
      const ref = image(node.value)
      return ref ? imageTag({ ...ref, alt: (node.fields as { alt?: string } | undefined)?.alt || ref.alt }) : ''
    },
  })
  return convertLexicalToHTML({ data: value as SerializedEditorState, disableContainer: true, converters })
}
