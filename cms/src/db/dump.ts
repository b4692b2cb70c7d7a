/**
 * Copying the database out and back in, per adapter (ADR 0015), for `npm run backup` / `restore`:
 * SQLite: an online, consistent copy with `VACUUM INTO` (the server may keep running);
 * PostgreSQL: `pg_dump --format=custom` and `pg_restore` into an empty database;
 * MongoDB: `mongodump --archive` and `mongorestore` when the MongoDB tools are installed.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'

import type { DatabaseConfig } from '../config/env'

const run = promisify(execFile)

export class DumpError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DumpError'
  }
}

/** A client tool of PostgreSQL: on PATH, or Debian's server binaries. */
function pgTool(name: 'pg_dump' | 'pg_restore' | 'psql'): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  for (const v of versions) {
    const file = path.join(root, v, 'bin', name)
    if (fs.existsSync(file)) return file
  }
  return name
}

async function tool(cmd: string, args: string[], what: string): Promise<string> {
  try {
    const { stdout } = await run(cmd, args, { maxBuffer: 64 << 20 })
    return stdout
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string }
    if (e.code === 'ENOENT') throw new DumpError(`${what} needs \`${path.basename(cmd)}\`, which is not installed (Debian: ${cmd.startsWith('mongo') ? 'the MongoDB database tools' : 'postgresql-client'}).`)
    throw new DumpError(`${path.basename(cmd)} failed: ${(e.stderr ?? e.message).trim().split('\n').slice(-3).join(' ')}`)
  }
}

/** The file name of a database dump in a backup folder. */
export function dumpFile(kind: DatabaseConfig['kind']): string {
  return kind === 'sqlite' ? 'database.sqlite' : kind === 'postgres' ? 'database.pgdump' : 'database.mongo.archive'
}

/** `payload`: this process's Payload on the same database (SQLite copies through its connection). */
export async function dumpDatabase(database: DatabaseConfig, file: string, payload: Payload): Promise<void> {
  switch (database.kind) {
    case 'sqlite': {
      const client = (payload.db as unknown as { client: { execute: (stmt: { sql: string; args: unknown[] }) => Promise<unknown> } }).client
      await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
      return
    }
    case 'postgres':
      await tool(pgTool('pg_dump'), ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${database.url}`], 'A PostgreSQL backup')
      return
    case 'mongodb':
      await tool('mongodump', [`--uri=${database.url}`, `--archive=${file}`, '--gzip'], 'A MongoDB backup')
      return
  }
}

/** Whether the database holds any table or collection of the platform. */
export async function databaseIsEmpty(database: DatabaseConfig): Promise<boolean> {
  switch (database.kind) {
    case 'sqlite':
      return !fs.existsSync(database.file) || fs.statSync(database.file).size === 0
    case 'postgres': {
      const out = await tool(pgTool('psql'), ['-At', '-c', "select count(*) from pg_tables where schemaname = 'public'", database.url], 'A PostgreSQL restore')
      return out.trim() === '0'
    }
    case 'mongodb': {
      const { default: mongoose } = await import('mongoose')
      const conn = await mongoose.createConnection(database.url, { serverSelectionTimeoutMS: 5000 }).asPromise()
      try {
        return (await conn.db!.listCollections().toArray()).length === 0
      } finally {
        await conn.close()
      }
    }
  }
}

export async function restoreDatabase(database: DatabaseConfig, file: string): Promise<void> {
  switch (database.kind) {
    case 'sqlite':
      fs.mkdirSync(path.dirname(database.file), { recursive: true })
      for (const extra of ['-wal', '-shm']) fs.rmSync(database.file + extra, { force: true })
      fs.copyFileSync(file, database.file)
      return
    case 'postgres':
      await tool(pgTool('pg_restore'), ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${database.url}`, file], 'A PostgreSQL restore')
      return
    case 'mongodb':
      await tool('mongorestore', [`--uri=${database.url}`, `--archive=${file}`, '--gzip'], 'A MongoDB restore')
      return
  }
}
