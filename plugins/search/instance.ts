/**
 * The search engine of this process: opened once by the server at start-up (the only process
 * that writes the index and answers searches; ADR 0010), read by the public endpoint, the portal
 * search page and the sync jobs.
 */
import type { SearchEngine } from './port'

let current: SearchEngine | null = null

export function setSearchEngine(engine: SearchEngine | null): void {
  current = engine
}

/** The engine, or null in a process that has none (the worker, CLIs). */
export function searchEngine(): SearchEngine | null {
  return current
}
