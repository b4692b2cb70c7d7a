import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'cms/src/payload.config.ts') },
  },
  test: {
    environment: 'node',
    include: ['cms/**/*.test.ts', 'plugins/**/*.test.ts', 'seed/**/*.test.ts', 'sites/test/**/*.test.ts', 'themes/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'cms/.next/**'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    // Integration suites start real servers on loopback ports; one file at a time keeps the
    // 2-core machines responsive and the figures honest.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
