import { type Options, stringify } from 'csv-stringify/sync'

export type CsvCell = string | number | boolean | null | undefined | Date

/** Without it Excel opens UTF-8 as the legacy code page and "José Núñez" turns into mojibake. */
export const CSV_BOM = '\uFEFF'

/**
 * Cells a spreadsheet would run as a formula (OWASP CSV injection); a leading `'` makes them text.
 * Applied in `cast.string` rather than csv-stringify's `escape_formulas`, which also rewrites
 * full-width ＝＋－＠ and so would change output this guard has always produced.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/

/** Flush to the stream in chunks of about this many characters rather than one tiny chunk per row. */
const CHUNK_CHARACTERS = 64 * 1024

const OPTIONS: Options = {
  record_delimiter: '\r\n',
  // csv-stringify quotes `"`, `,` and the record delimiter; a lone CR or LF needs this too.
  quote_record_delimiter: true,
  // Also quote `;` so files stay readable when a Spanish-locale spreadsheet splits on semicolons,
  // and edge spaces, which spreadsheets trim from unquoted cells.
  quoted_match: [/;/, /^ /, / $/],
  cast: {
    string: (text) => (FORMULA_TRIGGER.test(text) ? `'${text}` : text),
    // The defaults would write `1`/`` and epoch milliseconds.
    boolean: (value) => String(value),
    // An invalid Date would throw in toISOString and abort a whole export over one bad value.
    date: (date) => (Number.isNaN(date.getTime()) ? '' : date.toISOString()),
  },
}

/**
 * The field separator spreadsheet software expects in the reader's language:
 * Spanish locales use the decimal comma, so their spreadsheets split on `;`.
 */
export type CsvDelimiter = ',' | ';'
export const csvDelimiterFor = (locale: string): CsvDelimiter => (locale === 'es' ? ';' : ',')

/** One CRLF-terminated RFC 4180 record. */
export const csvRow = (cells: CsvCell[], delimiter: CsvDelimiter = ','): string => stringify([cells], { ...OPTIONS, delimiter })

type RowSource = AsyncIterable<CsvCell[]> | Iterable<CsvCell[]>

const iteratorOf = (rows: RowSource): AsyncIterator<CsvCell[]> | Iterator<CsvCell[]> =>
  Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]()

/**
 * BOM + header + rows as UTF-8. Rows are pulled only when the consumer asks for more, so a large
 * export never sits in memory and a slow client applies back-pressure to the database query.
 */
export const csvStream = (header: string[], rows: RowSource, delimiter: CsvDelimiter = ','): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder()
  let iterator: AsyncIterator<CsvCell[]> | Iterator<CsvCell[]> | undefined

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!iterator) {
        iterator = iteratorOf(rows)
        controller.enqueue(encoder.encode(stringify([header], { ...OPTIONS, delimiter, bom: true })))
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
        chunk += csvRow(next.value, delimiter)
      }
      controller.enqueue(encoder.encode(chunk))
    },
    // A client that disconnects should let a generator run its `finally` (close cursors and such).
    async cancel(reason) {
      await iterator?.return?.(reason)
    },
  })
}
