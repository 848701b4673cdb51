export type CsvCell = string | number | boolean | null | undefined | Date

/** Without it Excel opens UTF-8 as the legacy code page and "José Núñez" turns into mojibake. */
export const CSV_BOM = '\uFEFF'

/** Cells a spreadsheet would run as a formula (OWASP CSV injection); a leading `'` makes them text. */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/

/** Also quote `;` so files stay readable when a Spanish-locale spreadsheet splits on semicolons. */
const SPECIAL_CHARACTER = /[",;\r\n]/

/** Flush to the stream in chunks of about this many characters rather than one tiny chunk per row. */
const CHUNK_CHARACTERS = 64 * 1024

const cellText = (cell: CsvCell): string => {
  if (cell === null || cell === undefined) return ''
  // An invalid Date would throw in toISOString and abort a whole export over one bad value.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString()
  if (typeof cell === 'string') return FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell
  return String(cell)
}

const needsQuotes = (text: string) => SPECIAL_CHARACTER.test(text) || text.startsWith(' ') || text.endsWith(' ')

const quoted = (text: string) => (needsQuotes(text) ? `"${text.replaceAll('"', '""')}"` : text)

/** One CRLF-terminated RFC 4180 record. */
export const csvRow = (cells: CsvCell[]): string => `${cells.map((cell) => quoted(cellText(cell))).join(',')}\r\n`

type RowSource = AsyncIterable<CsvCell[]> | Iterable<CsvCell[]>

const iteratorOf = (rows: RowSource): AsyncIterator<CsvCell[]> | Iterator<CsvCell[]> =>
  Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]()

/**
 * BOM + header + rows as UTF-8. Rows are pulled only when the consumer asks for more, so a large
 * export never sits in memory and a slow client applies back-pressure to the database query.
 */
export const csvStream = (header: string[], rows: RowSource): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder()
  let iterator: AsyncIterator<CsvCell[]> | Iterator<CsvCell[]> | undefined

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!iterator) {
        iterator = iteratorOf(rows)
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)))
        return
      }
      let chunk = ''
      while (chunk.length < CHUNK_CHARACTERS) {
        const next = await iterator.next()
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk))
          controller.close()
          return
        }
        chunk += csvRow(next.value)
      }
      controller.enqueue(encoder.encode(chunk))
    },
    // A client that disconnects should let a generator run its `finally` (close cursors and such).
    async cancel(reason) {
      await iterator?.return?.(reason)
    },
  })
}
