/**
 * The import graph of source folders (TypeScript, JavaScript modules and Astro components) and
 * its cycles, between files and between folders. Imports are read with TypeScript's own scanner
 * (`preProcessFile`: static, type-only, re-exports and dynamic imports alike); for an `.astro`
 * file, from its frontmatter. Only relative imports that resolve to a file inside the scanned
 * roots are edges; packages and files elsewhere are leaves and cannot close a cycle.
 */
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/
const SKIP_DIRS = new Set(['node_modules', 'dist', '.astro'])

export type ImportGraph = Map<string, Set<string>>

/** Files left out of a graph (tests, generated code…), by absolute path. */
export type Skip = (file: string) => boolean

function sourceFiles(dir: string, skip: Skip): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (skip(full)) continue
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) out.push(...sourceFiles(full, skip))
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full)
  }
  return out
}

/** The module text of a file: an Astro component's frontmatter, or the whole file. */
function moduleText(file: string): string {
  const text = fs.readFileSync(file, 'utf8')
  if (!file.endsWith('.astro')) return text
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)
  return match ? match[1]! : ''
}

function resolve(from: string, specifier: string, files: Set<string>): string | null {
  if (!specifier.startsWith('.')) return null
  const base = path.resolve(path.dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, `${base}.mjs`, `${base}.js`, base.replace(/\.js$/, '.ts'), path.join(base, 'index.ts'), path.join(base, 'index.mjs')]) {
    if (files.has(candidate)) return candidate
  }
  return null
}

/** Every file under `roots` (absolute paths) with the files it imports among them. */
export function importGraph(roots: string[], skip: Skip = () => false): ImportGraph {
  const files = new Set(roots.flatMap((root) => sourceFiles(root, skip)))
  const graph: ImportGraph = new Map()
  for (const file of files) {
    const info = ts.preProcessFile(moduleText(file), true, true)
    const targets = new Set<string>()
    for (const ref of info.importedFiles) {
      const target = resolve(file, ref.fileName, files)
      if (target && target !== file) targets.add(target)
    }
    graph.set(file, targets)
  }
  return graph
}

/** The strongly connected components with more than one node (Tarjan): each one is a cycle. */
export function cycles(graph: ImportGraph): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string) => {
    indices.set(node, index)
    low.set(node, index)
    index++
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!))
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!indices.has(node)) visit(node)
  return found
}

/**
 * The graph between folders: a file's folder, cut to `depth` path segments below `root`, imports
 * the (cut) folder of each file it imports. Depth 1 compares `sites` with `themes`, depth 2
 * `themes/default` with `themes/model`, and so on.
 */
export function folderGraph(graph: ImportGraph, root: string, depth: number): ImportGraph {
  const folderOf = (file: string) => path.relative(root, path.dirname(file)).split(path.sep).slice(0, depth).join('/')
  const folders: ImportGraph = new Map()
  for (const [file, targets] of graph) {
    const from = folderOf(file)
    const edges = folders.get(from) ?? new Set<string>()
    folders.set(from, edges)
    for (const target of targets) {
      const to = folderOf(target)
      // A folder and one inside it are one unit at this depth only when the cut makes them equal.
      if (to !== from) edges.add(to)
    }
  }
  return folders
}
