/**
 * Recognises the few file types PeerPath accepts from the bytes themselves,
 * so neither a file's name nor its declared MIME type can vouch for what it
 * really is. Anything not listed here (HTML, SVG, executables, archives,
 * empty files) is unknown, and unknown means refused.
 */

export interface SniffedType {
  mime: string
  ext: string
}

interface KnownType extends SniffedType {
  matches: (bytes: Uint8Array) => boolean
  /** Extensions people really use for this type; the first is `ext`. */
  extensions: string[]
  /** MIME labels browsers and tools put on this type besides `mime`. */
  aliases: string[]
}

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0))

const hasBytesAt = (bytes: Uint8Array, expected: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + expected.length && expected.every((byte, index) => bytes[offset + index] === byte)

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes)

// QuickTime, HEIC, AVIF and 3GP share MP4's `ftyp` box; only these major brands are plain MP4 video.
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash'])

const KNOWN_TYPES: KnownType[] = [
  {
    mime: 'image/jpeg',
    ext: 'jpg',
    extensions: ['jpg', 'jpeg'],
    aliases: ['image/jpg', 'image/pjpeg'],
    matches: (bytes) => hasBytesAt(bytes, [0xff, 0xd8, 0xff]),
  },
  {
    mime: 'image/png',
    ext: 'png',
    extensions: ['png'],
    aliases: [],
    matches: (bytes) => hasBytesAt(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    mime: 'image/gif',
    ext: 'gif',
    extensions: ['gif'],
    aliases: [],
    matches: (bytes) => hasBytesAt(bytes, ascii('GIF87a')) || hasBytesAt(bytes, ascii('GIF89a')),
  },
  {
    mime: 'image/webp',
    ext: 'webp',
    extensions: ['webp'],
    aliases: [],
    matches: (bytes) => hasBytesAt(bytes, ascii('RIFF')) && hasBytesAt(bytes, ascii('WEBP'), 8),
  },
  {
    mime: 'application/pdf',
    ext: 'pdf',
    extensions: ['pdf'],
    aliases: [],
    matches: (bytes) => hasBytesAt(bytes, ascii('%PDF-')),
  },
  {
    mime: 'video/mp4',
    ext: 'mp4',
    extensions: ['mp4'],
    aliases: [],
    matches: (bytes) => hasBytesAt(bytes, ascii('ftyp'), 4) && MP4_BRANDS.has(latin1(bytes.subarray(8, 12))),
  },
]

const ZIP_END_RECORD = [0x50, 0x4b, 0x05, 0x06]
const ZIP_END_RECORD_SIZE = 22
const ZIP_MAX_COMMENT = 0xffff

/**
 * ZIP readers look for the archive's directory at the end of a file, so an
 * image with a ZIP appended (a polyglot, e.g. a "GIFAR") opens as both. The
 * comment-length check keeps stray bytes in image data from looking like one.
 */
const endsWithZipArchive = (bytes: Uint8Array): boolean => {
  const earliest = Math.max(0, bytes.length - ZIP_END_RECORD_SIZE - ZIP_MAX_COMMENT)
  for (let at = bytes.length - ZIP_END_RECORD_SIZE; at >= earliest; at--) {
    if (!hasBytesAt(bytes, ZIP_END_RECORD, at)) continue
    const commentLength = bytes[at + 20] | (bytes[at + 21] << 8)
    if (at + ZIP_END_RECORD_SIZE + commentLength <= bytes.length) return true
  }
  return false
}

const knownTypeOf = (bytes: Uint8Array): KnownType | undefined =>
  endsWithZipArchive(bytes) ? undefined : KNOWN_TYPES.find((type) => type.matches(bytes))

/** The file's real type, or null when the bytes are not an accepted type (or also carry a ZIP archive). */
export const sniffFileType = (bytes: Uint8Array): SniffedType | null => {
  const type = knownTypeOf(bytes)
  return type ? { mime: type.mime, ext: type.ext } : null
}

const knownType = (sniffed: SniffedType): KnownType | undefined => KNOWN_TYPES.find((type) => type.mime === sniffed.mime)

/** Whether a declared MIME type (parameters such as `; charset` ignored) names the sniffed type. */
export const declaredTypeMatches = (sniffed: SniffedType, declared: string | undefined): boolean => {
  const essence = (declared ?? '').split(';')[0].trim().toLowerCase()
  const type = knownType(sniffed)
  return Boolean(type && (essence === type.mime || type.aliases.includes(essence)))
}

/** Whether a file extension (without the dot, any case) is one people use for the sniffed type. */
export const extensionMatches = (sniffed: SniffedType, extension: string): boolean =>
  Boolean(knownType(sniffed)?.extensions.includes(extension.toLowerCase()))
