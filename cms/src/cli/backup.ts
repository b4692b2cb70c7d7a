/**
 * `npm run backup -- <folder>` and `npm run restore -- <folder>`: everything the platform keeps,
 * for the database named by DATABASE_URI (SQLite, PostgreSQL, MongoDB; cms/src/db/dump.ts).
 *
 * A backup folder holds: the database dump; `media/` and `legal-files/` (uploads); `portals/`
 * (the live release of every portal, the nginx maps and retirement notices); `secrets.json` when
 * the secrets are kept in the data folder; and `manifest.json` (what was saved, with a digest of
 * every collection and global, so a restore can prove it brought back the same documents).
 * The search index is not copied: it is made again from the database (a restored server finds
 * it empty and queues a full sync, or `npm run reindex`).
 *
 * `restore` refuses unless the data folder, the portals folder and the database are empty, then
 * brings everything back, applies newer migrations, and checks the digests.
 * `digest` prints the digests of the current database (tests compare two databases with it).
 *
 * The server may run during a backup (SQLite is copied online); stop it for a restore.
 * Exit codes: 0 done, 2 refused (nothing changed), 1 failure.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { ConfigError, env } from '../config/env'
import { closeDatabase } from '../db/maintenance'
import { databaseIsEmpty, DumpError, dumpDatabase, dumpFile, restoreDatabase } from '../db/dump'

const out = (line = '') => process.stdout.write(`${line}\n`)

class Refused extends Error {}

type Digest = Record<string, { count: number; sha256: string }>

type Manifest = {
  format: 1
  createdAt: string
  database: { kind: string; file: string }
  digests: Digest
  files: { media: number; legalFiles: number; portals: string[] }
}

/** Digest of every document of every collection and global, read through the Local API. */
export async function databaseDigest(payload: Payload): Promise<Digest> {
  const digest: Digest = {}
  for (const { slug } of payload.config.collections) {
    const hash = createHash('sha256')
    let count = 0
    for (let page = 1; ; page++) {
      const res = await payload.find({ collection: slug as 'news', depth: 0, limit: 500, page, sort: 'id', overrideAccess: true, draft: false, showHiddenFields: true, locale: 'all' as never })
      for (const doc of res.docs) hash.update(JSON.stringify(doc)).update('\n')
      count += res.docs.length
      if (!res.hasNextPage) break
    }
    digest[slug] = { count, sha256: hash.digest('hex') }
  }
  for (const { slug } of payload.config.globals) {
    const doc = await payload.findGlobal({ slug: slug as never, depth: 0, overrideAccess: true, showHiddenFields: true, locale: 'all' as never })
    digest[`global:${slug}`] = { count: 1, sha256: createHash('sha256').update(JSON.stringify(doc)).digest('hex') }
  }
  return digest
}

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length
}

function isEmptyDir(dir: string, ignore: string[] = []): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).filter((n) => !ignore.includes(n)).length === 0
}

/** The live release of every portal (symlinks resolved), the maps and notices nginx reads. */
function copyPortals(sitesDir: string, target: string): string[] {
  const portals: string[] = []
  if (!fs.existsSync(sitesDir)) return portals
  fs.mkdirSync(path.join(target, '.releases'), { recursive: true })
  const links: Record<string, string> = {}
  for (const entry of fs.readdirSync(sitesDir, { withFileTypes: true })) {
    const from = path.join(sitesDir, entry.name)
    if (entry.name === '.releases' || entry.name.includes('.swap-')) continue
    if (entry.isSymbolicLink()) {
      const release = fs.realpathSync(from)
      const name = path.basename(release)
      fs.cpSync(release, path.join(target, '.releases', name), { recursive: true })
      links[entry.name] = name
      portals.push(entry.name)
    } else {
      fs.cpSync(from, path.join(target, entry.name), { recursive: true })
    }
  }
  fs.writeFileSync(path.join(target, 'links.json'), JSON.stringify(links, null, 2))
  return portals.sort()
}

function restorePortals(source: string, sitesDir: string): void {
  if (!fs.existsSync(source)) return
  fs.mkdirSync(sitesDir, { recursive: true })
  const links = JSON.parse(fs.readFileSync(path.join(source, 'links.json'), 'utf8')) as Record<string, string>
  for (const entry of fs.readdirSync(source)) {
    if (entry === 'links.json') continue
    fs.cpSync(path.join(source, entry), path.join(sitesDir, entry), { recursive: true })
  }
  for (const [slug, release] of Object.entries(links)) fs.symlinkSync(path.join('.releases', release), path.join(sitesDir, slug))
}

async function openPayload(): Promise<Payload> {
  const { initPayload } = await import('../boot')
  return initPayload()
}

