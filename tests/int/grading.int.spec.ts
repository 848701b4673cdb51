import { describe, expect, it } from 'vitest'

import { isAppError } from '@/lib/errors'
import { checkAnswers, gradeQuiz, type GradableQuestion, type GradeResult, type SubmittedAnswer } from '@/lib/quiz/grade'
import { answersMatch, normalizeAnswer } from '@/lib/quiz/normalize'
import { reviewFor, type ReviewSetting } from '@/lib/quiz/review'

// Pure unit tests: no database, no Payload, just the grading functions.

const single: GradableQuestion = {
  id: 'q-single',
  type: 'single',
  choices: [
    { id: 'a', isCorrect: true, feedback: 'Yes: listening comes first.' },
    { id: 'b', isCorrect: false, feedback: 'Advice can wait.' },
    { id: 'c', isCorrect: null, feedback: null },
  ],
  correctFeedback: 'Well done.',
  incorrectFeedback: 'See section 2.1.',
}

const trueFalse: GradableQuestion = {
  id: 'q-tf',
  type: 'true-false',
  choices: [
    { id: 'true', isCorrect: true },
    { id: 'false', isCorrect: false },
  ],
}

const multipleChoices = [
  { id: 'm1', isCorrect: true },
  { id: 'm2', isCorrect: true },
  { id: 'm3', isCorrect: true },
  { id: 'x1', isCorrect: false },
  { id: 'x2', isCorrect: false },
]

const partial: GradableQuestion = { id: 'q-partial', type: 'multiple', scoring: 'partial', choices: multipleChoices }
const allOrNothing: GradableQuestion = { id: 'q-aon', type: 'multiple', scoring: 'all-or-nothing', choices: multipleChoices }

const shortAnswer: GradableQuestion = {
  id: 'q-short',
  type: 'short-answer',
  acceptedAnswers: [{ answer: 'Desviación del rol' }, { answer: 'Role drift.' }],
  correctFeedback: 'Right.',
  incorrectFeedback: 'The term is role drift.',
}

/** Grades one question on its own and returns its result. */
const gradeOne = (question: GradableQuestion, answer?: Omit<SubmittedAnswer, 'questionId'>) => {
  const answers = answer ? [{ questionId: question.id, ...answer }] : []
  const result = gradeQuiz([question], answers, 0)
  expect(result.questions).toHaveLength(1)
  return result.questions[0]
}

describe('normalizeAnswer', () => {
  it('ignores case, surrounding and repeated whitespace, and trailing . ! ?', () => {
    expect(normalizeAnswer('  Role   DRIFT?! ')).toBe('role drift')
    expect(normalizeAnswer('\trole\n\ndrift.')).toBe('role drift')
    expect(normalizeAnswer('role\u00a0drift')).toBe('role drift')
    expect(normalizeAnswer('role drift . ')).toBe('role drift')
  })

  it('keeps inner punctuation and accents (accents are handled by the comparison, not here)', () => {
    expect(normalizeAnswer('U.S.A.')).toBe('u.s.a')
    expect(normalizeAnswer("Don't stop")).toBe("don't stop")
    expect(normalizeAnswer('Desviación')).toBe('desviación')
  })

  it('puts text in NFC so composed and decomposed accents are the same string', () => {
    const decomposed = 'desviacio\u0301n'
    expect(decomposed).not.toBe('desviación')
    expect(normalizeAnswer(decomposed)).toBe('desviación')
  })

  it('lowercases without depending on the locale', () => {
    // A Turkish locale would turn "I" into dotless "ı"; toLowerCase never does.
    expect(normalizeAnswer('INTIMIDATION')).toBe('intimidation')
  })
})

