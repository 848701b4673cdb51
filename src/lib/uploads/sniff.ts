/**
 * Recognises the few file types PeerPath accepts from the bytes themselves,
 * so neither a file's name nor its declared MIME type can vouch for what it
 * really is. Detection is file-type's; anything it does not name as one of the
 * types below (HTML, SVG, executables, archives, empty files) is unknown, and
 * unknown means refused.
 */
import { fileTypeFromBuffer } from 'file-type'

export interface SniffedType {
  mime: string
  ext: string
}

interface KnownType extends SniffedType {
  /** Checks file-type does not make for this type; it has already matched the signature. */
  confirms?: (bytes: Uint8Array) => boolean
  /** Extensions people really use for this type; the first is `ext`. */
  extensions: string[]
  /** MIME labels browsers and tools put on this type besides `mime`. */
  aliases: string[]
}

const hasBytesAt = (bytes: Uint8Array, expected: readonly number[], offset: number): boolean =>
  bytes.length >= offset + expected.length && expected.every((byte, index) => bytes[offset + index] === byte)

const latin1 = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to))

// file-type calls any `ftyp` brand it does not know MP4; only these major brands are plain MP4 video.
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash'])

/** Keyed by file-type's `ext`. */
const KNOWN_TYPES: Record<string, KnownType> = {
  jpg: { mime: 'image/jpeg', ext: 'jpg', extensions: ['jpg', 'jpeg'], aliases: ['image/jpg', 'image/pjpeg'] },
  png: { mime: 'image/png', ext: 'png', extensions: ['png'], aliases: [] },
  // file-type matches only `GIF`; a real GIF names its version.
  gif: { mime: 'image/gif', ext: 'gif', extensions: ['gif'], aliases: [], confirms: (bytes) => ['GIF87a', 'GIF89a'].includes(latin1(bytes, 0, 6)) },
  webp: { mime: 'image/webp', ext: 'webp', extensions: ['webp'], aliases: [] },
  // file-type matches `%PDF`; every PDF header goes on to `-` and the version.
  pdf: { mime: 'application/pdf', ext: 'pdf', extensions: ['pdf'], aliases: [], confirms: (bytes) => latin1(bytes, 0, 5) === '%PDF-' },
  mp4: { mime: 'video/mp4', ext: 'mp4', extensions: ['mp4'], aliases: [], confirms: (bytes) => MP4_BRANDS.has(latin1(bytes, 8, 12)) },
}
// An animated PNG is still a PNG to browsers, tools and the declared type; file-type tells them apart.
KNOWN_TYPES.apng = KNOWN_TYPES.png

/**
 * file-type looks past a leading UTF-8 BOM or ID3 tag and names the file
 * behind it, but an image behind either is not an image to anything that
 * opens it, only a way to smuggle other bytes in front; such files are refused.
 */
const SKIPPED_PREFIXES = [[0xef, 0xbb, 0xbf], [0x49, 0x44, 0x33]]

const ZIP_END_RECORD = [0x50, 0x4b, 0x05, 0x06]
const ZIP_END_RECORD_SIZE = 22
const ZIP_MAX_COMMENT = 0xffff

/**
 * ZIP readers look for the archive's directory at the end of a file, so an
 * image with a ZIP appended (a polyglot, e.g. a "GIFAR") opens as both.
 * Hand-written because file-type reads only the leading signature and would
 * call such a file a plain image. The comment-length check keeps stray bytes
 * in image data from looking like a ZIP end record.
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

/** The file's real type, or null when the bytes are not an accepted type (or also carry a ZIP archive). */
export const sniffFileType = async (bytes: Uint8Array): Promise<SniffedType | null> => {
  if (SKIPPED_PREFIXES.some((prefix) => hasBytesAt(bytes, prefix, 0)) || endsWithZipArchive(bytes)) return null
  // Malformed bytes can make file-type throw; unknown means refused, not a server error.
  const detected = await fileTypeFromBuffer(bytes).catch(() => undefined)
  const type = detected && Object.hasOwn(KNOWN_TYPES, detected.ext) ? KNOWN_TYPES[detected.ext] : undefined
  if (!type || (type.confirms && !type.confirms(bytes))) return null
  return { mime: type.mime, ext: type.ext }
}

const knownType = (sniffed: SniffedType): KnownType | undefined => Object.values(KNOWN_TYPES).find((type) => type.mime === sniffed.mime)

/** Whether a declared MIME type (parameters such as `; charset` ignored) names the sniffed type. */
export const declaredTypeMatches = (sniffed: SniffedType, declared: string | undefined): boolean => {
  const essence = (declared ?? '').split(';')[0].trim().toLowerCase()
  const type = knownType(sniffed)
  return Boolean(type && (essence === type.mime || type.aliases.includes(essence)))
}

/** Whether a file extension (without the dot, any case) is one people use for the sniffed type. */
export const extensionMatches = (sniffed: SniffedType, extension: string): boolean =>
  Boolean(knownType(sniffed)?.extensions.includes(extension.toLowerCase()))
