/**
 * Why a CSV row was not invited: a code and values the manager pages translate,
 * and the English sentence for logs, the API and anything without a translation.
 */
export const ROW_PROBLEMS = {
  syntax: () => 'A quoted field is never closed. Check the quotes on this line.',
  headerMissing: () => 'The first row must name the columns: name, email and, optionally, cohort.',
  tooManyRows: ({ max }: { max: number }) => `The file has more than ${max} rows; split it into smaller files.`,
  nameMissing: () => 'Name is missing.',
  nameTooLong: () => 'Name is longer than 120 characters.',
  emailMissing: () => 'Email is missing.',
  emailTooLong: () => 'Email is longer than 254 characters.',
  emailInvalid: ({ email }: { email: string }) => `Email "${email}" is not a valid address.`,
  emailDuplicate: ({ email, first }: { email: string; first: number }) => `Email ${email} appears again (first on line ${first}).`,
  cohortTooLong: () => 'Cohort name is longer than 120 characters.',
}

export type RowProblemCode = keyof typeof ROW_PROBLEMS

export interface RowProblem {
  line: number
  reason: string
  code?: RowProblemCode
  values?: Record<string, string | number>
}

export const rowProblem = <C extends RowProblemCode>(
  line: number,
  code: C,
  ...values: Parameters<(typeof ROW_PROBLEMS)[C]>
): RowProblem => {
  const reason = (ROW_PROBLEMS[code] as (values?: unknown) => string)(values[0])
  return values[0] ? { line, reason, code, values: values[0] as Record<string, string | number> } : { line, reason, code }
}
