import { isAbsolute, resolve } from 'node:path'
import { defineConfig } from 'astro/config'
import { inProcess } from './adapter/index'

/**
 * One server build holds the templates of every theme; the CMS imports it once and renders each
 * portal page on demand (`app.render` with the page's data in `locals`), writing static files.
 * A route per theme (`src/pages/t/<theme>.astro`) keeps each theme's CSS to its own pages. Links
 * in the output are root-relative: each portal folder is served as the web root of its host.
 */
function fromCwd(path: string | undefined, fallback: string): string {
  if (!path) return fallback
  return isAbsolute(path) ? path : resolve(process.cwd(), path)
}

const cacheDir = fromCwd(process.env.CONG_CACHE_DIR, './.astro/cache')

export default defineConfig({
  output: 'server',
  adapter: inProcess(),
  outDir: fromCwd(process.env.CONG_OUT_DIR, './dist'),
  cacheDir,
  trailingSlash: 'ignore',
  build: {
    // Every portal folder must stand alone on its own host, so no shared `_astro/` stylesheet.
    inlineStylesheets: 'always',
  },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  security: { checkOrigin: false },
  vite: {
    cacheDir: `${cacheDir}/vite`,
    // The themes and the contract live outside this project's root.
    server: { fs: { allow: ['..'] } },
  },
})
