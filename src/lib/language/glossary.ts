/**
 * One Spanish rendering per key term of the curriculum, so every module speaks the same vocabulary.
 *
 * Plain data for translators: `es` is the rendering to use, `note` says why, `forbidden` lists the drifting
 * variants that must not appear in Spanish curriculum text (checked by tests/int/glossary.int.spec.ts).
 * Patterns follow rules.ts: case-insensitive, whole words, accents ignored; `esPattern` also accepts the
 * gender and number forms of the rendering.
 */

export interface GlossaryEntry {
  /** The English term as the seeds write it. */
  readonly en: string
  /** RegExp source for the term in English curriculum text. */
  readonly enPattern: string
  /** The one Spanish rendering. */
  readonly es: string
  /** RegExp source for the rendering and its inflected forms in Spanish text. */
  readonly esPattern: string
  /** Variants that must not appear in Spanish text (RegExp sources). */
  readonly forbidden: readonly string[]
  readonly note: string
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    en: 'peer support',
    enPattern: 'peer support',
    es: 'apoyo entre pares',
    esPattern: 'apoyo entre pares',
    // "Apoyo entre compañeros" is allowed only inside quotation marks, as the title of SAMHSA's Spanish sheet.
    forbidden: ['apoyo de pares', 'apoyo par a par', 'apoyo entre iguales', '(?<![“"«])apoyo entre compañeros'],
    note: 'SAMHSA titles the Spanish version of its Peer Support sheet “Apoyo entre compañeros” (seed 003); cite that only as SAMHSA’s title, in quotation marks. Everywhere else say “apoyo entre pares”: “par” carries the sense of a peer with shared experience, “compañero” reads as a co-worker or classmate.',
  },
  {
    en: 'experientially credentialed',
    enPattern: 'experientially credentialed',
    es: 'acreditado por la experiencia',
    esPattern: 'acreditad[oa]s?\\s+por\\s+la\\s+experiencia',
    forbidden: ['credencial(?:es)?\\s+basadas?\\s+en\\s+la\\s+experiencia', 'acreditad[oa]s?\\s+experiencialmente', 'credencial(?:es)?\\s+de\\s+(?:la\\s+)?experiencia', 'certificad[oa]s?\\s+por\\s+la\\s+experiencia', 'credencial(?:es)?\\s+experiencial(?:es)?'],
    note: 'Davidson et al. (1999). Keep the English phrase in quotation marks on first use in a lesson, then “acreditado por la experiencia” (agree in gender and number).',
  },
  {
    en: 'peerness',
    enPattern: 'peerness',
    es: 'el sentido de ser pares (“peerness”)',
    esPattern: 'sentido\\s+de\\s+ser\\s+pares|peerness',
    forbidden: ['condición\\s+de\\s+par(?:es)?', 'paridad', 'paritariedad'],
    note: 'The seeds put “peerness” in quotation marks; keep the English word in quotation marks with the gloss “el sentido de ser pares”. “Paridad” means parity (equal numbers), not the bond.',
  },
  {
    en: 'mutuality',
    enPattern: 'mutuality',
    es: 'reciprocidad',
    esPattern: 'reciprocidad',
    forbidden: ['mutualidad(?:es)?'],
    note: '“Mutualidad” also names a mutual-aid or insurance society in Spanish; “reciprocidad” is the relationship the seeds describe.',
  },
  {
    en: 'person-first language',
    enPattern: 'person[- ]first',
    es: 'lenguaje que pone a la persona primero',
    esPattern: '(?:pone|ponga|poner|ponen|pongan)\\s+a\\s+la\\s+persona\\s+primero|person\\s+first',
    forbidden: ['centrad[oa]s?\\s+en\\s+la\\s+persona', 'persona\\s+primero(?<!a\\s+la\\s+persona\\s+primero)'],
    note: 'Person-first language names the person before the condition (“persona con un trastorno por consumo de sustancias”). “Centrado en la persona” is person-centred care, a different idea; do not use it for this. The DBHIDS guidelines keep their English title, Person First Guidelines.',
  },
  {
    en: 'social networks',
    enPattern: 'social\\s+network(?:s|ing)?',
    es: 'redes de apoyo',
    esPattern: 'redes?\\s+de\\s+apoyo',
    forbidden: ['redes?\\s+sociales'],
    note: 'Seed 002 speaks of “social networking” in the sense of people one can lean on. “Redes sociales” reads as social media.',
  },
  {
    en: 'return to use',
    enPattern: 'return(?:s|ed|ing)?\\s+to\\s+use',
    es: 'regreso al consumo',
    esPattern: 'regres(?:o|ar|a|an|ó)\\s+al\\s+consumo|volver\\s+a\\s+consumir',
    // “recae en/sobre” is “falls on” (el peso recae en…), not a return to use.
    forbidden: ['reca[ií]das?', 'recae(?:r|rá|n)?(?!\\s+(?:en|sobre)\\b)'],
    note: 'Seed 000 says “return to use”; it frames use after a period of recovery as part of the process, not a failure. The language checker flags “recaída” when it is framed as failure.',
  },
  {
    en: 'a pair of hands (pun on “par”)',
    enPattern: 'extra\\s+pair\\s+of\\s+hands',
    es: 'una ayuda más / personal de relleno',
    esPattern: 'una\\s+ayuda\\s+más|personal\\s+de\\s+relleno',
    forbidden: ['par(?:es)?\\s+de\\s+manos'],
    note: 'In Spanish “un par de manos” puns on “par” (peer) and reads as if the peer worker were the spare hands. Say what is meant instead.',
  },
]

