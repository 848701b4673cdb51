import { describe, expect, it } from 'vitest'

import { curriculum } from '../../seed/content'
import { GLOSSARY, glossaryFindings, glossaryVariants, SAMHSA_SPANISH_PEER_SUPPORT_TITLE, usesGlossaryTerm } from '@/lib/language/glossary'
import { checkPersonFirstLanguage } from '@/lib/language/personFirst'
import { documentFindings, textFindings } from '@/lib/language/review'
import { toLexical } from '../../seed/lexical'
import { curriculumTexts, lessonTexts } from '../helpers/curriculumText'

describe('the Spanish glossary', () => {
  it('finds no drifting variant of a glossary term anywhere in the Spanish curriculum', () => {
    const variants = curriculumTexts('es', { acceptedAnswers: false }).flatMap(({ where, text }) => glossaryVariants(text).map((variant) => ({ where, ...variant })))
    expect(variants).toEqual([])
  })

  it('renders each glossary term the glossary’s way in every lesson that uses it in English', () => {
    const missing: string[] = []
    for (const lesson of curriculum.flatMap((module) => module.lessons)) {
      const en = lessonTexts(lesson, 'en').join('\n')
      const es = lessonTexts(lesson, 'es').join('\n')
      for (const entry of GLOSSARY) {
        if (usesGlossaryTerm(entry, en, 'en') && !usesGlossaryTerm(entry, es, 'es')) missing.push(`${lesson.slug}: ${entry.en} → ${entry.es}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('cites SAMHSA’s own Spanish title, in quotation marks and next to SAMHSA', () => {
    const citing = curriculumTexts('es').filter(({ text }) => text.includes(`“${SAMHSA_SPANISH_PEER_SUPPORT_TITLE}”`))
    expect(citing.length).toBeGreaterThanOrEqual(1)
    for (const { text } of citing) expect(text).toMatch(/SAMHSA/)
  })

  it('catches the variants it lists (so the check above can fail)', () => {
    expect(glossaryVariants('La mutualidad y la paridad, un lenguaje centrado en la persona y las redes sociales.').map((v) => v.term)).toEqual([
      'peerness',
      'mutuality',
      'person-first language',
      'social networks',
    ])
    expect(glossaryVariants('No es un par de manos extra; tiene una credencial basada en la experiencia.').map((v) => v.term)).toEqual([
      'experientially credentialed',
      'a pair of hands (pun on “par”)',
    ])
    // SAMHSA's title is allowed in quotation marks only; "pone a la persona primero" is the glossary's own wording.
    expect(glossaryVariants('SAMHSA la titula “Apoyo entre compañeros”. Un lenguaje que pone a la persona primero.')).toEqual([])
    expect(glossaryVariants('Ofrecemos apoyo entre compañeros.').map((v) => v.found)).toEqual(['apoyo entre companeros'])
  })

  it('gives every entry a rendering that its own pattern accepts and a note for translators', () => {
    for (const entry of GLOSSARY) {
      expect(usesGlossaryTerm(entry, entry.es, 'es'), entry.en).toBe(true)
      expect(entry.note.length, entry.en).toBeGreaterThan(20)
      expect(glossaryVariants(entry.es), entry.en).toEqual([])
    }
  })
})

describe('the glossary in the language check (admin and `npm run lint:language`)', () => {
  it('reports each variant as written, where it is, with the glossary’s rendering as the suggestion', () => {
    const text = 'Las Redes Sociales y la mutualidad.'
    const findings = glossaryFindings(text)
    expect(findings).toEqual([
      { term: 'Redes Sociales', suggestion: 'redes de apoyo', start: 4, end: 18, rule: 'glossary:social networks' },
      { term: 'mutualidad', suggestion: 'reciprocidad', start: 24, end: 34, rule: 'glossary:mutuality' },
    ])
    // Offsets stay right after accented letters.
    const [accented] = glossaryFindings('Según él, su condición de par importa.')
    expect(accented).toMatchObject({ term: 'condición de par', rule: 'glossary:peerness' })
  })

  it('checks Spanish module summaries, lesson bodies, competencies and quiz feedback, but not accepted answers or English', () => {
    expect(documentFindings('modules', { title: 'Módulo', summary: 'Sobre la mutualidad.' }, 'es')).toEqual([
      { field: 'summary', term: 'mutualidad', suggestion: 'reciprocidad', rule: 'glossary:mutuality' },
    ])
    expect(documentFindings('modules', { title: 'Módulo', summary: 'Sobre la mutualidad.' }, 'en')).toEqual([])
    const quiz = {
      title: 'Cuestionario',
      questions: [
        { prompt: '¿Qué es?', choices: [{ text: 'Reciprocidad', feedback: 'Correcto: no es paridad [1].' }] },
        { prompt: '¿Cómo se dice?', acceptedAnswers: [{ answer: 'la persona primero' }], incorrectFeedback: 'Piensa en el lenguaje centrado en la persona.' },
      ],
    }
    expect(documentFindings('quizzes', quiz, 'es').map(({ field, term }) => [field, term])).toEqual([
      ['questions.1.feedback', 'paridad'],
      ['questions.2.incorrectFeedback', 'centrado en la persona'],
    ])
    expect(documentFindings('competencies', { title: 'Apoyo', description: 'Usa las redes sociales de la persona.' }, 'es')).toMatchObject([{ term: 'redes sociales' }])
    const lesson = { title: 'Lección', body: toLexical([{ type: 'paragraph', text: 'Un par de manos más [2].' }], 'test') }
    expect(documentFindings('lessons', lesson, 'es')).toMatchObject([{ field: 'body', term: 'par de manos', suggestion: 'una ayuda más / personal de relleno' }])
  })

  it('reports a glossary variant inside a person-first finding once, as the person-first finding', () => {
    const text = 'Tuvo una recaída. Su recaída fue un fracaso.'
    expect(textFindings(text, 'es').map(({ term, rule }) => [term, rule])).toEqual([
      ['recaída', 'glossary:return to use'],
      ['recaída fue un fracaso', 'es-recaida-fracaso'],
    ])
    expect(checkPersonFirstLanguage(text, 'es')).toHaveLength(1)
  })
})
