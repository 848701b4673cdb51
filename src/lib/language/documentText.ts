import { stripMarkers } from '@/lib/curriculum/citationMarkers'

/** The learner-facing texts of a curriculum document, each with the field it came from. */
export interface FieldText {
  field: string
  text: string
}

type Node = { type?: string; text?: string; children?: Node[]; fields?: Record<string, unknown> }

const push = (out: FieldText[], field: string, value: unknown) => {
  if (typeof value === 'string' && value.trim()) out.push({ field, text: value })
}

/** Text nodes and the text fields of callout, key-terms and media blocks in a Lexical state, as written (markers kept). */
export const lexicalTexts = (state: unknown, field: string): FieldText[] => {
  const out: FieldText[] = []
  const visit = (node: Node | undefined) => {
    if (!node || typeof node !== 'object') return
    if (node.type === 'text') push(out, field, node.text)
    if (node.type === 'block' && node.fields) {
      const { title, text, caption, terms } = node.fields as { title?: unknown; text?: unknown; caption?: unknown; terms?: unknown }
      push(out, `${field}.callout`, title)
      push(out, `${field}.callout`, text)
      push(out, `${field}.caption`, caption)
      if (Array.isArray(terms)) {
        for (const term of terms as { term?: unknown; definition?: unknown }[]) {
          push(out, `${field}.keyTerms`, term.term)
          push(out, `${field}.keyTerms`, term.definition)
        }
      }
    }
    node.children?.forEach(visit)
  }
  visit((state as { root?: Node } | null)?.root)
  return out
}

interface QuestionLike {
  prompt?: unknown
  choices?: { text?: unknown; feedback?: unknown }[] | null
  acceptedAnswers?: { answer?: unknown }[] | null
  correctFeedback?: unknown
  incorrectFeedback?: unknown
}

/** An array field's rows; the admin's form state holds an array field's row count where the rows are not loaded. */
const rows = <Row extends object>(value: unknown): Row[] =>
  Array.isArray(value) ? (value.filter((row) => row && typeof row === 'object') as Row[]) : []

export type CurriculumCollection = 'modules' | 'lessons' | 'quizzes'

/** Collections whose learner-facing text the person-first check reads; competencies are shown on every lesson. */
export type ReviewedCollection = CurriculumCollection | 'competencies'

/**
 * Every text of one document (in one locale) that a learner reads, citation markers ("[1]") stripped: the
 * language checks read what a sentence says, not its references.
 */
export const documentTexts = (collection: ReviewedCollection, doc: Record<string, unknown>): FieldText[] => {
  const out: FieldText[] = []
  push(out, 'title', doc.title)
  push(out, 'summary', doc.summary)
  if (collection === 'competencies') push(out, 'description', doc.description)
  if (collection === 'lessons') out.push(...lexicalTexts(doc.body, 'body'))
  if (collection === 'quizzes') {
    push(out, 'instructions', doc.instructions)
    for (const [index, question] of rows<QuestionLike>(doc.questions).entries()) {
      const at = `questions.${index + 1}`
      push(out, `${at}.prompt`, question.prompt)
      for (const choice of rows<{ text?: unknown; feedback?: unknown }>(question.choices)) {
        push(out, `${at}.choice`, choice.text)
        push(out, `${at}.feedback`, choice.feedback)
      }
      for (const accepted of rows<{ answer?: unknown }>(question.acceptedAnswers)) push(out, `${at}.acceptedAnswer`, accepted.answer)
      push(out, `${at}.correctFeedback`, question.correctFeedback)
      push(out, `${at}.incorrectFeedback`, question.incorrectFeedback)
    }
  }
  return out.map(({ field, text }) => ({ field, text: stripMarkers(text) }))
}
