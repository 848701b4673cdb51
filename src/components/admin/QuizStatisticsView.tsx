import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import { isAppError } from '@/lib/errors'
import { quizStatistics, type QuizStatistics } from '@/lib/quiz/statistics'

const cell = { padding: '0.35rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'left' as const }
const show = (value: number | null, suffix = '') => (value === null ? '—' : `${value}${suffix}`)

function Summary({ statistics }: { statistics: QuizStatistics }) {
  const rows: [string, string][] = [
    ['Attempts', String(statistics.attempts)],
    ['Learners', String(statistics.learners)],
    ['Attempts passed', String(statistics.passed)],
    ['Pass rate', show(statistics.passRate, ' %')],
    ['Mean score', show(statistics.meanScore, ' %')],
  ]
  return (
    <table style={{ borderCollapse: 'collapse', marginBottom: '1.5rem' }} data-testid="quiz-statistics-summary">
      <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: '0.25rem' }}>Quiz summary</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" style={cell}>
              {label}
            </th>
            <td style={cell}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * The quiz's Statistics tab (like Moodle's quiz statistics): totals, then per
 * question how often it was asked, answered and right, each choice's count
 * and the commonest wrong short answers. Aggregates only, for trainers and
 * admins (src/lib/quiz/statistics.ts checks who asks).
 */
export async function QuizStatisticsView({ doc, initPageResult, payload }: DocumentViewServerProps) {
  const user = initPageResult.req.user
  const locale = initPageResult.locale?.code === 'es' ? 'es' : 'en'
  const id = Number(doc?.id)
  let result: Awaited<ReturnType<typeof quizStatistics>>
  try {
    result = await quizStatistics(payload, user as never, id, locale)
  } catch (error) {
    if (!isAppError(error)) throw error
    return (
      <Gutter>
        <p role="alert">{error.message}</p>
      </Gutter>
    )
  }
  const { quiz, statistics } = result
  return (
    <Gutter>
      <h2 style={{ margin: '1rem 0' }}>Statistics: {quiz.title}</h2>
      {statistics.attempts === 0 ? (
        <p>No attempts yet. Numbers appear here once learners submit this quiz.</p>
      ) : (
        <>
          <Summary statistics={statistics} />
          <p style={{ maxWidth: '60rem' }}>
            Each question counts only the attempts that drew it. &ldquo;Chosen&rdquo; counts attempts that picked the choice (a multiple-choice
            answer may pick several). Learners are counted, never named.
          </p>
          {statistics.questions.map((question) => (
            <section key={question.id} style={{ margin: '1.5rem 0' }} aria-labelledby={`question-${question.id}`} data-testid="question-statistics">
              <h3 id={`question-${question.id}`} style={{ marginBottom: '0.25rem' }}>
                Question {question.number}: {question.prompt}
              </h3>
              <p style={{ margin: '0 0 0.5rem' }}>
                Asked {question.asked} · answered {question.answered} · right {question.correct} ({show(question.percentCorrect, ' %')})
              </p>
              {question.choices.length > 0 && (
                <table style={{ borderCollapse: 'collapse' }}>
                  <thead>
                    <tr>
                      <th scope="col" style={cell}>
                        Choice
                      </th>
                      <th scope="col" style={cell}>
                        Correct
                      </th>
                      <th scope="col" style={cell}>
                        Chosen
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {question.choices.map((choice) => (
                      <tr key={choice.id}>
                        <td style={cell}>{choice.text}</td>
                        <td style={cell}>{choice.isCorrect ? 'Yes' : 'No'}</td>
                        <td style={cell}>
                          {choice.chosen} of {question.asked}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {question.type === 'short-answer' &&
                (question.wrongAnswers.length === 0 ? (
                  <p>No wrong answers so far.</p>
                ) : (
                  <>
                    <p style={{ margin: '0.5rem 0 0.25rem' }}>Most common wrong answers:</p>
                    <ul>
                      {question.wrongAnswers.map((wrong) => (
                        <li key={wrong.answer}>
                          &ldquo;{wrong.answer}&rdquo; × {wrong.count}
                        </li>
                      ))}
                    </ul>
                  </>
                ))}
            </section>
          ))}
        </>
      )}
    </Gutter>
  )
}