async function backup(folder: string): Promise<void> {
  const e = env()
  const started = Date.now()
  if (!isEmptyDir(folder)) throw new Refused(`${folder} is not empty: choose a new folder for the backup.`)
  fs.mkdirSync(folder, { recursive: true })
  const payload = await openPayload()
  try {
    const file = dumpFile(e.database.kind)
    out(`Cơ sở dữ liệu (${e.database.kind}) → ${file}`)
    await dumpDatabase(e.database, path.join(folder, file), payload)
    // Digests of what the dump holds: read after it, and no editor should be working meanwhile
    // (a change after the dump shows up as a digest mismatch on restore, never as silent loss).
    const digests = await databaseDigest(payload)
    for (const dir of ['media', 'legal-files']) {
      const from = path.join(e.dataDir, dir)
      if (fs.existsSync(from)) fs.cpSync(from, path.join(folder, dir), { recursive: true })
    }
    const secrets = path.join(e.dataDir, 'secrets.json')
    if (fs.existsSync(secrets)) fs.copyFileSync(secrets, path.join(folder, 'secrets.json'))
    const portals = copyPortals(e.sitesDir, path.join(folder, 'portals'))
    const manifest: Manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      database: { kind: e.database.kind, file },
      digests,
      files: { media: countFiles(path.join(folder, 'media')), legalFiles: countFiles(path.join(folder, 'legal-files')), portals },
    }
    fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2))
    const docs = Object.values(digests).reduce((n, d) => n + d.count, 0)
    out(`Đã sao lưu ${docs} bản ghi, ${manifest.files.media} tệp media, ${manifest.files.legalFiles} tệp văn bản, ${portals.length} cổng vào ${folder} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    out(`Backed up ${docs} documents, ${manifest.files.media} media files, ${manifest.files.legalFiles} legal files, ${portals.length} portals.`)
  } finally {
    await closeDatabase(payload)
  }
}

async function restore(folder: string): Promise<void> {
  const e = env()
  const manifestFile = path.join(folder, 'manifest.json')
  if (!fs.existsSync(manifestFile)) throw new Refused(`${folder} has no manifest.json: not a backup made by npm run backup.`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
  if (manifest.database.kind !== e.database.kind) {
    throw new Refused(`The backup holds a ${manifest.database.kind} database but DATABASE_URI names ${e.database.kind}: restore into the same kind of database.`)
  }
  const problems: string[] = []
  if (!isEmptyDir(e.dataDir, ['secrets.json'])) problems.push(`DATA_DIR (${e.dataDir}) is not empty`)
  if (!isEmptyDir(e.sitesDir)) problems.push(`SITES_DIR (${e.sitesDir}) is not empty`)
  if (!(await databaseIsEmpty(e.database))) problems.push('the database at DATABASE_URI is not empty')
  if (problems.length) throw new Refused(`Restore needs an empty place: ${problems.join('; ')}.`)

  out(`Cơ sở dữ liệu (${e.database.kind}) ← ${manifest.database.file}`)
  await restoreDatabase(e.database, path.join(folder, manifest.database.file))
  for (const dir of ['media', 'legal-files']) {
    const from = path.join(folder, dir)
    if (fs.existsSync(from)) fs.cpSync(from, path.join(e.dataDir, dir), { recursive: true })
  }
  const secrets = path.join(folder, 'secrets.json')
  if (fs.existsSync(secrets) && !e.payloadSecret && !fs.existsSync(path.join(e.dataDir, 'secrets.json'))) fs.copyFileSync(secrets, path.join(e.dataDir, 'secrets.json'))
  restorePortals(path.join(folder, 'portals'), e.sitesDir)

  const payload = await openPayload()
  try {
    const now = await databaseDigest(payload)
    const differ = Object.keys(manifest.digests).filter((k) => JSON.stringify(now[k]) !== JSON.stringify(manifest.digests[k]))
    if (differ.length) throw new Error(`The restored database differs from the backup in: ${differ.join(', ')}`)
    const docs = Object.values(now).reduce((n, d) => n + d.count, 0)
    out(`Đã khôi phục và đối chiếu ${docs} bản ghi, ${manifest.files.media} tệp media, ${manifest.files.legalFiles} tệp văn bản, ${manifest.files.portals.length} cổng. Chỉ mục tìm kiếm sẽ được dựng lại khi máy chủ khởi động.`)
    out(`Restored and verified ${docs} documents; the search index is rebuilt when the server starts.`)
  } finally {
    await closeDatabase(payload)
  }
}

async function main(): Promise<void> {
  const [command, folder] = process.argv.slice(2)
  try {
    if (command === 'digest') {
      const payload = await openPayload()
      out(JSON.stringify(await databaseDigest(payload)))
      await closeDatabase(payload)
    } else if ((command === 'backup' || command === 'restore') && folder) {
      await (command === 'backup' ? backup(path.resolve(folder)) : restore(path.resolve(folder)))
    } else {
      throw new Refused('usage: npm run backup -- <folder> | npm run restore -- <folder>')
    }
  } catch (err) {
    if (err instanceof Refused || err instanceof ConfigError || err instanceof DumpError) {
      process.stderr.write(`cong: ${err.message}\n`)
      process.exit(err instanceof DumpError ? 1 : 2)
    }
    process.stderr.write(`cong: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exit(1)
  }
  process.exit(0)
}

await main()
