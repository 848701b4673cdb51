'use client'

/**
 * The last resort, when the site's own layout failed: no messages or locale can be loaded here,
 * so it says the same in both languages, each part marked with its own `lang`.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong · Algo salió mal · PeerPath</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem auto', maxWidth: '40rem', padding: '0 1rem', lineHeight: 1.6, color: '#1b1f24' }}>
        <main>
          <h1>Something went wrong</h1>
          <p>This page could not load. Please try again.</p>
          <div lang="es">
            <h2>Algo salió mal</h2>
            <p>No pudimos cargar esta página. Inténtalo de nuevo.</p>
          </div>
          <p>
            <button type="button" onClick={() => reset()} style={{ font: 'inherit', padding: '0.5rem 1rem' }}>
              Try again · <span lang="es">Intentar de nuevo</span>
            </button>{' '}
            <a href="/learn" style={{ color: '#0b5c55' }}>
              My learning · <span lang="es">Mi aprendizaje</span>
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
