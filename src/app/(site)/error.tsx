'use client'

import { useTranslations } from 'next-intl'
import Link from 'next/link'
import { useEffect, useRef } from 'react'

/**
 * What a learner sees when a page or an action fails: inside the site's layout (its `lang`, header
 * and language switch), with a title, a way to try again and a way home. The details stay in the
 * server log; the digest lets support find them.
 */
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors')
  const heading = useRef<HTMLHeadingElement>(null)
  const title = t('title')
  // The page changed under the reader: the tab says so, and they start at the explanation.
  useEffect(() => {
    document.title = `${title} · PeerPath`
    heading.current?.focus()
  }, [title])
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p>{t('failed')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => reset()}>
          {t('retry')}
        </button>
        <Link href="/learn">{t('home')}</Link>
      </p>
      {error.digest && <p className="meta">{error.digest}</p>}
    </>
  )
}
