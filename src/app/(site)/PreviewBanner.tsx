import { getTranslations } from 'next-intl/server'

/** Shown on every page while a trainer previews drafts, with the way back to the published site. */
export async function PreviewBanner() {
  const t = await getTranslations('preview')
  return (
    <div className="alert info preview-banner" role="status" data-testid="preview-banner">
      <p>{t('banner')}</p>
      <p>
        {/* A route handler, not a page: a plain link so the cookie is cleared by a full request. */}
        <a href="/preview/exit">{t('exit')}</a>
      </p>
    </div>
  )
}