/** SAMHSA's own Spanish title for its Peer Support sheet (seed 003), to be cited as such. */
export const SAMHSA_SPANISH_PEER_SUPPORT_TITLE = 'Apoyo entre compañeros'

const foldMarks = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '')

/** A glossary pattern as a whole-word, case- and accent-insensitive RegExp (match it against `foldMarks(text)`). */
const termRegExp = (source: string): RegExp => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${foldMarks(source)})(?![\p{L}\p{N}])`, 'giu')

const COMPILED = GLOSSARY.map((entry) => ({
  entry,
  en: termRegExp(entry.enPattern),
  es: termRegExp(entry.esPattern),
  forbidden: entry.forbidden.map(termRegExp),
}))

export interface GlossaryVariant {
  /** The glossary's English term. */
  term: string
  /** The variant as written in the text. */
  found: string
  /** The rendering to use instead. */
  use: string
}

/** Spanish renderings of glossary terms that drift from the glossary. */
export const glossaryVariants = (text: string): GlossaryVariant[] => {
  const folded = foldMarks(text)
  return COMPILED.flatMap(({ entry, forbidden }) =>
    forbidden.flatMap((pattern) => [...folded.matchAll(pattern)].map((match) => ({ term: entry.en, found: match[0], use: entry.es }))),
  )
}

export interface GlossaryFinding {
  /** Exactly `text.slice(start, end)`, as the writer wrote it. */
  term: string
  /** The glossary's rendering, to use instead. */
  suggestion: string
  /** UTF-16 offsets into the text that was checked. */
  start: number
  end: number
  /** `glossary:` and the glossary's English term, e.g. "glossary:mutuality". */
  rule: string
}

/**
 * The same variants as `glossaryVariants`, reported like the person-first findings: the words as written (accents
 * and casing kept) and where they are, with the glossary's rendering as the suggestion. The language check of the
 * admin and of `npm run lint:language` reports these for Spanish text.
 */
export const glossaryFindings = (text: string): GlossaryFinding[] => {
  // Fold character by character, remembering where each folded character came from.
  let folded = ''
  const origins: number[] = []
  let offset = 0
  for (const char of text) {
    const base = foldMarks(char)
    for (let unit = 0; unit < base.length; unit += 1) origins.push(offset)
    folded += base
    offset += char.length
  }
  origins.push(text.length)
  const at = (index: number) => origins[index] ?? text.length
  return COMPILED.flatMap(({ entry, forbidden }) =>
    forbidden.flatMap((pattern) =>
      [...folded.matchAll(pattern)].map((match) => {
        const start = at(match.index)
        const end = at(match.index + match[0].length)
        return { term: text.slice(start, end), suggestion: entry.es, start, end, rule: `glossary:${entry.en}` }
      }),
    ),
  ).sort((a, b) => a.start - b.start)
}

/** Whether a text uses a glossary term, in English (`en`) or in its one Spanish rendering (`es`). */
export const usesGlossaryTerm = (entry: GlossaryEntry, text: string, locale: 'en' | 'es'): boolean => {
  const compiled = COMPILED.find((candidate) => candidate.entry === entry)!
  const pattern = locale === 'en' ? compiled.en : compiled.es
  pattern.lastIndex = 0
  return pattern.test(foldMarks(text))
}
