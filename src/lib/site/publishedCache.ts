import { memoryCache } from '../memoryCache'
import { lessonPages } from './renderedPages'

/**
 * Published curriculum is the same for every learner of an organization, so
 * the site keeps it in memory for a minute. Saves and deletes in the admin
 * clear it at once (in this process; other instances catch up within the TTL).
 */
const published = memoryCache('published', 60_000, 2_000)

export const cachedPublished = <T>(key: string, load: () => Promise<T>): Promise<T> => published.get(key, load)

export const clearPublishedCache = () => {
  published.clear()
  lessonPages.clear()
}
