/**
 * Dependencies point one way (ADR 0014): no file imports itself through others, and no part of
 * the repository does either. A part is a plugin (`plugins/<name>`), a folder of the CMS core
 * (`cms/src/<folder>`; its top-level files are parts of their own: the config and the entry
 * points compose everything), `sites/src/lib`, the rest of `sites`, each theme and the themes'
 * shared files, and the seed. Type-only imports count: they are dependencies of the source.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '..')
const SOURCE = /\.(ts|tsx|mts|mjs|astro)$/
const SKIP = /(^|\/)(node_modules|\.next|dist|data|migrations|migrations-postgres|fixtures|test)(\/|$)|\.test\.ts$|\.d\.ts$|payload-types\.ts$|importMap\.js$/

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name)
    if (SKIP.test(rel)) continue
    if (entry.isDirectory()) yield* walk(rel)
    else if (SOURCE.test(entry.name)) yield rel
  }
}

const files = ['cms/src', 'plugins', 'sites', 'themes', 'seed'].flatMap((dir) => [...walk(dir)])
const known = new Set(files)

/** Relative import specifiers of a file (static, dynamic, re-exports, Astro frontmatter). */
function specifiers(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) out.push(m[1]!)
  return out
}

function resolve(from: string, spec: string): string | null {
  const base = path.normalize(path.join(path.dirname(from), spec))
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.astro`, `${base}.mjs`, base.replace(/\.js$/, '.ts'), path.join(base, 'index.ts')]) {
    if (known.has(candidate)) return candidate
  }
  return null
}

const edges = new Map(files.map((f) => [f, [...new Set(specifiers(fs.readFileSync(path.join(ROOT, f), 'utf8')).map((s) => resolve(f, s)).filter((t): t is string => t !== null))]]))

export function partOf(file: string): string {
  const parts = file.split('/')
  if (parts[0] === 'plugins') return `plugins/${parts[1]}`
  if (parts[0] === 'cms') return parts.length > 3 ? `cms/src/${parts[2]}` : file
  if (parts[0] === 'sites') return file.startsWith('sites/src/lib/') ? 'sites/src/lib' : 'sites'
  if (parts[0] === 'themes') return parts.length > 2 ? `themes/${parts[1]}` : 'themes'
  return parts[0]!
}

/** Strongly connected components with more than one member (Tarjan), each sorted. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0
  const indexOf = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string) => {
    indexOf.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!))
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v)
  return found
}

/** One import of each step of a part-level cycle, so a failure says where to look. */
function witnesses(component: string[]): string[] {
  const inside = new Set(component)
  return files.flatMap((f) => (inside.has(partOf(f)) ? (edges.get(f) ?? []).filter((t) => inside.has(partOf(t)) && partOf(t) !== partOf(f)).map((t) => `${f} → ${t}`) : []))
}

describe('import direction', () => {
  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(300)
    expect([...edges.values()].flat().length).toBeGreaterThan(1000)
  })

  it('has no import cycle between files', () => {
    expect(cycles(edges)).toEqual([])
  })

  it('has no import cycle between the parts of the repository', () => {
    const parts = new Map<string, string[]>()
    for (const [file, targets] of edges) {
      const from = partOf(file)
      const list = parts.get(from) ?? []
      for (const t of targets) if (partOf(t) !== from && !list.includes(partOf(t))) list.push(partOf(t))
      parts.set(from, list)
    }
    expect(cycles(parts).map((c) => ({ parts: c, imports: witnesses(c) }))).toEqual([])
  })
})