describe('answersMatch', () => {
  it('matches when the only difference is diacritics, in either direction', () => {
    expect(answersMatch('desviacion del rol', 'Desviación del rol')).toBe(true)
    expect(answersMatch('DESVIACIÓN DEL ROL', 'desviacion del rol')).toBe(true)
    expect(answersMatch('niño', 'nino')).toBe(true)
  })

  it('never matches an empty or punctuation-only answer', () => {
    expect(answersMatch('', '')).toBe(false)
    expect(answersMatch('   ', '')).toBe(false)
    expect(answersMatch('?!', '.')).toBe(false)
  })

  it('still tells different words apart', () => {
    expect(answersMatch('role drift', 'role draft')).toBe(false)
    expect(answersMatch('desviacion', 'desviación del rol')).toBe(false)
  })
})

describe('gradeQuiz: single choice and true/false', () => {
  it('gives full marks for the one correct choice, with choice feedback then correctFeedback', () => {
    const result = gradeOne(single, { choiceIds: ['a'] })
    expect(result).toEqual({
      questionId: 'q-single',
      earned: 1,
      possible: 1,
      correct: true,
      answered: true,
      selectedChoiceIds: ['a'],
      feedback: ['Yes: listening comes first.', 'Well done.'],
      answerFeedback: ['Yes: listening comes first.', 'Well done.'],
      correctChoiceIds: ['a'],
      acceptedAnswers: [],
    })
  })

  it('gives 0 for a wrong choice, with that choice feedback then incorrectFeedback', () => {
    const result = gradeOne(single, { choiceIds: ['b'] })
    expect(result.earned).toBe(0)
    expect(result.correct).toBe(false)
    expect(result.answered).toBe(true)
    expect(result.feedback).toEqual(['Advice can wait.', 'See section 2.1.'])
    // The incorrect note explains the right answer: it is not feedback on the answer given.
    expect(result.answerFeedback).toEqual(['Advice can wait.'])
  })

  it('leaves out empty choice feedback', () => {
    expect(gradeOne(single, { choiceIds: ['c'] }).feedback).toEqual(['See section 2.1.'])
    const blank: GradableQuestion = { ...single, choices: [{ id: 'a', isCorrect: true, feedback: '' }] }
    expect(gradeOne(blank, { choiceIds: ['a'] }).feedback).toEqual(['Well done.'])
  })

  it('gives 0 when two choices are selected on a single-choice question, even if one is correct', () => {
    const result = gradeOne(single, { choiceIds: ['a', 'b'] })
    expect(result.earned).toBe(0)
    expect(result.correct).toBe(false)
    expect(result.answered).toBe(true)
    expect(result.selectedChoiceIds).toEqual(['a', 'b'])
    // Should such an answer get past checkAnswers, it still reads no choice's feedback.
    expect(result.answerFeedback).toEqual([])
  })

  it('ignores a partial scoring setting on a single-choice question', () => {
    const result = gradeOne({ ...single, scoring: 'partial' }, { choiceIds: ['a', 'b'] })
    expect(result.earned).toBe(0)
  })

  it('grades true/false like a single choice', () => {
    expect(gradeOne(trueFalse, { choiceIds: ['true'] })).toMatchObject({ earned: 1, correct: true })
    expect(gradeOne(trueFalse, { choiceIds: ['false'] })).toMatchObject({ earned: 0, correct: false, answered: true })
    expect(gradeOne(trueFalse, { choiceIds: ['true', 'false'] })).toMatchObject({ earned: 0, correct: false })
  })
})

