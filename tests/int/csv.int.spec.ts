import { describe, expect, it } from 'vitest'

import { parseInvitationCsv } from '@/lib/csv/invitationRows'
import { CsvSyntaxError, parseCsv } from '@/lib/csv/parse'
import { CSV_BOM, csvRow, csvStream, type CsvCell } from '@/lib/csv/write'

// Pure unit tests: no database, no Payload, just the CSV functions.

const cellsOf = (text: string) => parseCsv(text).rows.map((row) => row.cells)

const readAll = async (stream: ReadableStream<Uint8Array>): Promise<Uint8Array> => {
  const bytes: number[] = []
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Uint8Array.from(bytes)
    bytes.push(...value)
  }
}

describe('parseCsv', () => {
  it('strips a leading BOM so the first header is not "\\uFEFFname"', () => {
    expect(cellsOf('\uFEFFname,email\nAna,ana@example.org')).toEqual([
      ['name', 'email'],
      ['Ana', 'ana@example.org'],
    ])
  })

  it('accepts CRLF, LF and CR line endings with the right line numbers', () => {
    const { rows } = parseCsv('a,b\r\nc,d\ne,f\rg,h\r\n')
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
      { line: 3, cells: ['e', 'f'] },
      { line: 4, cells: ['g', 'h'] },
    ])
  })

  it('reads quoted commas, doubled quotes and newlines, and numbers lines from where a record starts', () => {
    const text = 'name,note\r\n"Núñez, José","He said ""hola"""\r\n"Ana","line one\r\nline two\nline three"\r\nLuis,plain\r\n'
    expect(parseCsv(text).rows).toEqual([
      { line: 1, cells: ['name', 'note'] },
      { line: 2, cells: ['Núñez, José', 'He said "hola"'] },
      { line: 3, cells: ['Ana', 'line one\r\nline two\nline three'] },
      { line: 6, cells: ['Luis', 'plain'] },
    ])
  })

  it('skips completely empty records but keeps counting their lines', () => {
    expect(parseCsv('a,b\n\n,\n  ,  \nc,d\n').rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 5, cells: ['c', 'd'] },
    ])
  })

  it('keeps empty cells inside a record that is not empty', () => {
    expect(cellsOf('a,,c,\n')).toEqual([['a', '', 'c', '']])
  })

  it('detects semicolon-delimited files from the header line', () => {
    expect(cellsOf('nombre;correo\n"Peña, María";maria@example.es\n')).toEqual([
      ['nombre', 'correo'],
      ['Peña, María', 'maria@example.es'],
    ])
  })

  it('stays comma-delimited when semicolons only appear inside quotes', () => {
    expect(cellsOf('"a;b;c",d\n"e;f",g\n')).toEqual([
      ['a;b;c', 'd'],
      ['e;f', 'g'],
    ])
  })

  it('throws CsvSyntaxError with the line where an unterminated quote opens', () => {
    const text = 'name,email\nAna,ana@example.org\n"Bob,bob@example.org\nCarla,carla@example.org\n'
    let caught: unknown
    try {
      parseCsv(text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(CsvSyntaxError)
    expect((caught as CsvSyntaxError).line).toBe(3)
  })

  it('numbers lines past blank lines before the header and CRLFs inside quotes', () => {
    expect(parseCsv('\r\n\r\nnombre;nota\r\n"Ana";"uno\r\ndos"\r\nLuis;x').rows).toEqual([
      { line: 3, cells: ['nombre', 'nota'] },
      { line: 4, cells: ['Ana', 'uno\r\ndos'] },
      { line: 6, cells: ['Luis', 'x'] },
    ])
  })

  it('puts an unterminated quote after a multi-line record on the right line', () => {
    expect(() => parseCsv('a,b\n"x\r\ny",z\n"open,b\n')).toThrow(expect.objectContaining({ line: 4 }))
  })

  it('keeps text after a closing quote rather than failing the file', () => {
    expect(cellsOf('"abc"def,x\n')).toEqual([['"abc"def', 'x']])
  })
})

describe('csvRow', () => {
  it('ends every record with CRLF and leaves plain cells alone', () => {
    expect(csvRow(['Ana', 3, true])).toBe('Ana,3,true\r\n')
  })

  it('quotes cells with quotes, commas, semicolons, line breaks or edge spaces, doubling quotes', () => {
    expect(csvRow(['say "hi"', 'a,b', 'a;b', 'a\nb', 'a\rb', ' lead', 'trail ', 'in side'])).toBe(
      '"say ""hi""","a,b","a;b","a\nb","a\rb"," lead","trail ",in side\r\n',
    )
  })

  it('writes Dates as ISO 8601 and null or undefined as empty', () => {
    expect(csvRow([new Date('2026-03-01T12:00:00Z'), null, undefined, 'x'])).toBe('2026-03-01T12:00:00.000Z,,,x\r\n')
  })

  it('neutralises formula injection in strings but not in numbers', () => {
    expect(csvRow(['=SUM(A1:A9)', '+1', '-1', '@cmd', '\tx', -5, 'a=b'])).toBe("'=SUM(A1:A9),'+1,'-1,'@cmd,'\tx,-5,a=b\r\n")
    expect(csvRow(['\r=1'])).toBe(`"'\r=1"\r\n`)
  })

  it('writes booleans as words and an invalid Date as empty', () => {
    expect(csvRow([false, true, new Date('nope'), ''])).toBe('false,true,,\r\n')
  })

  it('round-trips accents, ñ, commas, quotes and newlines through parseCsv', () => {
    const rows: string[][] = [
      ['name', 'email', 'note'],
      ['José Núñez', 'jose@example.es', 'Dijo "¡olé!", y se fue'],
      ['María-José Peña', 'maria@example.es', 'primera línea\r\nsegunda; línea\ntercera'],
      ['Ñandú Ibáñez', '', ' espacios '],
    ]
    const text = CSV_BOM + rows.map((row) => csvRow(row)).join('')
    expect(cellsOf(text)).toEqual(rows)
  })
})

