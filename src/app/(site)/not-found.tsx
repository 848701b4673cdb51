import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

export default async function NotFound() {
  const t = await getTranslations('errors')
  return (
    <>
      <h1>{t('notFound')}</h1>
      <p>{t('notFoundHint')}</p>
      <p>
        <Link href="/learn">{t('home')}</Link>
      </p>
    </>
  )
}
