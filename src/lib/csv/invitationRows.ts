import { z } from 'zod'

import { CsvSyntaxError, parseCsv } from './parse'

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

const Row = z.object({
  name: z.string().trim().min(1, 'Name is missing.').max(120, 'Name is longer than 120 characters.'),
  email: z.string().trim().toLowerCase().max(254, 'Email is longer than 254 characters.'),
  cohort: z
    .string()
    .trim()
    .max(120, 'Cohort name is longer than 120 characters.')
    .transform((value) => value || undefined),
})

/**
 * Reads a manager's CSV of people to invite: a header row names the columns
 * (English or Spanish); every bad row is reported by line with a reason, and
 * the good rows are returned.
 */
export const parseInvitationCsv = (text: string): { valid: InvitationRow[]; errors: { line: number; reason: string }[] } => {
  let records
  try {
    records = parseCsv(text).rows
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { valid: [], errors: [{ line: error.line, reason: `${error.message} Check the quotes on this line.` }] }
    throw error
  }
  const [header, ...data] = records
  const columns = header ? header.cells.map(fold) : []
  const index = (names: string[]) => columns.findIndex((column) => names.includes(column))
  const nameAt = index(HEADERS.name)
  const emailAt = index(HEADERS.email)
  const cohortAt = index(HEADERS.cohort)
  if (nameAt < 0 || emailAt < 0) {
    return { valid: [], errors: [{ line: header?.line ?? 1, reason: 'The first row must name the columns: name, email and, optionally, cohort.' }] }
  }
  if (data.length > MAX_INVITATION_ROWS) {
    return { valid: [], errors: [{ line: 1, reason: `The file has more than ${MAX_INVITATION_ROWS} rows; split it into smaller files.` }] }
  }

  const valid: InvitationRow[] = []
  const errors: { line: number; reason: string }[] = []
  const firstLine = new Map<string, number>()
  for (const { line, cells } of data) {
    const parsed = Row.safeParse({ name: cells[nameAt] ?? '', email: cells[emailAt] ?? '', cohort: cohortAt >= 0 ? (cells[cohortAt] ?? '') : '' })
    if (!parsed.success) {
      errors.push({ line, reason: parsed.error.issues.map((issue) => issue.message).join(' ') })
      continue
    }
    const { email } = parsed.data
    if (!email) {
      errors.push({ line, reason: 'Email is missing.' })
    } else if (!z.email().safeParse(email).success) {
      errors.push({ line, reason: `Email "${email}" is not a valid address.` })
    } else if (firstLine.has(email)) {
      errors.push({ line, reason: `Email ${email} appears again (first on line ${firstLine.get(email)}).` })
    } else {
      firstLine.set(email, line)
      valid.push({ line, ...parsed.data })
    }
  }
  return { valid, errors }
}
