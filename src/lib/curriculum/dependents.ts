import type { SqlQuery } from '@/lib/db'
import type { CurriculumCollection } from '@/lib/language/documentText'

/** What refers to a module, lesson or quiz and would be broken by deleting it. */
export interface Dependents {
  progress: number
  quizAttempts: number
  certificates: number
  assignments: number
  paths: number
  lessons: number
  quizzes: number
}

/** One count per kind of record that points at the document, in one statement (inside the caller's transaction). */
const COUNTS: Record<CurriculumCollection, string> = {
  modules: `select (select count(*) from progress where module_id = $1)::int as progress,
                   (select count(*) from quiz_attempts where module_id = $1)::int as "quizAttempts",
                   (select count(*) from certificates where module_id = $1)::int as certificates,
                   (select count(*) from assignments where module_id = $1)::int as assignments,
                   (select count(distinct parent_id) from paths_rels where modules_id = $1)::int as paths,
                   (select count(*) from lessons where module_id = $1)::int as lessons,
                   (select count(*) from quizzes where module_id = $1)::int as quizzes`,
  lessons: `select (select count(*) from progress where lesson_id = $1)::int as progress,
                   (select count(*) from quizzes where lesson_id = $1)::int as quizzes`,
  quizzes: `select (select count(*) from quiz_attempts where quiz_id = $1)::int as "quizAttempts"`,
}

const NONE: Dependents = { progress: 0, quizAttempts: 0, certificates: 0, assignments: 0, paths: 0, lessons: 0, quizzes: 0 }

export const countDependents = async (sql: SqlQuery, collection: CurriculumCollection, id: number | string): Promise<Dependents> => {
  const rows = await sql<Partial<Dependents>[]>(COUNTS[collection], [id])
  return { ...NONE, ...rows[0] }
}

const NOUN: Record<CurriculumCollection, string> = { modules: 'module', lessons: 'lesson', quizzes: 'quiz' }

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** "a, b and c" */
const listed = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`)

/**
 * Why a document may not be deleted, in words a trainer can act on, or null
 * when nothing depends on it. Learner records come first: they are never
 * deleted with the curriculum, so the way out is to unpublish it.
 */
export const deletionRefusal = (collection: CurriculumCollection, dependents: Dependents): string | null => {
  const noun = NOUN[collection]
  const { progress, quizAttempts, certificates, assignments, paths, lessons, quizzes } = dependents

  if (collection === 'lessons' && progress > 0) {
    return `This lesson has learner progress (${counted(progress, 'record', 'records')}) and cannot be deleted; unpublish it instead.`
  }
  if (collection === 'quizzes' && quizAttempts > 0) {
    return `This quiz has learner attempts (${counted(quizAttempts, 'attempt', 'attempts')}) and cannot be deleted; unpublish it instead.`
  }
  const records = [
    progress > 0 ? counted(progress, 'progress record', 'progress records') : null,
    quizAttempts > 0 ? counted(quizAttempts, 'quiz attempt', 'quiz attempts') : null,
    certificates > 0 ? counted(certificates, 'certificate', 'certificates') : null,
  ].filter((part): part is string => part !== null)
  if (records.length > 0) return `This ${noun} has learner records (${listed(records)}) and cannot be deleted; unpublish it instead.`

  const plans = [
    assignments > 0 ? counted(assignments, 'assignment', 'assignments') : null,
    paths > 0 ? counted(paths, 'onboarding path', 'onboarding paths') : null,
  ].filter((part): part is string => part !== null)
  if (plans.length > 0) {
    return `This ${noun} is used by ${listed(plans)} and cannot be deleted; remove it from them first, or unpublish it instead.`
  }

  if (collection === 'lessons' && quizzes > 0) {
    return `This lesson has ${counted(quizzes, 'quiz', 'quizzes')} attached and cannot be deleted; delete the quiz or attach it to another lesson first.`
  }
  const content = [
    lessons > 0 ? counted(lessons, 'lesson', 'lessons') : null,
    quizzes > 0 ? counted(quizzes, 'quiz', 'quizzes') : null,
  ].filter((part): part is string => part !== null)
  if (content.length > 0) return `This module still has ${listed(content)} and cannot be deleted; delete them first, or unpublish it instead.`

  return null
}
