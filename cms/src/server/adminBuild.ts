/**
 * The admin is a Next.js app. In production it must be built once; `npm start` builds it when
 * no build matches the current sources, so a fresh clone needs no separate build step.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const STAMP = 'cong-build-stamp'

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else yield full
  }
}

/** A hash of everything the admin bundle is built from. */
export function adminSourceHash(root: string): string {
  const hash = crypto.createHash('sha256')
  const inputs = [
    ...files(path.join(root, 'cms', 'src')),
    ...files(path.join(root, 'plugins')),
    path.join(root, 'cms', 'next.config.mjs'),
    path.join(root, 'package.json'),
  ].sort()
  for (const file of inputs) {
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

export function adminBuildIsCurrent(root: string): boolean {
  const dir = path.join(root, 'cms', '.next')
  try {
    return fs.existsSync(path.join(dir, 'BUILD_ID')) && fs.readFileSync(path.join(dir, STAMP), 'utf8') === adminSourceHash(root)
  } catch {
    return false
  }
}

export async function ensureAdminBuild(root: string, log: (line: string) => void): Promise<{ built: boolean; ms: number }> {
  if (adminBuildIsCurrent(root)) return { built: false, ms: 0 }
  const started = Date.now()
  log('Đang dựng giao diện quản trị (Next.js), lần đầu mất khoảng 1–2 phút… / Building the admin UI, about 1–2 minutes the first time…')
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
  const hash = adminSourceHash(root)
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const child = spawn(process.execPath, [nextBin, 'build', 'cms'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code}):\n${output.slice(-4000)}`)),
    )
  })
  fs.writeFileSync(path.join(root, 'cms', '.next', STAMP), hash)
  return { built: true, ms: Date.now() - started }
}