describe('gradeQuiz: multiple choice', () => {
  it('all-or-nothing: full marks only for exactly the set of correct choices', () => {
    expect(gradeOne(allOrNothing, { choiceIds: ['m3', 'm1', 'm2'] })).toMatchObject({ earned: 1, correct: true })
    expect(gradeOne(allOrNothing, { choiceIds: ['m1', 'm2'] })).toMatchObject({ earned: 0, correct: false })
    expect(gradeOne(allOrNothing, { choiceIds: ['m1', 'm2', 'm3', 'x1'] })).toMatchObject({ earned: 0, correct: false })
  })

  it('defaults to all-or-nothing when scoring is null or missing', () => {
    expect(gradeOne({ ...partial, scoring: null }, { choiceIds: ['m1', 'm2'] }).earned).toBe(0)
    expect(gradeOne({ ...partial, scoring: undefined }, { choiceIds: ['m1', 'm2'] }).earned).toBe(0)
  })

  it('partial: credit is (right - wrong) / number correct, rounded to 2 decimals', () => {
    expect(gradeOne(partial, { choiceIds: ['m1', 'm2'] })).toMatchObject({ earned: 0.67, correct: false, answered: true })
    expect(gradeOne(partial, { choiceIds: ['m1'] }).earned).toBe(0.33)
    expect(gradeOne({ ...partial, points: 3 }, { choiceIds: ['m1', 'm2', 'm3', 'x1'] }).earned).toBe(2)
    expect(gradeOne(partial, { choiceIds: ['m1', 'm2', 'm3'] })).toMatchObject({ earned: 1, correct: true })
  })

  it('partial credit is never negative', () => {
    expect(gradeOne(partial, { choiceIds: ['m1', 'x1', 'x2'] }).earned).toBe(0)
    expect(gradeOne(partial, { choiceIds: ['x1', 'x2'] }).earned).toBe(0)
    expect(gradeOne({ ...partial, points: 5 }, { choiceIds: ['x1'] }).earned).toBe(0)
  })

  it('a multiple question with no correct choices earns nothing instead of dividing by zero', () => {
    const noKey: GradableQuestion = { id: 'q', type: 'multiple', scoring: 'partial', choices: [{ id: 'x', isCorrect: false }] }
    const result = gradeOne(noKey, { choiceIds: ['x'] })
    expect(result.earned).toBe(0)
    expect(Number.isFinite(result.earned)).toBe(true)
  })
})

describe('gradeQuiz: short answer', () => {
  it('accepts any case, spacing and trailing punctuation', () => {
    expect(gradeOne(shortAnswer, { text: '  ROLE    drift!! ' })).toMatchObject({
      earned: 1,
      correct: true,
      answered: true,
      feedback: ['Right.'],
      acceptedAnswers: ['Desviación del rol', 'Role drift.'],
      selectedChoiceIds: [],
      correctChoiceIds: [],
    })
  })

  it('accepts an answer typed without accents', () => {
    expect(gradeOne(shortAnswer, { text: 'desviacion del rol' }).correct).toBe(true)
    expect(gradeOne(shortAnswer, { text: 'Desviacio\u0301n del rol?' }).correct).toBe(true)
  })

  it('rejects a wrong answer but counts it as answered', () => {
    expect(gradeOne(shortAnswer, { text: 'burnout' })).toMatchObject({
      earned: 0,
      correct: false,
      answered: true,
      feedback: ['The term is role drift.'],
      answerFeedback: [],
    })
  })

  it('treats blank text as unanswered and never matches it', () => {
    expect(gradeOne(shortAnswer, { text: '   ' })).toMatchObject({ earned: 0, answered: false, correct: false })
    const blankKey: GradableQuestion = { id: 'q', type: 'short-answer', acceptedAnswers: [{ answer: '' }] }
    expect(gradeOne(blankKey, { text: '...' }).earned).toBe(0)
  })

  it('does not grade choice questions by text or short answers by choice ids', () => {
    expect(gradeOne(single, { text: 'a' })).toMatchObject({ earned: 0, answered: false })
    expect(gradeOne(shortAnswer, { choiceIds: ['Role drift'] })).toMatchObject({ earned: 0, answered: false })
  })
})

