/**
 * The client's address as Express settled on it (`req.ip`: the socket's
 * address, or with TRUST_PROXY=N the Nth entry of X-Forwarded-For from the
 * right). Express writes it into this header on every request it hands to
 * Next, replacing any copy the client sent (src/http/clientAddress.ts), so
 * Payload hooks and server actions read the same address the rest of the
 * server logs, and a client cannot choose its own.
 */
export const CLIENT_ADDRESS_HEADER = 'x-peerpath-client-address'

/** The address in a request's headers; null when the request did not come through PeerPath's Express server. */
export const clientAddressFrom = (headers: Pick<Headers, 'get'> | undefined | null): string | null => headers?.get(CLIENT_ADDRESS_HEADER) || null
