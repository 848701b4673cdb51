import type { Payload } from 'payload'
import type { Pool } from 'pg'

import type { Module } from '@/payload-types'

import { TOOLKIT_AREAS } from '../../collections/Modules'
import { TOOLKIT_PATH_SLUG } from '../../seed/paths'
import { LESSONS_PER_SCALE_MODULE, SCALE_NOTE, SCALE_QUIZ_MAX_ATTEMPTS, lessonSlug, moduleSlug, quizSlug } from './markers'

export interface RankedLesson {
  id: number
  moduleId: number
}

export interface GradedModule {
  moduleId: number
  quizId: number
  maxAttempts: number
  /** 1-based position of the module's last lesson in the ranked lesson list. */
  lastRank: number
}

export interface Toolkit {
  pathId: number
  lessons: RankedLesson[]
  modules: GradedModule[]
}

/** The shared toolkit path, its published lessons in learning order, and each module's quiz. */
export const readToolkit = async (pool: Pool): Promise<Toolkit | null> => {
  const path = await pool.query<{ id: number }>('select id from paths where slug = $1', [TOOLKIT_PATH_SLUG])
  if (!path.rows[0]) return null
  const pathId = path.rows[0].id
  const lessons = await pool.query<{ id: number; module_id: number }>(
    `select l.id, l.module_id from paths_rels r
     join lessons l on l.module_id = r.modules_id and l._status = 'published'
     where r.parent_id = $1 and r.path = 'modules'
     order by r."order", l."order", l.id`,
    [pathId],
  )
  const quizzes = await pool.query<{ id: number; module_id: number; max_attempts: number }>(
    `select distinct on (q.module_id) q.id, q.module_id, q.max_attempts::int as max_attempts
     from quizzes q join paths_rels r on r.modules_id = q.module_id and r.parent_id = $1 and r.path = 'modules'
     where q._status = 'published' and q.lesson_id is null order by q.module_id, q.id`,
    [pathId],
  )
  const ranked = lessons.rows.map((row) => ({ id: row.id, moduleId: row.module_id }))
  const modules = quizzes.rows.map((quiz) => ({
    moduleId: quiz.module_id,
    quizId: quiz.id,
    maxAttempts: quiz.max_attempts,
    lastRank: ranked.map((lesson) => lesson.moduleId).lastIndexOf(quiz.module_id) + 1,
  }))
  return { pathId, lessons: ranked, modules: modules.filter((module) => module.lastRank > 0) }
}

const quizQuestions = () => [
  {
    type: 'single' as const,
    prompt: 'Which practice keeps a peer relationship mutual?',
    choices: [
      { text: 'Sharing lived experience when it helps the person', isCorrect: true },
      { text: 'Deciding goals on the person’s behalf', isCorrect: false },
      { text: 'Avoiding any talk about recovery', isCorrect: false },
    ],
  },
  {
    type: 'true-false' as const,
    prompt: 'Peer support workers follow a code of ethics.',
    choices: [
      { text: 'True', isCorrect: true },
      { text: 'False', isCorrect: false },
    ],
  },
]

/**
 * Synthetic published modules, a few hundred documents at most, made through
 * the Local API so versions, locales and hooks are exactly what the admin
 * would have written. They are private to `organization` (the benchmark's
 * anchor organization) so no real learner's catalog changes.
 */
export const createScaleCurriculum = async (payload: Payload, count: number, organization: number): Promise<RankedLesson[]> => {
  const lessons: RankedLesson[] = []
  for (let k = 1; k <= count; k++) {
    const module = await payload.create({
      collection: 'modules',
      data: {
        title: `Scale module ${k}`,
        slug: moduleSlug(k),
        summary: `${SCALE_NOTE}: synthetic module ${k}.`,
        order: 100 + k,
        area: TOOLKIT_AREAS[(k - 1) % TOOLKIT_AREAS.length].value as Module['area'],
        organization,
        _status: 'published',
      },
    })
    for (let j = 1; j <= LESSONS_PER_SCALE_MODULE; j++) {
      const lesson = await payload.create({
        collection: 'lessons',
        data: { title: `Scale lesson ${k}.${j}`, slug: lessonSlug(k, j), module: module.id, order: j, summary: SCALE_NOTE, _status: 'published' },
      })
      lessons.push({ id: lesson.id, moduleId: module.id })
    }
    await payload.create({
      collection: 'quizzes',
      data: {
        title: `Scale quiz ${k}`,
        slug: quizSlug(k),
        module: module.id,
        passingScore: 50,
        maxAttempts: SCALE_QUIZ_MAX_ATTEMPTS,
        // The submit benchmark keeps submitting after a pass.
        retakeAfterPass: true,
        review: 'feedback',
        questions: quizQuestions(),
        _status: 'published',
      },
    })
  }
  return lessons
}