describe('gradeQuiz: messy input', () => {
  const quiz = [single, trueFalse, partial, shortAnswer]

  it('an empty submission earns 0 and marks every question unanswered', () => {
    const result = gradeQuiz(quiz, [], 50)
    expect(result).toMatchObject({ score: 0, earned: 0, possible: 4, passed: false })
    expect(result.questions.map((question) => question.answered)).toEqual([false, false, false, false])
    expect(result.questions.map((question) => question.earned)).toEqual([0, 0, 0, 0])
    expect(result.questions.every((question) => question.selectedChoiceIds.length === 0)).toBe(true)
    expect(result.questions.every((question) => question.answerFeedback.length === 0)).toBe(true)
  })

  it('ignores answers to unknown questions without throwing', () => {
    const result = gradeQuiz(quiz, [{ questionId: 'nope', choiceIds: ['a'] }, { questionId: 'q-tf', choiceIds: ['true'] }], 0)
    expect(result.questions.map((question) => question.questionId)).toEqual(['q-single', 'q-tf', 'q-partial', 'q-short'])
    expect(result.earned).toBe(1)
  })

  it('ignores unknown choice ids', () => {
    expect(gradeOne(single, { choiceIds: ['zzz'] })).toMatchObject({ earned: 0, answered: false, selectedChoiceIds: [] })
    expect(gradeOne(single, { choiceIds: ['zzz', 'a'] })).toMatchObject({ earned: 1, correct: true, selectedChoiceIds: ['a'] })
  })

  it('counts a duplicated choice id once', () => {
    expect(gradeOne(single, { choiceIds: ['a', 'a'] })).toMatchObject({ earned: 1, selectedChoiceIds: ['a'] })
    expect(gradeOne(partial, { choiceIds: ['m1', 'm1', 'm1'] })).toMatchObject({ earned: 0.33, selectedChoiceIds: ['m1'] })
    expect(gradeOne(partial, { choiceIds: ['m1', 'm2', 'x1', 'x1'] }).earned).toBe(0.33)
  })

  it('lists selected choices in the order of the question, not of the submission', () => {
    expect(gradeOne(partial, { choiceIds: ['x2', 'm3', 'm1'] }).selectedChoiceIds).toEqual(['m1', 'm3', 'x2'])
  })

  it('uses the last answer when a question is answered twice', () => {
    const result = gradeQuiz(
      [single],
      [
        { questionId: 'q-single', choiceIds: ['a'] },
        { questionId: 'q-single', choiceIds: ['b'] },
      ],
      0,
    )
    expect(result.questions[0]).toMatchObject({ earned: 0, selectedChoiceIds: ['b'] })
    const back = gradeQuiz(
      [single],
      [
        { questionId: 'q-single', choiceIds: ['b'] },
        { questionId: 'q-single', choiceIds: ['a'] },
      ],
      0,
    )
    expect(back.questions[0]).toMatchObject({ earned: 1, selectedChoiceIds: ['a'] })
  })

  it('copes with missing choices and accepted answers', () => {
    const bare: GradableQuestion[] = [
      { id: 'q1', type: 'single', choices: null },
      { id: 'q2', type: 'short-answer', acceptedAnswers: null },
    ]
    const result = gradeQuiz(bare, [{ questionId: 'q1', choiceIds: ['a'] }, { questionId: 'q2', text: 'anything' }], 50)
    expect(result).toMatchObject({ score: 0, earned: 0, possible: 2, passed: false })
    expect(result.questions[1]).toMatchObject({ answered: true, acceptedAnswers: [], correctChoiceIds: [] })
  })
})

