import { getTranslations } from 'next-intl/server'

/** /verify/CODE for a code no certificate has: a 404, with the same friendly words the page always had. */
export default async function CertificateNotFound() {
  const t = await getTranslations('verify')
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="alert error" role="status">
        {t('notFound')}
      </p>
    </>
  )
}
