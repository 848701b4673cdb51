'use client'

import { useSyncExternalStore } from 'react'

/*
 * Outside the site's layout (and its next-intl provider), so the words are here, in both
 * languages; they mirror `errors.title`, `errors.failed`, `errors.retry` and `errors.home`.
 */
const TEXT = {
  en: {
    title: 'Something went wrong',
    failed: 'This page could not load. Please try again. If it keeps happening, let your manager know.',
    retry: 'Try again',
    home: 'Go to My learning',
  },
  es: {
    title: 'Algo salió mal',
    failed: 'No pudimos cargar esta página. Inténtalo de nuevo. Si sigue pasando, avísale a tu supervisor o supervisora.',
    retry: 'Intentar de nuevo',
    home: 'Ir a Mi aprendizaje',
  },
} as const

type Lang = keyof typeof TEXT

const noChanges = () => () => undefined

/** The language of the page that failed, read before this one replaces it; unknown when rendered on the server. */
const pageLanguage = (): Lang | null => {
  if (typeof document === 'undefined') return null
  return document.documentElement.lang === 'es' ? 'es' : 'en'
}

/**
 * The last resort: shown when the root of the site fails, which includes a server action whose
 * response never arrived (the language switch once failed this way). In the failed page's
 * language, with a title and `lang`; both languages when it is not known.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The server snapshot (null: both languages) keeps hydration of a server-rendered error page consistent.
  const lang = useSyncExternalStore(noChanges, pageLanguage, () => null)
  const langs: Lang[] = lang ? [lang] : ['en', 'es']
  return (
    <html lang={langs[0]}>
      <head>
        <title>{`${langs.map((l) => TEXT[l].title).join(' · ')} · PeerPath`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem auto', maxWidth: '40rem', padding: '0 1rem', lineHeight: 1.6, color: '#1b1f24' }}>
        <main>
          {langs.map((l, index) => (
            <div key={l} lang={l}>
              {index === 0 ? <h1>{TEXT[l].title}</h1> : <h2>{TEXT[l].title}</h2>}
              <p>{TEXT[l].failed}</p>
              <p>
                <button type="button" onClick={() => reset()} style={{ font: 'inherit', padding: '0.5rem 1rem', marginRight: '1rem' }}>
                  {TEXT[l].retry}
                </button>
                <a href="/learn" style={{ color: '#0b5c55' }}>
                  {TEXT[l].home}
                </a>
              </p>
            </div>
          ))}
        </main>
      </body>
    </html>
  )
}