describe('gradeQuiz: points and score', () => {
  it('defaults to 1 point when points is missing or null', () => {
    const result = gradeQuiz([{ ...single, points: null }, { ...trueFalse, points: undefined }], [], 0)
    expect(result.questions.map((question) => question.possible)).toEqual([1, 1])
    expect(result.possible).toBe(2)
  })

  it('handles fractional points and rounds earned to 2 decimals', () => {
    const result = gradeQuiz(
      [
        { ...single, points: 0.5 },
        { ...partial, points: 1.5 },
      ],
      [
        { questionId: 'q-single', choiceIds: ['a'] },
        { questionId: 'q-partial', choiceIds: ['m1'] },
      ],
      0,
    )
    expect(result.questions.map((question) => question.earned)).toEqual([0.5, 0.5])
    expect(result.earned).toBe(1)
    expect(result.possible).toBe(2)
    expect(result.score).toBe(50)
    const third = gradeOne({ ...partial, points: 2 }, { choiceIds: ['m1', 'm2'] })
    expect(third.earned).toBe(1.33)
  })

  it('rounds the score to a whole percent', () => {
    const result = gradeQuiz([single, trueFalse, { ...single, id: 'q3' }], [
      { questionId: 'q-single', choiceIds: ['a'] },
      { questionId: 'q-tf', choiceIds: ['true'] },
    ], 0)
    expect(result.score).toBe(67)
    expect(Number.isInteger(result.score)).toBe(true)
  })

  it('a zero-point question is graded but does not change the score', () => {
    const result = gradeQuiz(
      [single, { ...trueFalse, points: 0 }],
      [
        { questionId: 'q-single', choiceIds: ['a'] },
        { questionId: 'q-tf', choiceIds: ['false'] },
      ],
      100,
    )
    expect(result.questions[1]).toMatchObject({ earned: 0, possible: 0, correct: false, answered: true })
    expect(result).toMatchObject({ score: 100, earned: 1, possible: 1, passed: true })
    const right = gradeOne({ ...trueFalse, points: 0 }, { choiceIds: ['true'] })
    expect(right).toMatchObject({ earned: 0, possible: 0, correct: true })
  })

  it('a quiz worth 0 points (or with no questions) scores 100 and passes', () => {
    const zero = gradeQuiz([{ ...single, points: 0 }, { ...shortAnswer, points: 0 }], [], 100)
    expect(zero).toMatchObject({ score: 100, earned: 0, possible: 0, passed: true })
    expect(gradeQuiz([], [], 100)).toEqual({ score: 100, earned: 0, possible: 0, passed: true, questions: [] })
  })

  it('treats negative or non-finite points as 0 rather than producing NaN', () => {
    const result = gradeQuiz(
      [{ ...single, points: -3 }, { ...trueFalse, points: Number.NaN }, { ...partial, points: 2 }],
      [
        { questionId: 'q-single', choiceIds: ['a'] },
        { questionId: 'q-tf', choiceIds: ['true'] },
        { questionId: 'q-partial', choiceIds: ['m1', 'm2', 'm3'] },
      ],
      0,
    )
    expect(result.questions.map((question) => question.possible)).toEqual([0, 0, 2])
    expect(result).toMatchObject({ score: 100, earned: 2, possible: 2 })
  })

  it('passes exactly at the passing score and fails one point below it', () => {
    const heavy: GradableQuestion = { ...single, id: 'heavy', points: 80 }
    const light: GradableQuestion = { ...trueFalse, id: 'light', points: 20 }
    const eighty = gradeQuiz([heavy, light], [{ questionId: 'heavy', choiceIds: ['a'] }], 80)
    expect(eighty).toMatchObject({ score: 80, passed: true })
    expect(gradeQuiz([heavy, light], [{ questionId: 'heavy', choiceIds: ['a'] }], 81).passed).toBe(false)

    const seventyNine = gradeQuiz(
      [
        { ...heavy, points: 79 },
        { ...light, points: 21 },
      ],
      [{ questionId: 'heavy', choiceIds: ['a'] }],
      80,
    )
    expect(seventyNine).toMatchObject({ score: 79, passed: false })
  })
})

