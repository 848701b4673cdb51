import type { CollectionConfig } from 'payload'

import { isContentEditorField } from '@/access/roles'
import { shippedContentHashField } from '../shared/contentFields'
import { curriculumSlugField } from '../shared/slug'
import { previewButton, publishWithTranslationCheck, translationStatusField } from '../shared/adminPreview'
import { curriculumCollection } from '../shared/curriculum'
import { languageReviewFields } from '../shared/languageReview'
import { moduleOrganizationField } from '../shared/moduleOrganization'
import { fillTrueFalseChoice } from './trueFalseChoices'
import { validateQuestions } from './validateQuestions'

/** Answer keys and per-answer feedback: only editors read them; learners get them via grading. */
const answerKeyAccess = { read: isContentEditorField }

export const QUESTION_TYPES = [
  { label: { en: 'Single choice', es: 'Opción única' }, value: 'single' },
  { label: { en: 'Multiple choice', es: 'Opción múltiple' }, value: 'multiple' },
  { label: { en: 'True / false', es: 'Verdadero / falso' }, value: 'true-false' },
  { label: { en: 'Short answer', es: 'Respuesta corta' }, value: 'short-answer' },
]

export const Quizzes: CollectionConfig = {
  slug: 'quizzes',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'module', 'passingScore', '_status'],
    preview: previewButton('quizzes'),
    components: {
      edit: { PublishButton: publishWithTranslationCheck },
      views: {
        edit: {
          // Moodle-style statistics of learners' attempts, for trainers and admins (aggregates only).
          statistics: {
            Component: '/components/admin/QuizStatisticsView#QuizStatisticsView',
            path: '/statistics',
            tab: { label: 'Statistics', href: '/statistics', order: 150 },
          },
        },
      },
    },
  },
  ...curriculumCollection('quizzes'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200, label: { en: 'Title', es: 'Título' } },
    curriculumSlugField,
    {
      name: 'module',
      type: 'relationship',
      relationTo: 'modules',
      required: true,
      index: true,
      label: { en: 'Module', es: 'Módulo' },
      admin: {
        description: {
          en: 'The module this quiz belongs to; it is published to the same learners as the module.',
          es: 'El módulo al que pertenece este cuestionario; llega a los mismos participantes que el módulo.',
        },
      },
    },
    {
      name: 'lesson',
      type: 'relationship',
      relationTo: 'lessons',
      label: { en: 'Lesson', es: 'Lección' },
      admin: {
        description: {
          en: 'Leave empty for the module quiz (taken after the lessons). Set it for a short check at the end of one lesson.',
          es: 'Déjalo vacío para el cuestionario del módulo (después de las lecciones). Elige una lección para un repaso breve al final de esa lección.',
        },
      },
    },
    {
      name: 'instructions',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: { en: 'Instructions', es: 'Instrucciones' },
      admin: {
        description: {
          en: 'Shown above the questions, e.g. what the quiz covers and how long it takes.',
          es: 'Se muestra sobre las preguntas; por ejemplo, qué temas cubre y cuánto tiempo lleva.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'passingScore',
          type: 'number',
          required: true,
          defaultValue: 80,
          min: 0,
          max: 100,
          label: { en: 'Passing score (%)', es: 'Puntuación para aprobar (%)' },
          admin: {
            description: {
              en: 'The share of the points (0–100) a learner needs to pass.',
              es: 'El porcentaje de los puntos (0–100) que se necesita para aprobar.',
            },
          },
        },
        {
          name: 'maxAttempts',
          type: 'number',
          required: true,
          defaultValue: 3,
          min: 1,
          max: 20,
          label: { en: 'Attempts allowed', es: 'Intentos permitidos' },
          admin: {
            description: {
              en: 'How many times a learner may submit this quiz (1–20). A manager can grant one more.',
              es: 'Cuántas veces se puede enviar este cuestionario (1–20). Una persona responsable puede conceder uno más.',
            },
          },
        },
        {
          name: 'questionsPerAttempt',
          type: 'number',
          min: 0,
          max: 50,
          // A custom validate replaces Payload's min/max check, so it does both.
          validate: (value: number | null | undefined) =>
            value === null || value === undefined || (Number.isInteger(value) && value >= 0 && value <= 50) || 'Use a whole number from 0 to 50.',
          label: { en: 'Questions per attempt', es: 'Preguntas por intento' },
          admin: {
            description: {
              en: 'How many questions each attempt draws from the bank below, spread across the lessons they are tagged with (like Moodle\'s random questions): a retry is a new set, a reload shows the same one. Leave empty or 0 to ask every question.',
              es: 'Cuántas preguntas saca cada intento del banco de abajo, repartidas entre las lecciones a las que están asociadas (como las preguntas aleatorias de Moodle): cada reintento es un conjunto nuevo y al recargar se ve el mismo. Déjalo vacío o en 0 para hacer todas las preguntas.',
            },
          },
        },
      ],
    },
    {
      name: 'retakeAfterPass',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Learners who passed may take it again', es: 'Quien aprobó puede volver a hacerlo' },
      admin: {
        description: {
          en: 'Off: once a learner passes, "Take the quiz" is replaced by their result and no further attempt can be used. On: a learner who passed may retake it (for practice) while attempts remain; each retake uses an attempt.',
          es: 'Desactivado: cuando alguien aprueba, "Hacer el cuestionario" se sustituye por su resultado y no puede usar más intentos. Activado: quien aprobó puede repetirlo (para practicar) mientras le queden intentos; cada repetición usa un intento.',
        },
      },
    },
    {
      name: 'displayMode',
      type: 'select',
      defaultValue: 'all-at-once',
      label: { en: 'Display', es: 'Presentación' },
      admin: {
        description: {
          en: 'One page suits short quizzes; one question at a time suits phones and long scenarios.',
          es: 'Una sola página va bien para cuestionarios cortos; una pregunta cada vez, para el móvil y los casos largos.',
        },
      },
      options: [
        { label: { en: 'All questions on one page', es: 'Todas las preguntas en una página' }, value: 'all-at-once' },
        { label: { en: 'One question at a time', es: 'Una pregunta cada vez' }, value: 'one-at-a-time' },
      ],
    },
    {
      name: 'review',
      type: 'select',
      defaultValue: 'feedback',
      label: { en: 'After submitting, learners see', es: 'Después de enviar, se ve' },
      admin: {
        description: {
          en: 'What a learner sees after submitting an attempt. "Score and feedback" shows the feedback of the choices the learner chose and the correct-answer note; the incorrect-answer note (which often gives the answer away) and the correct answers are shown only with "Feedback and the correct answers".',
          es: 'Lo que se ve después de enviar un intento. "Puntuación y comentarios" muestra el comentario de las opciones elegidas y la nota de respuesta correcta; la nota de respuesta incorrecta (que a menudo revela la respuesta) y las respuestas correctas solo se muestran con "Comentarios y respuestas correctas".',
        },
      },
      options: [
        { label: { en: 'Score only', es: 'Solo la puntuación' }, value: 'score' },
        { label: { en: 'Score and feedback on each answer', es: 'Puntuación y comentarios de cada respuesta' }, value: 'feedback' },
        { label: { en: 'Feedback and the correct answers', es: 'Comentarios y respuestas correctas' }, value: 'full' },
      ],
    },
    {
      name: 'questions',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 50,
      validate: validateQuestions,
      label: { en: 'Questions', es: 'Preguntas' },
      labels: { singular: { en: 'Question', es: 'Pregunta' }, plural: { en: 'Questions', es: 'Preguntas' } },
      admin: {
        initCollapsed: true,
        description: {
          en: 'The question bank; each row is labelled by its question. Tag each question with the lesson it assesses so draws are spread across lessons. Feedback: a choice\'s own feedback is shown to whoever chose it; the question\'s correct/incorrect notes follow it (see "After submitting, learners see").',
          es: 'El banco de preguntas; cada fila lleva el texto de su pregunta. Asocia cada pregunta a la lección que evalúa para que los sorteos se repartan entre lecciones. Comentarios: el de cada opción se muestra a quien la eligió; las notas de respuesta correcta o incorrecta de la pregunta van después (ver "Después de enviar, se ve").',
        },
        components: { RowLabel: '/components/admin/QuestionRowLabel#QuestionRowLabel' },
      },
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'single',
          options: QUESTION_TYPES,
          label: { en: 'Question type', es: 'Tipo de pregunta' },
          admin: {
            description: {
              en: 'Choosing "True / false" adds the True and False choices, in English and Spanish; tick the correct one.',
              es: 'Al elegir "Verdadero / falso" se añaden las opciones Verdadero y Falso, en español e inglés; marca la correcta.',
            },
            components: { Field: '/components/admin/QuestionTypeField#QuestionTypeField' },
          },
        },
        { name: 'prompt', type: 'textarea', required: true, localized: true, maxLength: 2000, label: { en: 'Question', es: 'Pregunta' } },
        {
          type: 'row',
          fields: [
            {
              name: 'lesson',
              type: 'relationship',
              relationTo: 'lessons',
              label: { en: 'Lesson', es: 'Lección' },
              admin: {
                description: {
                  en: 'The lesson this question assesses (used to spread drawn questions across lessons).',
                  es: 'La lección que evalúa esta pregunta (sirve para repartir las preguntas sorteadas entre lecciones).',
                },
              },
              // Only this module's lessons make sense here.
              filterOptions: ({ data }) => (data?.module ? { module: { equals: data.module } } : true),
            },
            {
              name: 'scenario',
              type: 'checkbox',
              defaultValue: false,
              label: { en: 'Scenario', es: 'Caso práctico' },
              admin: {
                description: {
                  en: 'A scenario: asks the learner to judge a situation (what would you do, which response fits).',
                  es: 'Un caso práctico: pide valorar una situación (qué harías, qué respuesta encaja).',
                },
              },
            },
          ],
        },
        {
          name: 'points',
          type: 'number',
          defaultValue: 1,
          min: 0,
          max: 100,
          label: { en: 'Points', es: 'Puntos' },
          admin: {
            description: {
              en: 'Weight of this question in the score (0–100). 0 makes it a practice question that does not count.',
              es: 'Peso de esta pregunta en la puntuación (0–100). Con 0 es de práctica y no cuenta.',
            },
          },
        },
        {
          name: 'scoring',
          type: 'select',
          defaultValue: 'all-or-nothing',
          options: [
            { label: 'All or nothing', value: 'all-or-nothing' },
            { label: 'Partial credit', value: 'partial' },
          ],
          label: { en: 'Scoring', es: 'Puntuación' },
          admin: {
            condition: (_, sibling) => sibling?.type === 'multiple',
            description: {
              en: 'All or nothing: full points only when exactly the correct choices are chosen. Partial credit: points for each correct choice, less for each wrong one.',
              es: 'Todo o nada: todos los puntos solo si se eligen exactamente las opciones correctas. Crédito parcial: puntos por cada opción correcta, menos por cada incorrecta.',
            },
          },
        },
        {
          name: 'competencies',
          type: 'relationship',
          relationTo: 'competencies',
          hasMany: true,
          label: { en: 'Competencies', es: 'Competencias' },
          admin: {
            description: {
              en: 'The SAMHSA core competencies this question assesses.',
              es: 'Las competencias básicas de SAMHSA que evalúa esta pregunta.',
            },
          },
        },
        {
          name: 'choices',
          type: 'array',
          maxRows: 10,
          label: { en: 'Choices', es: 'Opciones' },
          labels: { singular: { en: 'Choice', es: 'Opción' }, plural: { en: 'Choices', es: 'Opciones' } },
          admin: { condition: (_, sibling) => sibling?.type !== 'short-answer' },
          fields: [
            {
              name: 'text',
              type: 'text',
              required: true,
              localized: true,
              maxLength: 500,
              label: { en: 'Choice', es: 'Opción' },
              hooks: { beforeChange: [fillTrueFalseChoice] },
            },
            { name: 'isCorrect', type: 'checkbox', defaultValue: false, access: answerKeyAccess, label: { en: 'Correct', es: 'Correcta' } },
            {
              name: 'feedback',
              type: 'textarea',
              localized: true,
              maxLength: 1000,
              access: answerKeyAccess,
              label: { en: 'Feedback for this choice', es: 'Comentario de esta opción' },
              admin: {
                description: {
                  en: 'Shown to a learner who chose this choice (with "Score and feedback" or "Feedback and the correct answers"), before the question\'s correct/incorrect note: say why this choice fits or does not.',
                  es: 'Se muestra a quien eligió esta opción (con "Puntuación y comentarios" o "Comentarios y respuestas correctas"), antes de la nota de respuesta correcta o incorrecta de la pregunta: explica por qué esta opción encaja o no.',
                },
              },
            },
          ],
        },
        {
          name: 'acceptedAnswers',
          type: 'array',
          maxRows: 10,
          // Each language has its own list of accepted answers.
          localized: true,
          access: answerKeyAccess,
          label: { en: 'Accepted answers', es: 'Respuestas aceptadas' },
          admin: {
            condition: (_, sibling) => sibling?.type === 'short-answer',
            description: {
              en: 'Each answer that counts as right, in this language. Case, accents and punctuation are ignored.',
              es: 'Cada respuesta que cuenta como correcta, en este idioma. No importan las mayúsculas, las tildes ni la puntuación.',
            },
          },
          fields: [{ name: 'answer', type: 'text', required: true, maxLength: 200, label: { en: 'Answer', es: 'Respuesta' } }],
        },
        {
          name: 'correctFeedback',
          type: 'textarea',
          localized: true,
          maxLength: 1000,
          access: answerKeyAccess,
          label: { en: 'Note when answered correctly', es: 'Nota si la respuesta es correcta' },
          admin: {
            description: {
              en: 'Shown after a correct answer (with "Score and feedback" or more), after the feedback of the chosen choices. Short answers have no choices, so these two notes are their only feedback.',
              es: 'Se muestra tras una respuesta correcta (con "Puntuación y comentarios" o más), después del comentario de las opciones elegidas. Las respuestas cortas no tienen opciones, así que estas dos notas son su único comentario.',
            },
          },
        },
        {
          name: 'incorrectFeedback',
          type: 'textarea',
          localized: true,
          maxLength: 1000,
          access: answerKeyAccess,
          label: { en: 'Note when answered incorrectly', es: 'Nota si la respuesta es incorrecta' },
          admin: {
            description: {
              en: 'Shown after a wrong answer, after the feedback of the chosen choices, but only with "Feedback and the correct answers" (it often gives the answer away).',
              es: 'Se muestra tras una respuesta incorrecta, después del comentario de las opciones elegidas, pero solo con "Comentarios y respuestas correctas" (a menudo revela la respuesta).',
            },
          },
        },
      ],
    },
    shippedContentHashField,
    moduleOrganizationField,
    translationStatusField,
    ...languageReviewFields,
  ],
}
