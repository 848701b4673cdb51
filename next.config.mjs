import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')
const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Next's data cache, right across instances: entries in memory, invalidation by Postgres NOTIFY (src/cache/handler.mjs).
  cacheHandler: path.resolve(dirname, 'src/cache/handler.mjs'),
  // The handler keeps its own bounded memory; Next's extra in-memory layer would not hear other instances.
  cacheMaxMemorySize: 0,
  // Server actions are held to 1 MB by src/http/bodyLimit.ts everywhere but /certification, whose form carries a training certificate.
  experimental: { serverActions: { bodySizeLimit: '5mb' } },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