describe('csvStream', () => {
  const expected = 'name,score\r\nJosé Núñez,9\r\n"Peña, María",10\r\n'

  it('starts with the UTF-8 BOM bytes and decodes to the header and rows', async () => {
    const bytes = await readAll(
      csvStream(['name', 'score'], [
        ['José Núñez', 9],
        ['Peña, María', 10],
      ]),
    )
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(CSV_BOM + expected)
  })

  it('pulls rows from an async generator', async () => {
    async function* rows(): AsyncGenerator<CsvCell[]> {
      yield ['José Núñez', 9]
      await Promise.resolve()
      yield ['Peña, María', 10]
    }
    const bytes = await readAll(csvStream(['name', 'score'], rows()))
    expect(new TextDecoder().decode(bytes)).toBe(expected)
  })

  it('does not read rows nobody asked for, and lets the generator clean up on cancel', async () => {
    let produced = 0
    let cleanedUp = false
    async function* endless(): AsyncGenerator<CsvCell[]> {
      try {
        for (;;) {
          produced++
          yield [produced]
        }
      } finally {
        cleanedUp = true
      }
    }
    const reader = csvStream(['n'], endless()).getReader()
    await reader.read()
    await reader.read()
    await reader.cancel()
    expect(produced).toBeLessThan(100_000)
    expect(cleanedUp).toBe(true)
  })
})

describe('parseInvitationCsv', () => {
  it('reports exactly the bad line among six rows and returns the other five', () => {
    const text = [
      'Name,Email,Cohort',
      'Ana Ruiz,ana@example.org,Spring',
      'Bob Lee,bob@example.org,',
      'Carla Díaz,  Carla@Example.ORG ,Spring',
      'Dan Wu,bob@,Spring',
      'Eva Gómez,eva@example.org,Autumn',
      'Fran Soto,fran@example.org,',
    ].join('\r\n')
    const { valid, errors } = parseInvitationCsv(text)
    expect(errors).toMatchObject([{ line: 5, reason: 'Email "bob@" is not a valid address.' }])
    expect(valid.map((row) => row.line)).toEqual([2, 3, 4, 6, 7])
    expect(valid[0]).toEqual({ line: 2, name: 'Ana Ruiz', email: 'ana@example.org', cohort: 'Spring' })
    expect(valid[1].cohort).toBeUndefined()
    expect(valid[2].email).toBe('carla@example.org')
  })

  it('accepts Spanish headers with or without accents, in any case, semicolon-delimited', () => {
    const text = '\uFEFFNombre Completo;Correo Electrónico;GRUPO\r\nJosé Núñez;jose@example.es;Norte\r\nMaría-José Peña;MARIA@example.es;\r\n'
    const { valid, errors } = parseInvitationCsv(text)
    expect(errors).toEqual([])
    expect(valid).toEqual([
      { line: 2, name: 'José Núñez', email: 'jose@example.es', cohort: 'Norte' },
      { line: 3, name: 'María-José Peña', email: 'maria@example.es', cohort: undefined },
    ])
    expect(parseInvitationCsv('nombre,correo electronico\nAna,ana@example.es\n').valid).toHaveLength(1)
  })

  it('needs a name and an email header', () => {
    const { valid, errors } = parseInvitationCsv('full name,phone\nAna,555\n')
    expect(valid).toEqual([])
    expect(errors).toHaveLength(1)
    expect(errors[0].line).toBe(1)
  })

  it('says when a name is missing', () => {
    const { errors } = parseInvitationCsv('name,email\n  ,ana@example.org\n')
    expect(errors).toMatchObject([{ line: 2, reason: 'Name is missing.' }])
  })

  it('flags a repeated email on the later line, whatever its case', () => {
    const { valid, errors } = parseInvitationCsv('name,email\nAna,ana@example.org\nBob,x@y.org\nBeto,X@Y.org\n')
    expect(valid.map((row) => row.email)).toEqual(['ana@example.org', 'x@y.org'])
    expect(errors).toMatchObject([{ line: 4, reason: 'Email x@y.org appears again (first on line 3).' }])
  })

  it('accepts 1000 rows and refuses 1001', () => {
    const file = (count: number) =>
      ['name,email', ...Array.from({ length: count }, (_, i) => `Person ${i},person${i}@example.org`)].join('\n')
    expect(parseInvitationCsv(file(1000)).valid).toHaveLength(1000)
    expect(parseInvitationCsv(file(1001))).toEqual({
      valid: [],
      errors: [{ line: 1, reason: 'The file has more than 1000 rows; split it into smaller files.', code: 'tooManyRows', values: { max: 1000 } }],
    })
  })

  it('turns an unterminated quote into an error on its line', () => {
    const { valid, errors } = parseInvitationCsv('name,email\nAna,ana@example.org\n"Bob,bob@example.org\n')
    expect(valid).toEqual([])
    expect(errors).toHaveLength(1)
    expect(errors[0].line).toBe(3)
  })
})
