import { memoryCache } from '../memoryCache'

/** A page as the browser received it, kept to answer the next request with the same variant key. */
export interface RenderedPage {
  headers: Record<string, string | string[]>
  body: Buffer
}

/**
 * Lesson pages keyed by everything they depend on (lesson, language,
 * organization, role, whether this lesson is complete): cleared with the
 * published curriculum, and kept no longer than it (a save that races a
 * render is corrected within the same minute).
 */
export const lessonPages = memoryCache('lesson-pages', 60_000, 500)

/** Dashboard pages per manager and URL, for as long as the dashboard data they show (see dashboardCache). */
export const dashboardPages = memoryCache('dashboard-pages', 15_000, 200)
