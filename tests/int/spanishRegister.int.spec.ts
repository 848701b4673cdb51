import { describe, expect, it } from 'vitest'

import { credentials } from '../../seed/content/credentials'
import { curriculumTexts } from '../helpers/curriculumText'

/**
 * The Spanish UI speaks to the reader as "tú" (src/i18n/messages/es.json); the shipped Spanish
 * curriculum must too (issue #14). "su/sus/le" stay legitimate for third persons (the peer worker,
 * the organization), so the check looks for forms that only the "usted" register uses.
 */

/** Formal imperatives that are also third-person subjunctives ("deja que elija"): formal only at the start of a sentence, title or list item. */
const SENTENCE_START_IMPERATIVES = [
  'Piense', 'Imagine', 'Recuerde', 'Seleccione', 'Elija', 'Responda', 'Revise', 'Repase', 'Compruebe', 'Considere', 'Observe',
  'Lea', 'Escriba', 'Anote', 'Invite', 'Pregunte', 'Pida', 'Ofrezca', 'Empiece', 'Comience', 'Busque', 'Averigüe', 'Defina',
  'Decida', 'Describa', 'Indique', 'Mencione', 'Diga', 'Haga', 'Ponga', 'Tenga', 'Mantenga', 'Cuide', 'Construya', 'Conecte',
  'Comparta', 'Acuerde', 'Aclare', 'Termine', 'Registre', 'Redacte', 'Oriente', 'Planifique', 'Identifique', 'Marque', 'Explore',
  'Entreviste', 'Ubique', 'Trabaje', 'Vigile', 'Converse', 'Ayude', 'Elabore', 'Evite', 'Verifique', 'Confirme', 'Especifique',
]
/** Forms that belong to the "usted" register wherever they stand: the pronoun and formal imperatives with an attached pronoun. */
const ANYWHERE = [
  'usted', 'ustedes', 'pregúntese', 'asegúrese', 'fíjese', 'manténgase', 'prepárese', 'aplíquelas', 'úselas', 'úselo', 'hágalas',
  'hágalo', 'inclúyala', 'tómelo', 'tómelas', 'piénselo', 'recuérdelo', 'anótelo', 'pídale', 'dígale', 'pregúntele',
]

const letter = 'A-Za-zÁÉÍÓÚÜÑáéíóúüñ'
const sentenceStart = new RegExp(`(?:^|[.!?:;¿¡]\\s*|\\*\\*)(${SENTENCE_START_IMPERATIVES.join('|')})(?![${letter}])`, 'u')
const anywhere = new RegExp(`(?<![${letter}])(${ANYWHERE.join('|')})(?![${letter}])`, 'iu')

/** The first usted-register marker in a text, or null. */
const ustedMarker = (text: string): string | null => sentenceStart.exec(text)?.[1] ?? anywhere.exec(text)?.[1] ?? null

const spanishTexts = (): { where: string; text: string }[] => [
  ...curriculumTexts('es'),
  ...credentials.flatMap((credential) =>
    [credential.name.es, credential.notes.es].map((text) => ({ where: `credential ${credential.slug}`, text })),
  ),
]

describe('the Spanish curriculum speaks to the reader as "tú"', () => {
  it('recognizes usted-register markers and leaves tú and third-person text alone', () => {
    expect(ustedMarker('Piense en su organización')).toBe('Piense')
    expect(ustedMarker('Cuando termine, **Elija** un título.')).toBe('Elija')
    expect(ustedMarker('¿Recuerde algo?')).toBe('Recuerde')
    expect(ustedMarker('Antes de compartir, pregúntese:')).toBe('pregúntese')
    expect(ustedMarker('alguien creyó que usted podía salir adelante')).toBe('usted')
    expect(ustedMarker('Piensa en tu organización. Elige un título.')).toBeNull()
    expect(ustedMarker('Ofrece apoyo y deja que elija.')).toBeNull()
    expect(ustedMarker('Sea cual sea el título, el trabajador de pares usa su experiencia.')).toBeNull()
    expect(ustedMarker('el Centro recomienda “Use of Peers and Recovery Specialists in Child Welfare”')).toBeNull()
  })

  it('has no usted-register marker in any shipped Spanish text', () => {
    const texts = spanishTexts()
    expect(texts.length).toBeGreaterThan(500)
    const found = texts.flatMap(({ where, text }) => {
      const marker = ustedMarker(text)
      return marker ? [`${where}: “${marker}” in “${text.slice(0, 120)}”`] : []
    })
    expect(found).toEqual([])
  })
})
