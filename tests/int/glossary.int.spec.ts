import { describe, expect, it } from 'vitest'

import { curriculum } from '../../seed/content'
import { GLOSSARY, glossaryVariants, SAMHSA_SPANISH_PEER_SUPPORT_TITLE, usesGlossaryTerm } from '@/lib/language/glossary'
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
