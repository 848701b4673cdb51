import { isIPv4, isIPv6 } from 'node:net'

/**
 * The bucket a client's attempts count in: the address Express settled on
 * (`req.ip`, which honours TRUST_PROXY), with IPv4-mapped IPv6 written as
 * IPv4, and IPv6 reduced to its /64, the block one host or home is given, so
 * rotating through one's own addresses does not buy fresh budgets.
 */
export const clientKey = (ip: string | undefined | null): string => {
  if (!ip) return 'unknown'
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip)
  if (mapped?.[1]) return mapped[1]
  if (isIPv4(ip)) return ip
  const address = ip.split('%')[0] ?? ip
  if (!isIPv6(address)) return 'unknown'
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`
}

const ipv6Groups = (address: string): string[] => {
  let text = address.toLowerCase()
  const v4Tail = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (v4Tail) {
    const [a, b, c, d] = v4Tail.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, v4Tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const start = head ? head.split(':') : []
  const end = tail ? tail.split(':') : []
  const groups = tail === undefined ? start : [...start, ...Array<string>(8 - start.length - end.length).fill('0'), ...end]
  return groups.map((group) => Number.parseInt(group || '0', 16).toString(16))
}
