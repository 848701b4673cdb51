/**
 * TRUST_PROXY is the number of reverse proxies in front of PeerPath, each of
 * which appends the address it saw to X-Forwarded-For. Express then takes the
 * client's address from that many entries from the right, so a client cannot
 * choose its own address (and rate-limit bucket) by sending the header itself.
 * Unset or 0: no proxy, the socket's address counts and the header is ignored.
 *
 * `true` ("trust every hop") is refused rather than guessed at: it makes the
 * leftmost entry, which the client writes, the address; and treating it as 1
 * would be wrong behind two proxies. The error names the fix.
 */
export const trustProxyHops = (value: string | undefined = process.env.TRUST_PROXY): number => {
  const setting = (value ?? '').trim().toLowerCase()
  if (setting === '' || setting === 'false') return 0
  if (/^\d{1,2}$/.test(setting)) return Number(setting)
  if (setting === 'true') {
    throw new Error(
      'TRUST_PROXY=true is no longer accepted: it would let any client pick its own address with X-Forwarded-For and escape the rate limits. ' +
        'Set TRUST_PROXY to the number of reverse proxies in front of PeerPath (1 for one nginx, Caddy or load balancer), or leave it unset when there is none.',
    )
  }
  throw new Error(`TRUST_PROXY must be a number of reverse proxies (0-99), not "${value}". Use 1 for one reverse proxy; leave it unset for none.`)
}
