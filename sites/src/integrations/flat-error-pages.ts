import { rename, rmdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

const NESTED_404 = /^\/?([^/]+)\/404\/?$/

/**
 * Astro only writes `404.html` for a top-level `src/pages/404.astro`; our per-portal
 * `[site]/404.astro` comes out as `<site>/404/index.html` under `build.format: 'directory'`.
 * Web servers (and the Cổng server) look for `<root>/404.html`, so flatten it after the build.
 */
export function flatErrorPages(): AstroIntegration {
  return {
    name: 'cong:flat-error-pages',
    hooks: {
      'astro:build:done': async ({ pages, dir, logger }) => {
        const outDir = fileURLToPath(dir)
        let moved = 0
        for (const { pathname } of pages) {
          const site = NESTED_404.exec(pathname)?.[1]
          if (!site) continue
          const folder = `${outDir}/${site}/404`
          await rename(`${folder}/index.html`, `${outDir}/${site}/404.html`)
          await rmdir(folder)
          moved++
        }
        logger.info(`${moved} error page(s) written as <site>/404.html`)
      },
    },
  }
}