describe('gradeQuiz: purity', () => {
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === 'object') {
      Object.values(value).forEach(deepFreeze)
      Object.freeze(value)
    }
    return value
  }

  it('does not mutate its inputs (and works on frozen input)', () => {
    const questions = [single, trueFalse, partial, allOrNothing, shortAnswer].map((question) => structuredClone(question))
    const answers: SubmittedAnswer[] = [
      { questionId: 'q-partial', choiceIds: ['x2', 'm1', 'm1', 'zzz'] },
      { questionId: 'q-single', choiceIds: ['b', 'a'] },
      { questionId: 'q-short', text: '  Desviacion del ROL. ' },
      { questionId: 'unknown', choiceIds: ['a'] },
    ]
    const questionsBefore = structuredClone(questions)
    const answersBefore = structuredClone(answers)
    deepFreeze(questions)
    deepFreeze(answers)

    expect(() => gradeQuiz(questions, answers, 70)).not.toThrow()
    expect(questions).toEqual(questionsBefore)
    expect(answers).toEqual(answersBefore)
  })

  it('returns the same result for the same input every time', () => {
    const answers: SubmittedAnswer[] = [
      { questionId: 'q-partial', choiceIds: ['m1', 'm2'] },
      { questionId: 'q-short', text: 'role drift' },
    ]
    const first = gradeQuiz([single, partial, shortAnswer], answers, 50)
    const second = gradeQuiz([single, partial, shortAnswer], answers, 50)
    expect(second).toEqual(first)
    expect(first).toMatchObject({ earned: 1.67, possible: 3, score: 56, passed: true })
  })
})

describe('reviewFor', () => {
  const graded: GradeResult = gradeQuiz(
    [single, partial, shortAnswer],
    [
      { questionId: 'q-single', choiceIds: ['b'] },
      { questionId: 'q-partial', choiceIds: ['m1'] },
      { questionId: 'q-short', text: 'burnout' },
    ],
    50,
  )

  it("'score' shows only the totals, with no questions key at all", () => {
    const review = reviewFor(graded, 'score')
    expect(review).toEqual({ score: 11, passed: false, earned: 0.33, possible: 3 })
    expect(Object.keys(review).sort()).toEqual(['earned', 'passed', 'possible', 'score'])
    const json = JSON.stringify(review)
    expect(json).not.toContain('questions')
    expect(json).not.toContain('feedback')
    expect(json).not.toContain('correctChoiceIds')
  })

  it("'feedback' shows per-question results but never the answer key, not even as undefined keys", () => {
    const review = reviewFor(graded, 'feedback')
    expect(review.questions).toHaveLength(3)
    for (const question of review.questions ?? []) {
      expect(Object.keys(question).sort()).toEqual(['correct', 'earned', 'feedback', 'possible', 'questionId', 'selectedChoiceIds'])
      expect('correctChoiceIds' in question).toBe(false)
      expect('acceptedAnswers' in question).toBe(false)
    }
    expect(review.questions?.[0]).toEqual({
      questionId: 'q-single',
      correct: false,
      earned: 0,
      possible: 1,
      selectedChoiceIds: ['b'],
      feedback: ['Advice can wait.'],
    })
    // A wrong short answer shows no incorrect note under 'feedback': that note gives the answer away.
    expect(review.questions?.[2].feedback).toEqual([])
    const json = JSON.stringify(review)
    expect(json).not.toContain('correctChoiceIds')
    expect(json).not.toContain('acceptedAnswers')
    expect(json).not.toContain('Desviación del rol')
    expect(json).not.toContain('Role drift.')
    expect(json).not.toContain('See section 2.1.')
    expect(json).not.toContain('The term is role drift.')
  })

  it("'full' adds the correct choices and accepted answers", () => {
    const review = reviewFor(graded, 'full')
    expect(review.questions?.map((question) => question.correctChoiceIds)).toEqual([['a'], ['m1', 'm2', 'm3'], []])
    expect(review.questions?.[2].acceptedAnswers).toEqual(['Desviación del rol', 'Role drift.'])
    const json = JSON.stringify(review)
    expect(json).toContain('"correctChoiceIds"')
    expect(json).toContain('Desviación del rol')
    expect(review.questions?.[0].feedback).toEqual(['Advice can wait.', 'See section 2.1.'])
    expect(review.questions?.[2].feedback).toEqual(['The term is role drift.'])
    expect(review).toMatchObject({ score: 11, passed: false, earned: 0.33, possible: 3 })
  })

  it('an unknown setting from stale data never reveals the answer key', () => {
    const json = JSON.stringify(reviewFor(graded, 'everything' as ReviewSetting))
    expect(json).not.toContain('correctChoiceIds')
    expect(json).not.toContain('acceptedAnswers')
  })

  it('does not mutate or share arrays with the graded result', () => {
    const before = structuredClone(graded)
    const review = reviewFor(graded, 'full')
    review.questions?.[0].feedback.push('tampered')
    review.questions?.[0].correctChoiceIds?.push('b')
    expect(graded).toEqual(before)
  })
})

