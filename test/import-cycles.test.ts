/**
 * Dependencies between the portal templates go one way (issue 12): `sites/` (planner, routes)
 * imports `themes/`, every theme imports `themes/model` (the view models) and the contract, and
 * nothing imports back. A cycle between two files, or between two folders at any depth, fails.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cycles, folderGraph, importGraph } from './helpers/import-graph'

const root = path.resolve(import.meta.dirname, '..')
const relative = (group: string[]) => group.map((f) => path.relative(root, f) || '.')

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
