/**
 * Dependencies point one way (ADR 0014, issue 12): no file imports itself through others, and no
 * part of the repository does either. A part is a plugin (`plugins/<name>`), a folder of the CMS
 * core (`cms/src/<folder>`; its top-level files are parts of their own: the config and the entry
 * points compose everything), `sites`, each theme and the themes' view models, and the seed.
 * Among the portal templates the rule is stricter: `sites/` imports `themes/`, every theme
 * imports `themes/model` and the contract, nothing imports back, and folders at any depth form no
 * cycle. Imports are read with TypeScript's scanner (type-only imports count) and from Astro
 * frontmatter (`helpers/import-graph.ts`).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cycles, folderGraph, type ImportGraph, importGraph } from './helpers/import-graph'

const root = path.resolve(import.meta.dirname, '..')
const relative = (group: string[]) => group.map((f) => path.relative(root, f) || '.')
/** Tests, test fixtures and generated code are not part of the source's layering. */
const notSource = (file: string) => /[\\/](test|fixtures|migrations|migrations-postgres|\.next)$|\.test\.ts$|payload-types\.ts$|importMap\.js$/.test(file)

export function partOf(file: string): string {
  const parts = path.relative(root, file).split(path.sep)
  if (parts[0] === 'plugins') return `plugins/${parts[1]}`
  if (parts[0] === 'cms') return parts.length > 3 ? `cms/src/${parts[2]}` : parts.join('/')
  if (parts[0] === 'themes') return parts.length > 2 ? `themes/${parts[1]}` : 'themes'
  return parts[0]!
}

function partGraph(graph: ImportGraph): ImportGraph {
  const parts: ImportGraph = new Map()
  for (const [file, targets] of graph) {
    const from = partOf(file)
    const edges = parts.get(from) ?? new Set<string>()
    parts.set(from, edges)
    for (const target of targets) if (partOf(target) !== from) edges.add(partOf(target))
  }
  return parts
}

describe('imports across the repository', () => {
  const graph = importGraph(['cms/src', 'plugins', 'sites', 'themes', 'seed'].map((d) => path.join(root, d)), notSource)

  it('are read from every source file', () => {
    expect(graph.size).toBeGreaterThan(300)
    expect([...graph.values()].reduce((n, t) => n + t.size, 0)).toBeGreaterThan(1000)
  })

  it('form no cycle between files', () => {
    expect(cycles(graph).map(relative)).toEqual([])
  })

  it('form no cycle between the parts of the repository', () => {
    const found = cycles(partGraph(graph)).map((component) => {
      const inside = new Set(component)
      // One import of each step, so a failure says where to look.
      const imports = [...graph].flatMap(([file, targets]) =>
        inside.has(partOf(file)) ? [...targets].filter((t) => inside.has(partOf(t)) && partOf(t) !== partOf(file)).map((t) => `${path.relative(root, file)} → ${path.relative(root, t)}`) : [],
      )
      return { parts: component, imports }
    })
    expect(found).toEqual([])
  })
})

describe('imports among sites/ and themes/', () => {
  const graph = importGraph([path.join(root, 'sites'), path.join(root, 'themes')])

  it('are read from TypeScript modules and Astro frontmatter', () => {
    const route = graph.get(path.join(root, 'sites/src/pages/t/xa.astro'))
    expect(route && relative([...route])).toContain('themes/xa/index.ts')
    const xa = graph.get(path.join(root, 'themes/xa/index.ts'))
    expect(xa && relative([...xa])).toContain('themes/default/index.ts')
    expect(graph.size).toBeGreaterThan(80)
  })

  it('form no cycle between files', () => {
    expect(cycles(graph).map(relative)).toEqual([])
  })

  it.each([1, 2, 3, 4])('form no cycle between folders at depth %i', (depth) => {
    expect(cycles(folderGraph(graph, root, depth))).toEqual([])
  })

  it('never go from themes/ to sites/', () => {
    const back = [...graph].flatMap(([file, targets]) =>
      file.startsWith(path.join(root, 'themes') + path.sep) ? [...targets].filter((t) => t.startsWith(path.join(root, 'sites') + path.sep)).map((t) => `${path.relative(root, file)} → ${path.relative(root, t)}`) : [],
    )
    expect(back).toEqual([])
  })
})

describe('the cycle check', () => {
  it('finds a cycle through an Astro component and between folders', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-cycles-'))
    try {
      fs.mkdirSync(path.join(dir, 'a'))
      fs.mkdirSync(path.join(dir, 'b'))
      fs.writeFileSync(path.join(dir, 'a/one.ts'), "import type { X } from '../b/two'\nexport const one = 1\n")
      fs.writeFileSync(path.join(dir, 'b/two.ts'), "export { default } from './View.astro'\nexport type X = number\n")
      fs.writeFileSync(path.join(dir, 'b/View.astro'), "---\nimport { one } from '../a/one'\n---\n<p>{one}</p>\n")
      fs.writeFileSync(path.join(dir, 'b/leaf.ts'), "import fs from 'node:fs'\nexport const leaf = fs\n")
      const graph = importGraph([dir])
      expect(cycles(graph).map((c) => c.map((f) => path.relative(dir, f)))).toEqual([['a/one.ts', 'b/View.astro', 'b/two.ts']])
      expect(cycles(folderGraph(graph, dir, 1))).toEqual([['a', 'b']])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
