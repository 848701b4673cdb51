import { CsvError, type Options, parse } from 'csv-parse/sync'

export interface CsvRecord {
  /** 1-based physical line where the record starts, so problems can be pointed at in a spreadsheet. */
  line: number
  cells: string[]
}

export interface ParsedCsv {
  rows: CsvRecord[]
}

export class CsvSyntaxError extends Error {
  readonly line: number

  constructor(message: string, line: number) {
    super(message)
    this.name = 'CsvSyntaxError'
    this.line = line
  }
}

type Delimiter = ',' | ';'

const BOM = '\uFEFF'

const isLineBreak = (char: string | undefined) => char === '\r' || char === '\n'

/**
 * Spreadsheets in Spanish (and other decimal-comma) locales save "CSV" with `;`, so the header line
 * decides: more semicolons than commas outside quotes means semicolon-delimited. Hand-written because
 * csv-parse's `delimiter_auto` scores character frequency over the first 2 KB and throws on a quoted
 * header field such as `"a;b",c`.
 */
const detectDelimiter = (text: string): Delimiter => {
  let commas = 0
  let semicolons = 0
  let inQuotes = false
  let seenContent = false
  for (const char of text) {
    if (char === '"') {
      inQuotes = !inQuotes
      seenContent = true
      continue
    }
    if (inQuotes) continue
    if (isLineBreak(char)) {
      if (seenContent) break
      continue
    }
    seenContent = true
    if (char === ',') commas++
    else if (char === ';') semicolons++
  }
  return semicolons > commas ? ';' : ','
}

const isBlankRecord = (cells: string[]) => cells.every((cell) => cell.trim() === '')

/** CRLF is one break, not two, or line numbers drift. */
const lineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0

/** What csv-parse hands `on_record` when `raw: true`: the cells and the record's source text. */
interface RawRecord {
  record: string[]
  raw: string
}

/**
 * RFC 4180 parsing by csv-parse, tolerant of what real spreadsheet exports do: a BOM, CRLF, LF or
 * CR line endings (even mixed), `;` delimiters, ragged rows. With `relax_quotes`, text after a
 * closing quote (`"a"b`) is kept verbatim rather than rejected, because a manager cannot easily fix
 * that in Excel; only an unclosed quote is fatal, since it swallows the rest of the file.
 */
export const parseCsv = (input: string): ParsedCsv => {
  // Line where the record being parsed starts. Counted from each record's raw text because
  // csv-parse's own `info.lines` counts a CRLF inside a quoted field as two lines. Blank lines are
  // not skipped by csv-parse (they are dropped here) so every line passes through this count.
  let line = 1
  const options: Options<CsvRecord | null, RawRecord> = {
    bom: true,
    delimiter: detectDelimiter(input.startsWith(BOM) ? input.slice(1) : input),
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    raw: true,
    on_record: ({ record, raw }) => {
      const start = line
      line += lineBreaks(raw)
      return isBlankRecord(record) ? null : { line: start, cells: record }
    },
  }
  try {
    // The sync typings know only string[][] without `columns`; at run time the records are what
    // `on_record` returned.
    return { rows: parse(input, options as unknown as Options) as unknown as CsvRecord[] }
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // Reported at the record's first line: csv-parse does not say where the open quote was.
      throw new CsvSyntaxError(`A quoted value in the record starting on line ${line} is never closed.`, line)
    }
    throw error
  }
}
