/**
 * Every Content-Security-Policy PeerPath sends, built in one place.
 *
 * - The learner and manager site (`src/proxy.ts`, per request): scripts only
 *   with that request's nonce ('strict-dynamic' lets those scripts load the
 *   chunks they import); no 'unsafe-inline' for scripts. Next reads the nonce
 *   from the policy in the request headers and puts it on its own scripts,
 *   which is why site pages are rendered per request.
 * - Everything else (`src/http/security.ts`): the Payload admin, whose
 *   bundle injects inline scripts and styles without a nonce, so it keeps
 *   'unsafe-inline'; API responses and the pages Express answers itself
 *   (503, 429) get the same fixed policy.
 *
 * Styles keep 'unsafe-inline' on both: React and the admin set style
 * attributes, which a nonce cannot cover, and styles cannot run code.
 */
type Directives = Record<string, string[]>

const shared = (dev: boolean): Directives => ({
  'default-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // The development server's hot reload talks over a websocket.
  'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
})

const serialise = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')

// Next's development build evaluates modules with eval (React's dev tooling); production never does.
const evalInDev = (dev: boolean) => (dev ? ["'unsafe-eval'"] : [])

/** The site's policy for one request. */
export const sitePolicy = (nonce: string, dev: boolean): string =>
  serialise({ ...shared(dev), 'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...evalInDev(dev)] })

/** The admin's (and every other response's) policy: what Payload's admin needs. */
export const adminPolicy = (dev: boolean): string => serialise({ ...shared(dev), 'script-src': ["'self'", "'unsafe-inline'", ...evalInDev(dev)] })

/** 128 random bits, base64: a fresh one for every page request. */
export const newNonce = (): string => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
