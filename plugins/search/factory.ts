/**
 * The engine factory: picks the implementation of the search port the environment asks for
 * (ADR 0010): Meilisearch when `MEILI_HOST` is set, the embedded engine otherwise. It sits
 * beside the port rather than in it, so that the engines depend on the port and nothing in the
 * port depends on an engine.
 */
import path from 'node:path'

import type { SearchEngine } from './port'

export type SearchEngineOptions = {
  /** Meilisearch URL; when absent the embedded engine is used. */
  meiliHost?: string | null
  meiliKey?: string | null
  /** The platform's data folder; the embedded engine keeps its files in `<dataDir>/search/`. */
  dataDir: string
  /** Name of the shared Meilisearch index. @default 'cong_content' */
  indexName?: string
}

/** The engine the environment asks for, opened and ready (settings applied, files loaded). */
export async function createSearchEngine(options: SearchEngineOptions): Promise<SearchEngine> {
  if (options.meiliHost) {
    const { openMeiliEngine } = await import('./meili')
    return openMeiliEngine({ host: options.meiliHost, apiKey: options.meiliKey ?? undefined, indexName: options.indexName })
  }
  const { openEmbeddedEngine } = await import('./embedded/engine')
  return openEmbeddedEngine({ dir: path.join(options.dataDir, 'search') })
}
