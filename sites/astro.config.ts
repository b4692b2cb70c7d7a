import { isAbsolute, resolve } from 'node:path'
import { defineConfig } from 'astro/config'
import { flatErrorPages } from './src/integrations/flat-error-pages'

/**
 * One static build renders every portal of the snapshot: pages live under `src/pages/[site]/`, so
 * each portal lands in `$CONG_OUT_DIR/<site-slug>/` and is later served as the web root of its
 * own host. That is why all links in the output are root-relative and never carry the slug.
 */
function fromCwd(path: string | undefined, fallback: string): string {
  if (!path) return fallback
  return isAbsolute(path) ? path : resolve(process.cwd(), path)
}

const cacheDir = fromCwd(process.env.CONG_CACHE_DIR, './.astro/cache')

export default defineConfig({
  output: 'static',
  outDir: fromCwd(process.env.CONG_OUT_DIR, './dist'),
  // Separate builds running side by side must not share a data store; the runner can point each
  // one at its own cache with CONG_CACHE_DIR.
  cacheDir,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Every portal folder must stand alone on its own host, so no shared `_astro/` stylesheet.
    inlineStylesheets: 'always',
  },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [flatErrorPages()],
  vite: {
    // Keep Vite's dependency cache beside Astro's instead of in `sites/node_modules/`.
    cacheDir: `${cacheDir}/vite`,
    // The themes and the contract live outside this project's root.
    server: { fs: { allow: ['..'] } },
  },
})
