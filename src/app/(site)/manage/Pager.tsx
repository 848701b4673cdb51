import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

/** Previous / "Page 2 of 5" / Next under a manager's long list; nothing when it fits on one page. */
export async function Pager({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null
  const t = await getTranslations('manage.dashboard')
  return (
    <nav aria-label={t('pages')} className="pager">
      {page > 1 ? <Link href={hrefFor(page - 1)}>{t('previous')}</Link> : <span />}
      <span>{t('page', { page, pages })}</span>
      {page < pages ? <Link href={hrefFor(page + 1)}>{t('next')}</Link> : <span />}
    </nav>
  )
}