describe('checkAnswers', () => {
  const quiz = [single, trueFalse, partial, shortAnswer]

  /** The problems checkAnswers names, or null when it accepts the answers. */
  const problemsOf = (answers: SubmittedAnswer[]) => {
    try {
      checkAnswers(quiz, answers)
      return null
    } catch (error) {
      if (!isAppError(error)) throw error
      expect(error.code).toBe('invalid')
      return error.details as { path: string; questionId: string; message: string }[]
    }
  }

  it('accepts well-formed answers, and questions left out', () => {
    expect(problemsOf([])).toBeNull()
    expect(
      problemsOf([
        { questionId: 'q-single', choiceIds: ['b'] },
        { questionId: 'q-tf', choiceIds: ['true'] },
        { questionId: 'q-partial', choiceIds: ['m1', 'x1', 'm2'] },
        { questionId: 'q-short', text: 'role drift' },
      ]),
    ).toBeNull()
    expect(problemsOf([{ questionId: 'q-short', text: '   ' }])).toBeNull()
    // Empty choices and blank text mean "not answered", on any kind of question.
    expect(problemsOf(quiz.map((question) => ({ questionId: question.id, choiceIds: [] })))).toBeNull()
    expect(problemsOf([{ questionId: 'q-single', text: '' }])).toBeNull()
  })

  it('refuses several choices on a single-choice or true/false question, naming the question', () => {
    expect(problemsOf([{ questionId: 'q-single', choiceIds: ['a', 'b', 'c'] }])).toEqual([
      { path: 'answers.0.choiceIds', questionId: 'q-single', message: expect.stringMatching(/only one/) },
    ])
    expect(problemsOf([{ questionId: 'q-partial', choiceIds: ['m1'] }, { questionId: 'q-tf', choiceIds: ['true', 'false'] }])).toEqual([
      expect.objectContaining({ path: 'answers.1.choiceIds', questionId: 'q-tf' }),
    ])
  })

  it('refuses unknown questions and choices, repeats, empty choices and answers of the wrong kind', () => {
    const cases: [SubmittedAnswer[], string][] = [
      [[{ questionId: 'nope', choiceIds: ['a'] }], 'answers.0.questionId'],
      [[{ questionId: 'q-single', choiceIds: ['zzz'] }], 'answers.0.choiceIds'],
      [[{ questionId: 'q-single', choiceIds: ['zzz', 'a'] }], 'answers.0.choiceIds'],
      [[{ questionId: 'q-single', choiceIds: ['a', 'a'] }], 'answers.0.choiceIds'],
      [[{ questionId: 'q-partial', choiceIds: ['m1', 'm1'] }], 'answers.0.choiceIds'],
      [[{ questionId: 'q-single', choiceIds: ['a'] }, { questionId: 'q-single', choiceIds: ['b'] }], 'answers.1.questionId'],
      [[{ questionId: 'q-single', text: 'a' }], 'answers.0.text'],
      [[{ questionId: 'q-short', choiceIds: ['Role drift'] }], 'answers.0.choiceIds'],
    ]
    for (const [answers, path] of cases) {
      const problems = problemsOf(answers)
      expect(problems, JSON.stringify(answers)).not.toBeNull()
      expect(problems?.map((problem) => problem.path)).toContain(path)
      expect(JSON.stringify(problems)).not.toMatch(/isCorrect|correctChoiceIds|Role drift\.|Desviación/)
    }
  })
})
