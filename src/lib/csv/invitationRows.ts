import { z } from 'zod'

import { CsvSyntaxError, parseCsv } from './parse'
import { type RowProblem, type RowProblemCode, rowProblem } from './rowProblems'

export interface InvitationRow {
  line: number
  name: string
  email: string
  cohort?: string
}

export const MAX_INVITATION_ROWS = 1000

const HEADERS = {
  name: ['name', 'full name', 'nombre', 'nombre completo'],
  email: ['email', 'e-mail', 'correo', 'correo electronico'],
  cohort: ['cohort', 'cohorte', 'grupo'],
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase()

// Each message is the problem's code, turned into a sentence by rowProblem.
const Row = z.object({
  name: z.string().trim().min(1, 'nameMissing').max(120, 'nameTooLong'),
  email: z.string().trim().toLowerCase().max(254, 'emailTooLong'),
  cohort: z
    .string()
    .trim()
    .max(120, 'cohortTooLong')
    .transform((value) => value || undefined),
})

/**
 * Reads a manager's CSV of people to invite: a header row names the columns
 * (English or Spanish); every bad row is reported by line with a reason, and
 * the good rows are returned.
 */
export const parseInvitationCsv = (text: string): { valid: InvitationRow[]; errors: RowProblem[] } => {
  let records
  try {
    records = parseCsv(text).rows
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { valid: [], errors: [rowProblem(error.line, 'syntax')] }
    throw error
  }
  const [header, ...data] = records
  const columns = header ? header.cells.map(fold) : []
  const index = (names: string[]) => columns.findIndex((column) => names.includes(column))
  const nameAt = index(HEADERS.name)
  const emailAt = index(HEADERS.email)
  const cohortAt = index(HEADERS.cohort)
  if (nameAt < 0 || emailAt < 0) {
    return { valid: [], errors: [rowProblem(header?.line ?? 1, 'headerMissing')] }
  }
  if (data.length > MAX_INVITATION_ROWS) {
    return { valid: [], errors: [rowProblem(1, 'tooManyRows', { max: MAX_INVITATION_ROWS })] }
  }

  const valid: InvitationRow[] = []
  const errors: RowProblem[] = []
  const firstLine = new Map<string, number>()
  for (const { line, cells } of data) {
    const parsed = Row.safeParse({ name: cells[nameAt] ?? '', email: cells[emailAt] ?? '', cohort: cohortAt >= 0 ? (cells[cohortAt] ?? '') : '' })
    if (!parsed.success) {
      errors.push(rowProblem(line, parsed.error.issues[0].message as RowProblemCode))
      continue
    }
    const { email } = parsed.data
    if (!email) {
      errors.push(rowProblem(line, 'emailMissing'))
    } else if (!z.email().safeParse(email).success) {
      errors.push(rowProblem(line, 'emailInvalid', { email }))
    } else if (firstLine.has(email)) {
      errors.push(rowProblem(line, 'emailDuplicate', { email, first: firstLine.get(email)! }))
    } else {
      firstLine.set(email, line)
      valid.push({ line, ...parsed.data })
    }
  }
  return { valid, errors }
}
