import path from 'node:path'

import { defineConfig } from 'vitest/config'

/** Suites that talk to a database (run once per adapter, like Payload's own adapter tests). */
const DATABASE_SUITES = ['test/**/*.int.test.ts']

/** Suites with a pass of their own: several processes on PostgreSQL; measurements on a quiet machine. */
const ELSEWHERE = ['test/**/*.pg.test.ts', 'test/**/*.quiet.test.ts']

const shared = {
  environment: 'node' as const,
  exclude: ['**/node_modules/**', 'cms/.next/**'],
  // Integration suites start real servers on loopback ports; one file at a time per pass keeps
  // the 2-core machines responsive and the figures honest.
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 300_000,
  // Every test file stops the servers it started, also after a failed setup.
  setupFiles: ['test/setup.ts'],
}

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'cms/src/payload.config.ts') },
  },
  test: {
    ...shared,
    // `npm test` (test/run.ts) runs the sqlite project and, beside it, the postgres project; the
    // mongodb project when MONGODB_URI reaches a server. One file on one adapter:
    // `npx vitest run --project sqlite test/x.int.test.ts`.
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['cms/**/*.test.ts', 'plugins/**/*.test.ts', 'seed/**/*.test.ts', 'sites/test/**/*.test.ts', 'themes/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...shared.exclude, ...ELSEWHERE],
          globalSetup: ['test/global-setup.ts', 'test/global-setup-seeded.ts'],
          env: { CONG_TEST_DB: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          // …and the production shape: several processes on one PostgreSQL database.
          include: [...DATABASE_SUITES, 'test/**/*.pg.test.ts'],
          globalSetup: ['test/global-setup.ts', 'test/global-setup-postgres.ts', 'test/global-setup-seeded.ts'],
          env: { CONG_TEST_DB: 'postgres' },
        },
      },
      {
        extends: true,
        test: {
          // Measurements (Lighthouse): run alone by test/run.ts after the database passes.
          name: 'quiet',
          include: ['test/**/*.quiet.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          env: { CONG_TEST_DB: 'sqlite' },
        },
      },
      // Only where a MongoDB server is given: none can be installed here (test/run.ts says so).
      ...(process.env.MONGODB_URI
        ? [
            {
              extends: true as const,
              test: {
                name: 'mongodb',
                include: DATABASE_SUITES,
                globalSetup: ['test/global-setup.ts', 'test/global-setup-mongodb.ts'],
                env: { CONG_TEST_DB: 'mongodb' },
              },
            },
          ]
        : []),
    ],
  },
})
