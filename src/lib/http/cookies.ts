/** A cookie's value from a raw Cookie header (everything after the first `=`). */
export const cookieValue = (cookieHeader: string | null | undefined, name: string): string | undefined => {
  for (const pair of cookieHeader?.split(';') ?? []) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim()
  }
  return undefined
}
