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

/** Length of the line break at `index`: CRLF is one break, not two, or line numbers drift. */
const lineBreakLength = (text: string, index: number) => (text[index] === '\r' && text[index + 1] === '\n' ? 2 : 1)

/**
 * Spreadsheets in Spanish (and other decimal-comma) locales save "CSV" with `;`, so the header line
 * decides: more semicolons than commas outside quotes means semicolon-delimited.
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

/**
 * RFC 4180 parser that also tolerates what real spreadsheet exports do: a BOM, LF or CR line
 * endings, `;` delimiters. Text after a closing quote is kept rather than rejected, because a
 * manager cannot easily fix that in Excel; only an unclosed quote is fatal, since it swallows the
 * rest of the file.
 */
export const parseCsv = (input: string): ParsedCsv => {
  const text = input.startsWith(BOM) ? input.slice(1) : input
  const delimiter = detectDelimiter(text)
  const rows: CsvRecord[] = []

  let cells: string[] = []
  let field = ''
  let atFieldStart = true
  let line = 1
  let recordLine = 1
  let index = 0

  const finishRecord = () => {
    cells.push(field)
    if (!isBlankRecord(cells)) rows.push({ line: recordLine, cells })
    cells = []
    field = ''
    atFieldStart = true
  }

  while (index < text.length) {
    const char = text[index]

    if (atFieldStart && char === '"') {
      const openedOn = line
      index++
      for (;;) {
        if (index >= text.length) {
          throw new CsvSyntaxError(`A quoted value that starts on line ${openedOn} is never closed.`, openedOn)
        }
        const quoted = text[index]
        if (quoted === '"') {
          if (text[index + 1] === '"') {
            field += '"'
            index += 2
            continue
          }
          index++
          break
        }
        if (isLineBreak(quoted)) {
          const length = lineBreakLength(text, index)
          field += text.slice(index, index + length)
          index += length
          line++
          continue
        }
        field += quoted
        index++
      }
      atFieldStart = false
      continue
    }

    if (char === delimiter) {
      cells.push(field)
      field = ''
      atFieldStart = true
      index++
      continue
    }

    if (isLineBreak(char)) {
      index += lineBreakLength(text, index)
      finishRecord()
      line++
      recordLine = line
      continue
    }

    field += char
    atFieldStart = false
    index++
  }

  finishRecord()
  return { rows }
}
