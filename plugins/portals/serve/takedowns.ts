/**
 * What a live portal answers for an address taken down with a reason (ADR 0022): the release's
 * `.takedowns.json` lists the addresses unpublished in error (410, with the release's `410.html`)
 * and those consolidated into another page (301). Read once per release file.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { TAKEDOWN_MANIFEST, type TakedownManifest } from '../../../cms/src/contracts/takedown'
import { pathCandidates } from './archived'

type Loaded = { key: string; gone: Set<string>; moved: Map<string, string> }
const cache = new Map<string, Loaded>()

async function manifestOf(root: string): Promise<Loaded | null> {
  const file = path.join(root, TAKEDOWN_MANIFEST)
  const stat = await fs.stat(file).catch(() => null)
  if (!stat) return null
  const key = `${stat.ino}:${stat.mtimeMs}:${stat.size}`
  const known = cache.get(root)
  if (known?.key === key) return known
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as TakedownManifest
    const loaded = { key, gone: new Set(parsed.gone ?? []), moved: new Map(Object.entries(parsed.moved ?? {})) }
    cache.set(root, loaded)
    return loaded
  } catch {
    return null
  }
}

export type TakedownAnswer = { kind: 'gone' } | { kind: 'moved'; to: string } | null

export async function takedownAnswer(root: string, requestPath: string): Promise<TakedownAnswer> {
  const manifest = await manifestOf(root)
  if (!manifest || (manifest.gone.size === 0 && manifest.moved.size === 0)) return null
  let decoded = requestPath
  try {
    decoded = decodeURIComponent(requestPath)
  } catch {
    return null
  }
  for (const candidate of pathCandidates(decoded)) {
    const to = manifest.moved.get(candidate)
    if (to) return { kind: 'moved', to }
    if (manifest.gone.has(candidate)) return { kind: 'gone' }
  }
  return null
}
