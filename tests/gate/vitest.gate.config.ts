import { defineConfig } from 'vitest/config'

import base from '../../vitest.config'

/** The integration suite's config (same global setup, same embedded Postgres), pointed at the failing fixture only. */
export default defineConfig({ ...base, test: { ...base.test, include: ['tests/gate/*.gate.spec.ts'] } })
