import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Type checking runs once for the whole repo (`npm run typecheck`), not inside the admin build.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The express server starts Payload before Next and Next reuses that instance, so Payload
  // and the database adapters must be the same modules on both sides: never bundle them, or
  // \`instanceof ValidationError\` fails and API errors lose their field messages.
  serverExternalPackages: ['payload', '@payloadcms/db-sqlite', '@payloadcms/db-mongodb', '@payloadcms/translations'],
  webpack: (config) => {
    config.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return config
  },
  turbopack: { root: path.resolve(dirname, '..') },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
