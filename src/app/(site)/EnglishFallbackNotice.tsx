import { getLocale, getTranslations } from 'next-intl/server'

import type { TranslationPart } from '@/lib/language/translationStatus'

/**
 * Under the Spanish interface, says which parts of the page are shown in
 * English because they are not translated yet (nothing when all are). The
 * English parts themselves carry lang="en" on the page, for screen readers.
 */
export async function EnglishFallbackNotice({ parts }: { parts: TranslationPart[] }) {
  if (parts.length === 0) return null
  const t = await getTranslations('translation')
  const locale = await getLocale()
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts.map((part) => t(`parts.${part}`)))
  return (
    <p className="alert info" role="note" data-testid="english-fallback">
      {t('fallback', { parts: list })}
    </p>
  )
}

/** lang="en" for a part shown in English under another interface language. */
export const langIfFallback = (parts: TranslationPart[], part: TranslationPart): { lang?: 'en' } => (parts.includes(part) ? { lang: 'en' } : {})
