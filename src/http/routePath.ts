/**
 * A request's path spelled one way, the way the router reads it: percent-escapes
 * decoded (`%6cogin` is `login`), dot segments resolved (`/a/./b`, `/a/x/../b`),
 * backslashes, repeated and trailing slashes ignored, absolute-form targets
 * (`POST http://host/api/users/login`) reduced to their path, and lower case
 * (Payload matches endpoint paths case-insensitively). Decoding repeats, so a
 * double-encoded spelling lands in the same place too: for a limit, matching
 * more spellings than the router does only errs on the strict side.
 */
export const normalisedPath = (url: string): string => {
  let target = url
  if (!target.startsWith('/')) {
    try {
      target = new URL(target).pathname
    } catch {
      // Not a URL either; normalise what is there.
    }
  }
  let pathname = target.split(/[?#]/, 1)[0] ?? ''
  for (let round = 0; round < 5; round++) {
    // Only ASCII escapes matter to route names; others stay as they are (and never throw, unlike decodeURIComponent).
    const decoded = pathname.replace(/%([0-9a-f]{2})/gi, (escape, hex: string) => {
      const code = Number.parseInt(hex, 16)
      return code < 0x80 ? String.fromCharCode(code) : escape
    })
    if (decoded === pathname) break
    pathname = decoded
  }
  const segments: string[] = []
  for (const segment of pathname.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return `/${segments.join('/')}`.toLowerCase()
}
