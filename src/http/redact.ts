/**
 * Request URLs as they may be logged: single-use secrets (invitation links,
 * password-reset tokens, any `token` in the query) replaced, so a log reader
 * cannot use them.
 */
const SECRET_PATH = /^(\/invite\/|\/reset-password\/|\/api\/invitations\/accept\/)[^/?#]+/i
const SECRET_QUERY = /([?&](?:token|code|secret)=)[^&#]*/gi

export const redactUrl = (url: string | undefined): string | undefined =>
  url?.replace(SECRET_PATH, '$1[redacted]').replace(SECRET_QUERY, '$1[redacted]')
