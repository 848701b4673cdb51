import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import type { Module, Quiz } from '@/payload-types'

import { isAppError } from '@/lib/errors'
import { submitQuiz } from '@/lib/quiz/submit'
import { api, gql } from '../helpers/api'
import { createUser, uniqueSlug } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/**
 * A quiz keeps its keys: whatever a learner sends, through whichever door,
 * they get back no more than the quiz's review setting allows. Every secret
 * below contains "KEY-", so a leak of any of them is one regular expression.
 */

type Learner = Awaited<ReturnType<typeof createUser>>
type ReviewSetting = 'score' | 'feedback' | 'full'

const FEEDBACK = {
  singleRight: 'KEY-single-right-feedback',
  singleWrong1: 'KEY-single-wrong1-feedback',
  singleWrong2: 'KEY-single-wrong2-feedback',
  tfTrue: 'KEY-tf-true-feedback',
  tfFalse: 'KEY-tf-false-feedback',
  multi1: 'KEY-multi-1-feedback',
  multi2: 'KEY-multi-2-feedback',
  multi3: 'KEY-multi-3-feedback',
}
const NOTES = {
  singleCorrect: 'KEY-single-correct-note',
  singleIncorrect: 'KEY-single-incorrect-note',
  tfIncorrect: 'KEY-tf-incorrect-note',
  shortCorrect: 'KEY-short-correct-note',
  // As the shipped curriculum writes them: the incorrect note gives the answer away.
  shortIncorrect: 'The answer is KEY-accepted-answer (KEY-short-incorrect-note)',
}
const ACCEPTED = 'KEY-accepted-answer'
const ALL_SECRETS = [...Object.values(FEEDBACK), ...Object.values(NOTES), ACCEPTED]
// Key fields with a value (a learner's copy of the quiz has `"acceptedAnswers": null` or `[]`, which is fine).
const KEY_FIELDS = /correctChoiceIds|"acceptedAnswers"\s*:\s*\[\s*[^\]\s]|"isCorrect"\s*:\s*(true|false)|"grading"\s*:\s*\{/

/** The secrets a response carries that `allowed` does not list. */
const leaked = (text: string, allowed: string[] = []) =>
  ALL_SECRETS.filter((secret) => !allowed.includes(secret)).filter((secret) =>
    // The short-answer solution is inside its incorrect note: allowing the note allows it.
    secret === ACCEPTED && allowed.includes(NOTES.shortIncorrect) ? false : text.includes(secret),
  )

const expectNothingBeyond = (text: string, allowed: string[] = [], label = '') => {
  expect(leaked(text, allowed), label).toEqual([])
  expect(text, label).not.toMatch(KEY_FIELDS)
}

const createKeyedQuiz = (payload: Payload, module: Module, review: ReviewSetting) =>
  payload.create({
    collection: 'quizzes',
    data: {
      title: `Keyed quiz (${review})`,
      slug: uniqueSlug('keyed-quiz'),
      module: module.id,
      passingScore: 100,
      maxAttempts: 5,
      review,
      _status: 'published',
      questions: [
        {
          type: 'single',
          prompt: 'Which one?',
          choices: [
            { text: 'Listen first', isCorrect: true, feedback: FEEDBACK.singleRight },
            { text: 'Advise first', isCorrect: false, feedback: FEEDBACK.singleWrong1 },
            { text: 'Refer at once', isCorrect: false, feedback: FEEDBACK.singleWrong2 },
          ],
          correctFeedback: NOTES.singleCorrect,
          incorrectFeedback: NOTES.singleIncorrect,
        },
        {
          type: 'true-false',
          prompt: 'Peer workers diagnose.',
          choices: [
            { text: 'True', isCorrect: false, feedback: FEEDBACK.tfTrue },
            { text: 'False', isCorrect: true, feedback: FEEDBACK.tfFalse },
          ],
          incorrectFeedback: NOTES.tfIncorrect,
        },
        {
          type: 'multiple',
          prompt: 'Which apply?',
          scoring: 'partial',
          choices: [
            { text: 'Shared experience', isCorrect: true, feedback: FEEDBACK.multi1 },
            { text: 'Hope', isCorrect: true, feedback: FEEDBACK.multi2 },
            { text: 'Clinical authority', isCorrect: false, feedback: FEEDBACK.multi3 },
          ],
        },
        {
          type: 'short-answer',
          prompt: 'Name the term.',
          acceptedAnswers: [{ answer: ACCEPTED }],
          correctFeedback: NOTES.shortCorrect,
          incorrectFeedback: NOTES.shortIncorrect,
        },
      ],
    },
  })

/** Question and choice ids of a keyed quiz, by role. */
const idsOf = (quiz: Quiz) => {
  const [single, trueFalse, multiple, short] = quiz.questions
  const choice = (question: Quiz['questions'][number], index: number) => question.choices![index].id!
  return {
    single: single.id!,
    singleRight: choice(single, 0),
    singleWrong1: choice(single, 1),
    singleWrong2: choice(single, 2),
    trueFalse: trueFalse.id!,
    tfTrue: choice(trueFalse, 0),
    tfFalse: choice(trueFalse, 1),
    multiple: multiple.id!,
    multi1: choice(multiple, 0),
    multi2: choice(multiple, 1),
    multi3: choice(multiple, 2),
    short: short.id!,
  }
}

/** The attack from the review: every choice of every question, and a guess at the short answer. */
const everything = (quiz: Quiz) =>
  quiz.questions.map((question) =>
    question.type === 'short-answer'
      ? { questionId: question.id!, text: 'no idea' }
      : { questionId: question.id!, choiceIds: question.choices!.map((choice) => choice.id!) },
  )

/** One wrong answer per question (the multiple one half right). */
const wrongAnswers = (quiz: Quiz) => {
  const ids = idsOf(quiz)
  return [
    { questionId: ids.single, choiceIds: [ids.singleWrong1] },
    { questionId: ids.trueFalse, choiceIds: [ids.tfTrue] },
    { questionId: ids.multiple, choiceIds: [ids.multi1, ids.multi3] },
    { questionId: ids.short, text: 'burnout' },
  ]
}
/** What 'feedback' may show for wrongAnswers: the chosen choices' feedback, nothing else. */
const WRONG_ALLOWED = [FEEDBACK.singleWrong1, FEEDBACK.tfTrue, FEEDBACK.multi1, FEEDBACK.multi3]

const rightAnswers = (quiz: Quiz) => {
  const ids = idsOf(quiz)
  return [
    { questionId: ids.single, choiceIds: [ids.singleRight] },
    { questionId: ids.trueFalse, choiceIds: [ids.tfFalse] },
    { questionId: ids.multiple, choiceIds: [ids.multi2, ids.multi1] },
    { questionId: ids.short, text: ` ${ACCEPTED.toLowerCase()}. ` },
  ]
}

const submit = (learner: Learner, quiz: Quiz, answers: unknown) =>
  api('POST', '/quiz-attempts/submit', { token: learner.token, body: { quizId: quiz.id, answers } })

const attemptsOf = async (payload: Payload, learner: Learner, quiz: Quiz) =>
  (await payload.count({ collection: 'quiz-attempts', where: { and: [{ user: { equals: learner.user.id } }, { quiz: { equals: quiz.id } }] } }))
    .totalDocs

/** Every way a learner can read their attempt back: REST by id and list (with depth and select), and GraphQL. */
const readBack = async (learner: Learner, attemptId: number) => {
  const reads = [
    await api('GET', `/quiz-attempts/${attemptId}`, { token: learner.token }),
    await api('GET', `/quiz-attempts/${attemptId}?depth=3`, { token: learner.token }),
    await api('GET', `/quiz-attempts/${attemptId}?select[grading]=true&select[review]=true&select[answers]=true`, { token: learner.token }),
    await api('GET', `/quiz-attempts/${attemptId}?depth=2&populate[quizzes][questions]=true`, { token: learner.token }),
    await api('GET', `/quiz-attempts?depth=2&limit=50`, { token: learner.token }),
    await api('GET', `/quiz-attempts?where[grading][exists]=true`, { token: learner.token }),
    await gql(
      `{ QuizAttempt(id: ${attemptId}) { review grading answers quiz { questions { correctFeedback incorrectFeedback
           choices { id text isCorrect feedback } acceptedAnswers { answer } } } } }`,
      { token: learner.token },
    ),
    await gql(`{ QuizAttempts(limit: 50) { docs { id review grading answers } } }`, { token: learner.token }),
  ]
  for (const read of reads) expect(read.status, read.text).toBeLessThan(500)
  return reads
}

describe('quizzes keep their keys', () => {
  let payload: Payload
  let module: Module
  const quizzes = {} as Record<ReviewSetting, Quiz>

  beforeAll(async () => {
    payload = await testPayload()
    module = await payload.create({
      collection: 'modules',
      data: { title: 'Keyed module', slug: uniqueSlug('keyed-module'), area: 'service-delivery', order: 98, _status: 'published' },
    })
    for (const review of ['score', 'feedback', 'full'] as const) quizzes[review] = await createKeyedQuiz(payload, module, review)
  })

  it('refuses every choice of every question (400 naming each choice question), records nothing, and reveals nothing', async () => {
    const learner = await createUser(payload, 'learner')
    for (const review of ['score', 'feedback', 'full'] as const) {
      const quiz = quizzes[review]
      const ids = idsOf(quiz)
      const response = await submit(learner, quiz, everything(quiz))
      expect(response.status, review).toBe(400)
      expect(typeof response.body.error).toBe('string')
      const named = (response.body.details as { questionId: string; path: string }[]).map((problem) => problem.questionId)
      // Single and true/false take one choice; several choices on a multiple question are an answer.
      expect(named.sort()).toEqual([ids.single, ids.trueFalse].sort())
      expectNothingBeyond(response.text, [], review)
      expect(response.body.review).toBeUndefined()
      expect(await attemptsOf(payload, learner, quiz)).toBe(0)
    }
  })

  it('refuses it at the operation too, so the site\'s server action (the other door) refuses it the same way', async () => {
    const learner = await createUser(payload, 'learner')
    const quiz = quizzes.feedback
    const grading = (await payload.findByID({ collection: 'quizzes', id: quiz.id, depth: 0, overrideAccess: true })) as Quiz
    const input = { quizId: quiz.id, locale: 'en' as const, startedAt: null, answers: everything(quiz) }
    const error = await submitQuiz(payload, learner.user, input, grading).then(
      () => null,
      (thrown: unknown) => thrown,
    )
    expect(isAppError(error) && error.code).toBe('invalid')
    expect(JSON.stringify((error as { details: unknown }).details)).toContain(idsOf(quiz).single)
    expect(await attemptsOf(payload, learner, quiz)).toBe(0)
  })

  it('refuses malformed answers with a 400 that names the question, records nothing, and reveals nothing', async () => {
    const learner = await createUser(payload, 'learner')
    const quiz = quizzes.feedback
    const ids = idsOf(quiz)
    const cases: { answers: unknown; questionId: string }[] = [
      { answers: [{ questionId: ids.single, choiceIds: [ids.singleRight, ids.singleWrong1] }], questionId: ids.single },
      { answers: [{ questionId: ids.trueFalse, choiceIds: [ids.tfTrue, ids.tfFalse] }], questionId: ids.trueFalse },
      // The same question twice, once per choice: the old "last answer wins" would have read both.
      {
        answers: [
          { questionId: ids.single, choiceIds: [ids.singleWrong1] },
          { questionId: ids.single, choiceIds: [ids.singleWrong2] },
        ],
        questionId: ids.single,
      },
      { answers: [{ questionId: 'no-such-question', choiceIds: [ids.singleRight] }], questionId: 'no-such-question' },
      { answers: [{ questionId: ids.single, choiceIds: ['no-such-choice'] }], questionId: ids.single },
      { answers: [{ questionId: ids.single, choiceIds: ['no-such-choice', ids.singleRight] }], questionId: ids.single },
      // A choice of another question.
      { answers: [{ questionId: ids.single, choiceIds: [ids.tfFalse] }], questionId: ids.single },
      { answers: [{ questionId: ids.single, choiceIds: [ids.singleWrong1, ids.singleWrong1] }], questionId: ids.single },
      { answers: [{ questionId: ids.multiple, choiceIds: [ids.multi1, ids.multi1, ids.multi2] }], questionId: ids.multiple },
      { answers: [{ questionId: ids.single, text: 'Listen first' }], questionId: ids.single },
      { answers: [{ questionId: ids.short, choiceIds: [ids.singleRight] }], questionId: ids.short },
      { answers: [{ questionId: ids.short, text: 'x' }, { questionId: ids.short, text: 'y' }], questionId: ids.short },
    ]
    for (const { answers, questionId } of cases) {
      const response = await submit(learner, quiz, answers)
      const label = JSON.stringify(answers)
      expect(response.status, label).toBe(400)
      expect(response.body.details.map((problem: { questionId: string }) => problem.questionId), label).toContain(questionId)
      expectNothingBeyond(response.text, [], label)
    }
    // Refused before the schema even gets to the operation: not an array, forged fields.
    for (const body of [
      { quizId: quiz.id, answers: { [ids.single]: [ids.singleRight] } },
      { quizId: quiz.id, answers: [{ questionId: ids.single, choiceIds: ids.singleRight }] },
      { quizId: quiz.id, answers: [], review: 'full' },
    ]) {
      const response = await api('POST', '/quiz-attempts/submit', { token: learner.token, body })
      expect(response.status, JSON.stringify(body)).toBe(400)
      expectNothingBeyond(response.text)
    }
    expect(await attemptsOf(payload, learner, quiz)).toBe(0)
    // Empty choices (on any question, short answers included) mean "not answered": accepted, and they show nothing.
    const empty = await submit(learner, quiz, quiz.questions.map((question) => ({ questionId: question.id!, choiceIds: [] })))
    expect(empty.status, empty.text).toBe(201)
    expect(empty.body.review.questions.every((question: { feedback: string[] }) => question.feedback.length === 0)).toBe(true)
    expectNothingBeyond(empty.text)
  })

  it("'feedback': a wrong attempt shows only the chosen choices' feedback, on every way of reading it back", async () => {
    const learner = await createUser(payload, 'learner')
    const quiz = quizzes.feedback
    const ids = idsOf(quiz)
    const response = await submit(learner, quiz, wrongAnswers(quiz))
    expect(response.status, response.text).toBe(201)
    expect(response.body.review.questions.map((question: { questionId: string; feedback: string[] }) => [question.questionId, question.feedback])).toEqual([
      [ids.single, [FEEDBACK.singleWrong1]],
      [ids.trueFalse, [FEEDBACK.tfTrue]],
      [ids.multiple, [FEEDBACK.multi1, FEEDBACK.multi3]],
      // No incorrect note: it carries the solution.
      [ids.short, []],
    ])
    expectNothingBeyond(response.text, WRONG_ALLOWED, 'submit')
    for (const read of await readBack(learner, response.body.attempt.id)) expectNothingBeyond(read.text, WRONG_ALLOWED, read.text.slice(0, 200))
  })

  it("'feedback': unanswered questions show nothing, and repeated attempts never add up to the key", async () => {
    const learner = await createUser(payload, 'learner')
    const quiz = quizzes.feedback
    const ids = idsOf(quiz)
    const seen: string[] = []
    const attempts = [
      [],
      [{ questionId: ids.single, choiceIds: [ids.singleWrong1] }],
      [{ questionId: ids.single, choiceIds: [ids.singleWrong2] }, { questionId: ids.short, text: '   ' }],
      [{ questionId: ids.trueFalse, choiceIds: [ids.tfTrue] }, { questionId: ids.short, text: 'recovery' }],
    ]
    const allowed = [FEEDBACK.singleWrong1, FEEDBACK.singleWrong2, FEEDBACK.tfTrue]
    for (const answers of attempts) {
      const response = await submit(learner, quiz, answers)
      expect(response.status, response.text).toBe(201)
      expect(response.body.review.passed).toBe(false)
      seen.push(response.text)
      for (const read of await readBack(learner, response.body.attempt.id)) seen.push(read.text)
    }
    // Four wrong attempts give each chosen choice's own feedback, never the right choice's, a note, or the solution.
    expectNothingBeyond(seen.join('\n'), allowed, 'four attempts')
    const last = await submit(learner, quiz, rightAnswers(quiz))
    expect(last.status).toBe(201)
    // Out of attempts: the refusal carries nothing either.
    const refused = await submit(learner, quiz, everything(quiz))
    expect([400, 409]).toContain(refused.status)
    expectNothingBeyond(refused.text)
    const afterLimit = await submit(learner, quiz, wrongAnswers(quiz))
    expect(afterLimit.status).toBe(409)
    expectNothingBeyond(afterLimit.text)
  })

  it("'feedback': a right answer shows its own feedback and correct note, still no key", async () => {
    const learner = await createUser(payload, 'learner')
    const quiz = quizzes.feedback
    const response = await submit(learner, quiz, rightAnswers(quiz))
    expect(response.status).toBe(201)
    expect(response.body.review).toMatchObject({ score: 100, passed: true })
    const allowed = [FEEDBACK.singleRight, NOTES.singleCorrect, FEEDBACK.tfFalse, FEEDBACK.multi1, FEEDBACK.multi2, NOTES.shortCorrect]
    // The learner typed the accepted answer, so it is in their own answers; nothing else is.
    expectNothingBeyond(response.text.replaceAll(ACCEPTED.toLowerCase(), ''), allowed)
    expect(response.text).not.toContain(NOTES.shortIncorrect)
  })

  it("'score': totals only, through every read", async () => {
    const learner = await createUser(payload, 'learner')
    const quiz = quizzes.score
    const response = await submit(learner, quiz, wrongAnswers(quiz))
    expect(response.status).toBe(201)
    expect(Object.keys(response.body.review).sort()).toEqual(['earned', 'passed', 'possible', 'score'])
    expectNothingBeyond(response.text)
    for (const read of await readBack(learner, response.body.attempt.id)) expectNothingBeyond(read.text)
  })

  it("'full': the correct answers and notes are shown, as the setting says", async () => {
    const learner = await createUser(payload, 'learner')
    const quiz = quizzes.full
    const ids = idsOf(quiz)
    const response = await submit(learner, quiz, wrongAnswers(quiz))
    expect(response.status).toBe(201)
    const [single, , , short] = response.body.review.questions
    expect(single).toMatchObject({ correctChoiceIds: [ids.singleRight], feedback: [FEEDBACK.singleWrong1, NOTES.singleIncorrect] })
    expect(short).toMatchObject({ acceptedAnswers: [ACCEPTED], feedback: [NOTES.shortIncorrect] })
    // Even 'full' gives the feedback of the choices chosen, not of every choice.
    expect(response.text).not.toContain(FEEDBACK.singleWrong2)
    for (const read of await readBack(learner, response.body.attempt.id)) expect(read.text).not.toMatch(/"grading"\s*:\s*\{/)
  })

  it('the quiz document never carries its key to a learner: REST, depth, select, locales, drafts, versions, GraphQL', async () => {
    const learner = await createUser(payload, 'learner')
    const quiz = quizzes.feedback
    const reads = [
      await api('GET', `/quizzes/${quiz.id}`, { token: learner.token }),
      await api('GET', `/quizzes/${quiz.id}?depth=3&locale=all`, { token: learner.token }),
      await api('GET', `/quizzes/${quiz.id}?draft=true`, { token: learner.token }),
      await api(
        'GET',
        `/quizzes/${quiz.id}?select[questions][choices][isCorrect]=true&select[questions][choices][feedback]=true&select[questions][acceptedAnswers]=true&select[questions][incorrectFeedback]=true`,
        { token: learner.token },
      ),
      await api('GET', `/quizzes?where[id][equals]=${quiz.id}&depth=2`, { token: learner.token }),
      await api('GET', `/modules/${module.id}?depth=3`, { token: learner.token }),
      await api('GET', `/quizzes/versions?where[parent][equals]=${quiz.id}`, { token: learner.token }),
      await gql(
        `{ Quiz(id: ${quiz.id}) { questions { correctFeedback incorrectFeedback choices { id isCorrect feedback } acceptedAnswers { answer } } } }`,
        { token: learner.token },
      ),
      await gql(
        `{ Quizzes(where: { id: { equals: ${quiz.id} } }) { docs { questions { choices { isCorrect feedback } acceptedAnswers { answer } correctFeedback incorrectFeedback } } } }`,
        { token: learner.token },
      ),
      await gql(`{ Quiz(id: ${quiz.id}, draft: true, locale: all) { questions { choices { isCorrect feedback } acceptedAnswers { answer } } } }`, {
        token: learner.token,
      }),
      await gql(`{ versionsQuizzes(where: { parent: { equals: ${quiz.id} } }) { docs { version { questions { acceptedAnswers { answer } } } } } }`, {
        token: learner.token,
      }),
    ]
    for (const read of reads) {
      expect(read.status, read.text).toBeLessThan(500)
      expectNothingBeyond(read.text, [], read.text.slice(0, 300))
    }
    // The learner does read the questions and their choices: the test reads what it means to.
    expect(reads[0].body.questions[0].choices.map((choice: { text: string }) => choice.text)).toContain('Listen first')
  })

  it('queries on the key are not an oracle: a right guess and a wrong guess answer the same', async () => {
    const learner = await createUser(payload, 'learner')
    const quiz = quizzes.feedback
    const ids = idsOf(quiz)
    const same = async (right: string, wrong: string) => {
      const [a, b] = [await api('GET', right, { token: learner.token }), await api('GET', wrong, { token: learner.token })]
      expect(a.status, right).toBeLessThan(500)
      expect([a.status, a.body?.totalDocs], right).toEqual([b.status, b.body?.totalDocs])
    }
    const scope = `where[and][0][id][equals]=${quiz.id}`
    await same(
      `/quizzes?${scope}&where[and][1][questions.acceptedAnswers.answer][equals]=${ACCEPTED}`,
      `/quizzes?${scope}&where[and][1][questions.acceptedAnswers.answer][equals]=wrong-guess`,
    )
    await same(
      `/quizzes?${scope}&where[and][1][questions.choices.isCorrect][equals]=true`,
      `/quizzes?${scope}&where[and][1][questions.choices.isCorrect][equals]=false&where[and][2][questions.choices.id][equals]=nothing`,
    )
    await same(
      `/quizzes?${scope}&where[and][1][questions.choices.feedback][like]=single-right`,
      `/quizzes?${scope}&where[and][1][questions.choices.feedback][like]=zzz-nothing`,
    )
    await same(
      `/quizzes?${scope}&where[and][1][questions.incorrectFeedback][like]=${ACCEPTED}`,
      `/quizzes?${scope}&where[and][1][questions.incorrectFeedback][like]=zzz-nothing`,
    )
    // The learner's own graded attempt: its grading is not queryable either.
    const attempt = await submit(learner, quiz, [{ questionId: ids.single, choiceIds: [ids.singleWrong1] }])
    expect(attempt.status).toBe(201)
    await same(
      `/quiz-attempts?where[grading.questions.correctChoiceIds][contains]=${ids.singleRight}`,
      `/quiz-attempts?where[grading.questions.correctChoiceIds][contains]=${ids.singleWrong1}`,
    )
    await same(
      `/quiz-attempts?where[grading.questions.acceptedAnswers][contains]=${ACCEPTED}`,
      `/quiz-attempts?where[grading.questions.acceptedAnswers][contains]=wrong-guess`,
    )
  })

  it('staff still read the whole grading (the test sees the key where it belongs)', async () => {
    const learner = await createUser(payload, 'learner')
    const admin = await createUser(payload, 'admin')
    const quiz = quizzes.feedback
    const response = await submit(learner, quiz, wrongAnswers(quiz))
    const read = await api('GET', `/quiz-attempts/${response.body.attempt.id}`, { token: admin.token })
    expect(read.status).toBe(200)
    expect(read.text).toContain(ACCEPTED)
    expect(read.body.grading.questions[0].correctChoiceIds).toEqual([idsOf(quiz).singleRight])
  })
})
