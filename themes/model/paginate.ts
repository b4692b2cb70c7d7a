import { NEWS_PAGE_SIZE } from '../../cms/src/contracts/portal'
import { listPath } from './urls'

export interface ListPage<T> {
  items: T[]
  /** 1-based. */
  current: number
  totalPages: number
  totalItems: number
  /** Path of page 1, e.g. `/tin-tuc/`. */
  basePath: string
}

export function pageCount(totalItems: number, size = NEWS_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(totalItems / size))
}

export function listPage<T>(items: T[], current: number, basePath: string, size = NEWS_PAGE_SIZE): ListPage<T> {
  return {
    items: items.slice((current - 1) * size, current * size),
    current,
    totalPages: pageCount(items.length, size),
    totalItems: items.length,
    basePath,
  }
}

/** Page numbers 2…n; page 1 is rendered by the list's own index route. */
export function laterPages(totalItems: number, size = NEWS_PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(totalItems, size) - 1 }, (_, i) => i + 2)
}

export type PageLink = { kind: 'page'; number: number; href: string } | { kind: 'gap' }

/**
 * First, last and a window around the current page, with gaps between, so a list with hundreds of
 * pages still gives a short, keyboard-friendly navigation.
 */
export function pageLinks(page: Pick<ListPage<unknown>, 'current' | 'totalPages' | 'basePath'>, radius = 2): PageLink[] {
  const links: PageLink[] = []
  let previous = 0
  for (let n = 1; n <= page.totalPages; n++) {
    const inWindow = Math.abs(n - page.current) <= radius
    if (n !== 1 && n !== page.totalPages && !inWindow) continue
    if (n - previous > 1) links.push({ kind: 'gap' })
    links.push({ kind: 'page', number: n, href: listPath(page.basePath, n) })
    previous = n
  }
  return links
}
