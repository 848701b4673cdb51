import type { LanguageLocale } from './personFirst'

const NAMES: Record<string, { en: string; es: string }> = {
  title: { en: 'Title', es: 'Título' },
  summary: { en: 'Summary', es: 'Resumen' },
  description: { en: 'Description', es: 'Descripción' },
  instructions: { en: 'Instructions', es: 'Instrucciones' },
  body: { en: 'Lesson text', es: 'Texto de la lección' },
  'body.callout': { en: 'Lesson text, callout', es: 'Texto de la lección, recuadro' },
  'body.caption': { en: 'Lesson text, media caption', es: 'Texto de la lección, pie de foto' },
  'body.keyTerms': { en: 'Lesson text, key terms', es: 'Texto de la lección, términos clave' },
  prompt: { en: 'question', es: 'enunciado' },
  choice: { en: 'a choice', es: 'una opción' },
  feedback: { en: 'a choice\'s feedback', es: 'el comentario de una opción' },
  acceptedAnswer: { en: 'an accepted answer', es: 'una respuesta aceptada' },
  correctFeedback: { en: 'note when correct', es: 'nota si es correcta' },
  incorrectFeedback: { en: 'note when incorrect', es: 'nota si es incorrecta' },
}

/**
 * A finding's field ("title", "body.callout", "questions.3.prompt") as a trainer names it:
 * "Lesson text, callout", "Question 3, question". Unknown fields are shown as they are.
 */
export const fieldDisplayName = (field: string, language: LanguageLocale): string => {
  const question = /^questions\.(\d+)\.(\w+)$/.exec(field)
  if (question) {
    const part = NAMES[question[2]]?.[language] ?? question[2]
    return language === 'es' ? `Pregunta ${question[1]}, ${part}` : `Question ${question[1]}, ${part}`
  }
  return NAMES[field]?.[language] ?? field
}
