import type { AstroIntegration } from 'astro'

/**
 * An adapter for no web server at all: the server build's entry only exports Astro's `App`, and
 * the CMS imports it to render portal pages in its own process (`plugins/portals/build/renderer.ts`),
 * writing each page as a static file. See docs/adr/0006-warm-renderer-and-incremental-releases.md.
 */
export function inProcess(): AstroIntegration {
  return {
    name: 'cong:in-process',
    hooks: {
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'cong:in-process',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('./entry.mjs', import.meta.url),
          adapterFeatures: { buildOutput: 'server' },
          supportedAstroFeatures: { serverOutput: 'stable', staticOutput: 'stable', hybridOutput: 'stable' },
        })
      },
    },
  }
}
