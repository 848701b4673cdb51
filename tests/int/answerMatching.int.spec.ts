import { describe, expect, it } from 'vitest'

import { gradeQuiz } from '@/lib/quiz/grade'
import { answersMatch, withoutPunctuation } from '@/lib/quiz/normalize'

describe('short answers ignore punctuation as they ignore case and accents', () => {
  it('treats hyphens, dashes and slashes as spaces and drops final marks', () => {
    expect(answersMatch('Dual-relationship!', 'dual relationship')).toBe(true)
    expect(answersMatch('dual relationship', 'Dual-relationship')).toBe(true)
    expect(answersMatch('dual — relationship', 'dual relationship')).toBe(true)
    expect(answersMatch('peer/support', 'peer support')).toBe(true)
    expect(answersMatch('"role drift",', 'role drift')).toBe(true)
    expect(answersMatch('¿Desviación-del rol?', 'desviacion del rol')).toBe(true)
  })

  it('joins words across apostrophes and full stops', () => {
    expect(answersMatch('dont stop', "Don't stop")).toBe(true)
    expect(answersMatch('Don’t stop', "don't stop")).toBe(true)
    expect(answersMatch('USA', 'U.S.A.')).toBe(true)
    expect(withoutPunctuation('co-worker, (peer)')).toBe('co worker peer')
  })

  it('still tells different words apart and never matches punctuation alone', () => {
    expect(answersMatch('dual relationships', 'dual relationship')).toBe(false)
    expect(answersMatch('dualrelationship', 'dual-relationship')).toBe(false)
    expect(answersMatch('?!', '.')).toBe(false)
    expect(answersMatch('--', '-')).toBe(false)
    expect(answersMatch('', '')).toBe(false)
    expect(answersMatch('1+1', '1 1')).toBe(false)
  })

  it('grades "Dual-relationship!" right against "dual relationship"', () => {
    const questions = [{ id: 'q1', type: 'short-answer' as const, acceptedAnswers: [{ answer: 'dual relationship' }] }]
    expect(gradeQuiz(questions, [{ questionId: 'q1', text: 'Dual-relationship!' }], 80).passed).toBe(true)
    expect(gradeQuiz(questions, [{ questionId: 'q1', text: 'boundary' }], 80).passed).toBe(false)
  })
})
