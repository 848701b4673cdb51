import { describe, expect, it } from 'vitest'

import { cachedPublished, clearPublishedCache } from '../../src/lib/site/publishedCache'

describe('the published-content cache', () => {
  it('loads once per key until cleared', async () => {
    let loads = 0
    const load = async () => ++loads
    expect(await cachedPublished('cache-test:a', load)).toBe(1)
    expect(await cachedPublished('cache-test:a', load)).toBe(1)
    expect(await cachedPublished('cache-test:b', load)).toBe(2)
    clearPublishedCache()
    expect(await cachedPublished('cache-test:a', load)).toBe(3)
  })

  it('does not keep a failed load', async () => {
    await expect(cachedPublished('cache-test:fail', async () => Promise.reject(new Error('database down')))).rejects.toThrow()
    expect(await cachedPublished('cache-test:fail', async () => 'recovered')).toBe('recovered')
  })
})
