/**
 * Person-first wording rules, after the Philadelphia DBHIDS "Person First" language guidance.
 *
 * Kept as plain data so trainers can review the wording without reading matcher code.
 * How the matcher reads a pattern (see personFirst.ts):
 * - case-insensitive, Unicode (`iu` flags), and always whole words: never write `\b` here,
 *   because `\b` only knows ASCII letters and would split "alcohólico" at the "ó";
 * - accents are ignored on both sides (patterns and text are compared without combining marks),
 *   so "alcoholico" typed on a phone without accent keys is caught, and accents here are only for readability;
 * - an exception is a pattern too: a match lying inside an exception's match is not reported
 *   (proper names such as "Alcoholics Anonymous", clinical terms such as "nicotine replacement therapy").
 */

export type LanguageLocale = 'en' | 'es'

export interface LanguageRule {
  /** Stable kebab-case id; Spanish ids start with `es-`. Stored with findings, so never rename one. */
  readonly id: string
  readonly locale: LanguageLocale
  /** RegExp source, without flags. */
  readonly pattern: string
  /** Person-first wording, in the rule's own language. */
  readonly suggestion: string
  readonly exceptions?: readonly string[]
}

const raw = String.raw

// Lookbehinds in this file come after a literal word ("bipolar(?<=…)"), never first: a leading lookbehind
// would run at every position and scan whitespace backwards each time, which is quadratic on long texts.

// After a noun the next word is a verb, a connective or punctuation; after an attributive adjective it is the noun
// itself. That is how "a bipolar." (a label) is told from "a bipolar diagnosis" (fine) without a dictionary.
const NOUN_END = raw`(?=\s*(?:$|[^\s\p{L}\p{N}-])|\s+(?:and|or|but|who|whom|whose|that|which|is|was|are|were|has|had|have|will|would|can|could|may|might|should|must|does|did|do|in|at|on|with|for|to|from|of|by|like|as|than|because|when|while|if|so|gets?|got|says?|said|needs?|wants?|feels?|thinks?|lives?)(?![\p{L}\p{N}]))`

// "Clean" about drug use ends the clause or runs on into time and connective words ("clean for two years",
// "clean since May"); "clean water" and "clean clothes" are followed by the noun they describe.
const CLEAN_TAIL = raw`(?=\s*(?:$|[^\s\p{L}\p{N}-])|\s+(?:\p{N}|(?:and|or|but|for|since|now|again|today|yet|in|at|after|by|with|through|until|ever|so|because|while|when|this|that|than|as|all|long|over|from|off|the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|most|almost|nearly|about)(?![\p{L}\p{N}])))`

// A personal subject keeps "he is clean" apart from "the kitchen is clean".
const EN_PERSON_IS = raw`(?:(?:i|you|he|she|we|they|who)\s+(?:am|is|are|was|were)|(?:i['’]m|you['’]re|he['’]s|she['’]s|we['’]re|they['’]re))`

const DRUG_TEST = raw`(?:(?:drug|urine|tox(?:icology)?|ua|uds)\s+(?:tests?|screens?|screenings?|samples?|results?)|urines?|uas?|uds|tox)`

// Spanish drops the subject, so "está limpio" alone could be the kitchen; a time phrase after it means the person.
// First- and second-person forms ("estoy limpio") can only be about a person and need no time phrase.
const ES_TIME_COUNT = raw`(?:\p{N}+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|muchos|muchas|algunos|algunas|más\s+de\s+\p{N}+)\s+(?:días?|semanas?|mes(?:es)?|años?)`
const ES_TIME_TAIL = raw`(?=\s+(?:desde|hace|durante|${ES_TIME_COUNT}))`
const ES_ESTAR_PERSONAL = raw`(?:estoy|estás|estamos|estabas|estábamos|estuve|estuviste|estuvimos|estaré|estarás|estaremos|estés|estemos|(?:he|has|hemos|habías)\s+estado|sigo|sigues|seguimos|llevo|llevas|llevamos|llevabas)`
const ES_ESTAR = raw`(?:${ES_ESTAR_PERSONAL}|estar|está|están|estaba|estaban|estuvo|estuvieron|estará|estarán|esté|estén|(?:ha|han|había|habían)\s+estado|sigue|siguen|seguir|seguía|seguían|lleva|llevan|llevaba|llevaban)`
const ES_PRONOUN = raw`(?:él|ella|yo|tú|usted|ellos|ellas|nosotros|nosotras|ustedes)`
const ES_MANTENERSE = raw`(?:mantenerse|mantenerme|mantenerte|mantenernos|manteniéndose|manteniéndome|manteniéndote|(?:me|te|se|nos)\s+(?:mantengo|mantienes|mantiene|mantenemos|mantienen|mantuve|mantuviste|mantuvo|mantuvimos|mantuvieron|mantenía|mantenían|mantendré|mantendrá|mantenga|mantengan))`
const ES_LIMPIO = raw`limpi[oa]s?`

// After a determiner "adicto" is a noun (a label); elsewhere "adicto a…" is the adjective "addicted to", which is fine.
const ES_DETERMINER = raw`(?<![\p{L}\p{N}])(?:un|una|unos|unas|el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|aquellos|aquellas|otro|otra|otros|otras|mi|mis|tu|tus|su|sus|nuestro|nuestra|nuestros|nuestras|muchos|muchas|algunos|algunas|cualquier|ningún|ninguna)\s+`

const ES_TEST_NOUN = raw`(?:pruebas?|muestras?|orinas?|análisis|resultados?|exámenes|examen|tests?|controles|control)`

const EN_SUD = 'person with a substance use disorder'
const EN_MH = 'person with a mental health condition'
const ES_SUD = 'persona con un trastorno por consumo de sustancias'
const ES_MH = 'persona con una condición de salud mental'

export const PERSON_FIRST_RULES: readonly LanguageRule[] = [
  // ── English: substance use ──────────────────────────────────────────────
  {
    id: 'former-addict',
    locale: 'en',
    // "Recovering addict" is here too: otherwise it would fall to `addict`, whose suggestion ignores the recovery.
    pattern: raw`(?:(?:former|reformed|recovering|recovered)\s+|ex(?:-|\s+)?)(?:(?:drug|heroin|opioid|crack)\s+)?(?:addicts?|junkies?|alcoholics?|(?:drug|substance)\s+(?:abusers?|users?))`,
    suggestion: 'person in recovery',
  },
  {
    id: 'addict',
    locale: 'en',
    pattern: raw`(?:(?:drug|heroin|opioid|opiate|meth|crack|cocaine|pill|alcohol|fentanyl|dope)\s+)?addicts?`,
    suggestion: EN_SUD,
  },
  { id: 'junkie', locale: 'en', pattern: raw`junkies?`, suggestion: EN_SUD },
  {
    id: 'abuser',
    locale: 'en',
    // A bare "abuser" is left alone on purpose: peer-support training talks about trauma and domestic violence,
    // where "her abuser" is the right word. Only the drug-use sense is flagged.
    pattern: raw`(?:(?:drug|substance|polysubstance|alcohol|opioid|opiate|heroin|cocaine|crack|meth|narcotics?|prescription\s+drug)\s+abusers?|abusers?\s+of\s+(?:drugs|alcohol|substances|opioids|narcotics|heroin|cocaine))`,
    suggestion: EN_SUD,
  },
  {
    id: 'alcoholic',
    locale: 'en',
    pattern: raw`alcoholics?`,
    suggestion: 'person with an alcohol use disorder',
    exceptions: [
      raw`alcoholics\s+anonymous`,
      raw`adult\s+children\s+of\s+alcoholics`,
      raw`non-?\s*alcoholic`,
      // The adjective also means "containing alcohol", and it names liver and other medical conditions.
      raw`alcoholic\s+(?:beverages?|drinks?|liquors?|spirits|content|punch|cider|liver|hepatitis|cirrhosis|cardiomyopathy|ketoacidosis|pancreatitis|neuropathy)`,
    ],
  },
  {
    id: 'drug-abuse',
    locale: 'en',
    pattern: raw`(?:drug|narcotics?|opioid|opiate|heroin|cocaine|meth|methamphetamine|cannabis|marijuana|stimulant)\s+abuse|abuse\s+of\s+(?:drugs|narcotics|opioids|opiates)`,
    suggestion: 'drug misuse',
    exceptions: [raw`national\s+institute\s+on\s+drug\s+abuse`],
  },
  {
    id: 'substance-abuse',
    locale: 'en',
    pattern: raw`(?:poly)?substance\s+abuse|abuse\s+of\s+substances`,
    suggestion: 'substance use',
    exceptions: [
      raw`substance\s+abuse\s+and\s+mental\s+health\s+services\s+administration`,
      // Seed 000 recommends this center's child welfare brief by name.
      raw`national\s+center\s+on\s+substance\s+abuse\s+and\s+child\s+welfare`,
    ],
  },
  {
    id: 'alcohol-abuse',
    locale: 'en',
    pattern: raw`alcohol\s+abuse|abuse\s+of\s+alcohol`,
    suggestion: 'alcohol misuse',
    exceptions: [raw`national\s+institute\s+on\s+alcohol\s+abuse\s+and\s+alcoholism`],
  },
  {
    id: 'drug-habit',
    locale: 'en',
    pattern: raw`(?:drug|heroin|cocaine|crack|meth|opioid|opiate|pill|dope)\s+habits?`,
    suggestion: 'substance use disorder',
  },
  {
    id: 'drug-user',
    locale: 'en',
    // "User" alone is everywhere in a software product; only the drug-use compounds are labels.
    pattern: raw`(?:(?:iv|intravenous|injection|injecting)\s+(?:drug\s+)?|(?:drug|heroin|cocaine|crack|meth|opioid|opiate|fentanyl)\s+)users?`,
    suggestion: 'person who uses drugs',
  },
  {
    id: 'clean',
    locale: 'en',
    pattern: raw`clean\s+and\s+sober|clean\s+(?:time|date)s?|(?:(?:stay|stays|stayed|staying|get|gets|got|gotten|getting|been|being|remain|remains|remained|remaining)\s+clean|${EN_PERSON_IS}\s+clean)${CLEAN_TAIL}`,
    suggestion: 'in recovery / not using',
  },
  {
    id: 'clean-test',
    locale: 'en',
    pattern: raw`clean\s+${DRUG_TEST}`,
    suggestion: 'testing negative',
  },
  {
    id: 'dirty',
    locale: 'en',
    pattern: raw`dirty\s+(?:${DRUG_TEST}|tests?)|(?:test|tests|tested|testing|came\s+back|comes?\s+back|coming\s+back)\s+dirty|${EN_PERSON_IS}\s+dirty`,
    suggestion: 'testing positive',
  },
  {
    id: 'replacement-therapy',
    locale: 'en',
    // "Replacement" implies swapping one drug for another; "methadone maintenance" is a neutral clinical name and stays.
    pattern: raw`(?:(?:opioid|opiate)\s+)?(?:substitution|replacement)\s+(?:therapy|therapies|treatments?)|(?:opioid|opiate)\s+(?:substitution|replacement)`,
    suggestion: 'medication for addiction treatment',
    exceptions: [
      raw`(?:nicotine|hormone|hormonal|estrogen|oestrogen|testosterone|enzyme|thyroid|renal|kidney|fluid|electrolyte|insulin)\s+(?:substitution|replacement)\s+(?:therapy|therapies|treatments?)`,
    ],
  },
  // ── English: mental health and other labels ─────────────────────────────
  {
    id: 'schizophrenic-symptoms',
    locale: 'en',
    pattern: raw`schizophrenic\s+(?:symptoms?|episodes?|behaviou?rs?)`,
    suggestion: 'symptoms of schizophrenia',
  },
  {
    id: 'schizophrenic-noun',
    locale: 'en',
    // Every other "schizophrenic" labels a person ("a schizophrenic", "schizophrenic patients", "he is schizophrenic").
    pattern: raw`schizophrenics?`,
    suggestion: 'person with schizophrenia',
  },
  {
    id: 'bipolar-noun',
    locale: 'en',
    pattern: raw`bipolars|bipolar(?<=(?<![\p{L}\p{N}])(?:a|the)\s+bipolar)${NOUN_END}`,
    suggestion: 'person with bipolar disorder',
  },
  {
    id: 'mentally-ill',
    locale: 'en',
    // The article and the noun belong to the term so the suggestion can replace the whole phrase.
    pattern: raw`(?:the\s+)?mentally[\s-]+ill(?:\s+(?:people|persons?|individuals?|patients?|adults?|men|man|women|woman|youths?|children|population|clients?))?`,
    suggestion: 'people with mental health conditions',
  },
  {
    id: 'mental-patient',
    locale: 'en',
    pattern: raw`(?:mental|psychiatric|psych)\s+patients?`,
    suggestion: 'person receiving mental health services',
  },
  { id: 'crazy', locale: 'en', pattern: raw`craz(?:y|ies)`, suggestion: EN_MH },
  { id: 'insane', locale: 'en', pattern: raw`insane`, suggestion: EN_MH },
  { id: 'psycho', locale: 'en', pattern: raw`psychos?`, suggestion: EN_MH },
  { id: 'lunatic', locale: 'en', pattern: raw`lunatics?`, suggestion: EN_MH },
  {
    id: 'suffering-from',
    locale: 'en',
    pattern: raw`suffer(?:s|ed|ing)?\s+from|afflicted\s+(?:with|by)|stricken\s+with`,
    suggestion: 'living with',
  },
  {
    id: 'committed-suicide',
    locale: 'en',
    pattern: raw`commit(?:s|ted|ting)?\s+suicide`,
    suggestion: 'died by suicide',
  },
  {
    id: 'the-homeless',
    locale: 'en',
    pattern: raw`the\s+homeless${NOUN_END}|homeless\s+(?:people|persons|individuals|population|folks?)`,
    suggestion: 'people experiencing homelessness',
  },

  // ── English: failure, victim and compliance framings ────────────────────
  {
    id: 'relapse-failure',
    locale: 'en',
    // The noun "relapse" stays: SAMHSA's page (seed 003) speaks of "the likelihood of relapse", and "relapse prevention"
    // is a clinical name. What is flagged is a person made the subject of "relapsed" and use framed as failing.
    pattern: [
      raw`(?:i|you|he|she|we|they|who)\s+(?:(?:has|have|had)\s+)?relapsed`,
      raw`(?:relapses?|relapsing|a\s+return\s+to\s+use)\s+(?:is|was|are|were|means|meant|as|equals)\s+(?:a\s+|an\s+)?(?:sign\s+of\s+)?(?:failure|failing|weakness)`,
      raw`fail(?:s|ed|ing)?\s+(?:at\s+|in\s+)?(?:(?:their|his|her|my|your|our|the)\s+)?(?:recovery|treatment|rehab|sobriety|program)`,
      raw`(?:fell|falls|fall|falling|fallen)\s+off\s+the\s+wagon`,
    ].join('|'),
    suggestion: 'returned to use (a return to use is not a failure)',
  },
  {
    id: 'victim-of-condition',
    locale: 'en',
    // "Victim" stays for crime and abuse ("a victim of domestic violence"); a condition has no victims.
    pattern: raw`victims?\s+of\s+(?:(?:an?|the|his|her|their)\s+)?(?:addiction|alcoholism|drugs|drug\s+use|mental\s+illness|schizophrenia|depression|bipolar\s+disorder|substance\s+use(?:\s+disorders?)?|mental\s+health\s+conditions?|opioids|the\s+opioid\s+(?:epidemic|crisis)|overdose)|(?:addiction|overdose|opioid|drug|alcohol)\s+victims?`,
    suggestion: 'person with (the condition) / person who died of an overdose',
  },
  {
    id: 'consumer-label',
    locale: 'en',
    // A label for people receiving services. The seeds' own program names stay: "consumer-run respite services" (002),
    // "Consumer-Operated Services" (003); so do shoppers ("consumer products").
    pattern: raw`(?:(?:mental|behavioral)\s+health\s+)?consumers?`,
    suggestion: 'person receiving services',
    exceptions: [
      raw`consumer[-\s]+(?:run|operated|led|directed|driven)`,
      raw`consumers?\s+(?:price|goods|products?|protection|reports?|electronics|credit|rights|spending|confidence|affairs)`,
    ],
  },
  {
    id: 'non-compliant',
    locale: 'en',
    pattern: raw`non-?\s*complian(?:t|ce)|(?:treatment|medication)\s+refusers?`,
    suggestion: 'chose not to / is not in agreement with the plan',
    // Workplace and legal compliance is another matter ("non-compliant with HIPAA").
    exceptions: [raw`non-?\s*complian(?:t|ce)\s+with\s+(?:the\s+|our\s+|its\s+)?(?:laws?|polic(?:y|ies)|regulations?|hipaa|standards?|requirements?|codes?|contracts?|rules?|terms)`],
  },
  {
    id: 'drug-seeking',
    locale: 'en',
    pattern: raw`drug[-\s]+seek(?:ing|er|ers)`,
    suggestion: 'asking for pain relief / seeking help',
  },
  {
    id: 'is-bipolar',
    locale: 'en',
    // "He is bipolar" labels a person; "what is bipolar disorder" and "is bipolar II" name the condition.
    pattern: raw`(?:${EN_PERSON_IS}|is|are|was|were)\s+bipolar(?!\s+(?:disorders?|i|ii|type|spectrum|depression|illness|conditions?|diagnos[ie]s|symptoms?|episodes?|mania|medications?))`,
    suggestion: 'has bipolar disorder',
    exceptions: [raw`(?:what|which|this|that|it)\s+(?:is|was)\s+bipolar`],
  },

  // ── Español: consumo de sustancias ──────────────────────────────────────
  {
    id: 'es-ex-adicto',
    locale: 'es',
    pattern: raw`ex(?:-|\s+)?(?:drogadict[oa]s?|adict[oa]s?|toxicóman[oa]s?|alcohólic[oa]s?|yon(?:qu|k)is?)|(?:drogadict[oa]s?|adict[oa]s?|alcohólic[oa]s?)\s+(?:en\s+recuperación|rehabilitad[oa]s?|recuperad[oa]s?)`,
    suggestion: 'persona en recuperación',
  },
  {
    id: 'es-adicto',
    locale: 'es',
    pattern: raw`drogadict[oa]s?|adict(?<=${ES_DETERMINER}adict)[oa]s?|adict[oa]s?(?!\s+(?:a|al)(?![\p{L}\p{N}]))`,
    suggestion: ES_SUD,
  },
  { id: 'es-toxicomano', locale: 'es', pattern: raw`toxicóman[oa]s?`, suggestion: ES_SUD },
  { id: 'es-yonqui', locale: 'es', pattern: raw`yon(?:qu|k)i(?:e?s)?|yonky`, suggestion: ES_SUD },
  {
    id: 'es-alcoholico',
    locale: 'es',
    pattern: raw`alcohólic[oa]s?`,
    suggestion: 'persona con un trastorno por consumo de alcohol',
    exceptions: [
      raw`alcohólicos\s+anónimos`,
      raw`(?:hijos\s+adultos|adultos\s+hijos)\s+de\s+alcohólicos`,
      raw`no\s+alcohólic[oa]s?`,
      // Drinks and medical conditions: "bebidas alcohólicas", "hepatitis alcohólica".
      raw`(?:bebidas?|tragos?|licores?|graduación|grado|contenido|volumen|fermentación|intoxicación|hepatitis|cirrosis|hígado\s+graso|hepatopatía|enfermedad\s+hepática|cetoacidosis|pancreatitis)\s+(?:no\s+)?alcohólic[oa]s?`,
    ],
  },
  {
    id: 'es-abuso-sustancias',
    locale: 'es',
    pattern: raw`abuso\s+de\s+sustancias`,
    suggestion: 'consumo de sustancias',
    exceptions: [
      raw`administración\s+de\s+servicios\s+de\s+salud\s+mental\s+y\s+abuso\s+de\s+sustancias`,
      raw`centro\s+nacional\s+(?:sobre|de)\s+(?:el\s+)?abuso\s+de\s+sustancias\s+y\s+(?:el\s+)?bienestar\s+infantil`,
    ],
  },
  {
    id: 'es-abuso-drogas',
    locale: 'es',
    pattern: raw`abuso\s+de\s+(?:drogas|estupefacientes|narcóticos|opioides|opiáceos)`,
    suggestion: 'uso indebido de drogas',
    exceptions: [raw`instituto\s+nacional\s+sobre\s+el\s+abuso\s+de\s+drogas`],
  },
  {
    id: 'es-abuso-alcohol',
    locale: 'es',
    pattern: raw`abuso\s+del?\s+alcohol`,
    suggestion: 'consumo problemático de alcohol',
    exceptions: [raw`instituto\s+nacional\s+sobre\s+el\s+abuso\s+del?\s+alcohol\s+y\s+(?:el\s+)?alcoholismo`],
  },
  {
    id: 'es-limpio',
    locale: 'es',
    pattern: [
      raw`${ES_LIMPIO}\s+y\s+sobri[oa]s?`,
      raw`${ES_LIMPIO}\s+de\s+(?:drogas|alcohol|sustancias|consumo)`,
      raw`${ES_MANTENERSE}\s+${ES_LIMPIO}`,
      raw`llev(?:o|as|a|amos|an|aba|aban)\s+${ES_TIME_COUNT}\s+${ES_LIMPIO}`,
      raw`${ES_PRONOUN}\s+${ES_ESTAR}\s+${ES_LIMPIO}`,
      raw`${ES_ESTAR_PERSONAL}\s+${ES_LIMPIO}`,
      raw`${ES_ESTAR}\s+${ES_LIMPIO}${ES_TIME_TAIL}`,
    ].join('|'),
    suggestion: 'en recuperación / sin consumir',
  },
  {
    id: 'es-sucio',
    locale: 'es',
    // A bare "salió sucio" is left out (children come home dirty far more often than tests do); after a test noun it counts.
    pattern: raw`${ES_TEST_NOUN}\s+(?:de\s+(?:orina|drogas|toxicología)\s+)?(?:(?:salió|salieron|resultó|resultaron|dio|dieron)\s+)?suci[oa]s?|(?:dio|dieron|da|dan|ha\s+dado|han\s+dado)\s+suci[oa]s?`,
    suggestion: 'resultado positivo',
  },
  {
    id: 'es-terapia-sustitucion',
    locale: 'es',
    pattern: raw`(?:terapias?|tratamientos?)\s+(?:de\s+(?:sustitución|reemplazo)|sustitutiv[oa]s?)|(?:sustitución|reemplazo)\s+de\s+(?:opioides|opiáceos)`,
    suggestion: 'medicamentos para el tratamiento de la adicción',
    exceptions: [
      raw`(?:terapias?|tratamientos?)\s+(?:de\s+(?:sustitución|reemplazo)|sustitutiv[oa]s?)\s+(?:hormonal(?:es)?|enzimátic[oa]s?|renal(?:es)?|(?:de|con)\s+(?:la\s+)?(?:nicotina|hormonas|estrógenos|testosterona|enzimas))`,
    ],
  },
  // ── Español: salud mental y otras etiquetas ─────────────────────────────
  {
    id: 'es-esquizofrenico-sintomas',
    locale: 'es',
    pattern: raw`(?:síntomas|episodios?|brotes?|comportamientos?|conductas?)\s+esquizofrénic[oa]s?`,
    suggestion: 'síntomas de esquizofrenia',
  },
  {
    id: 'es-esquizofrenico',
    locale: 'es',
    // Same policy as English: every other use labels a person ("un esquizofrénico", "paciente esquizofrénico").
    pattern: raw`esquizofrénic[oa]s?`,
    suggestion: 'persona con esquizofrenia',
  },
  {
    id: 'es-bipolar',
    locale: 'es',
    pattern: raw`bipolar(?<=(?<![\p{L}\p{N}])(?:un|una|unos|unas|el|la|los|las)\s+bipolar)(?:es)?`,
    suggestion: 'persona con trastorno bipolar',
  },
  {
    id: 'es-enfermo-mental',
    locale: 'es',
    pattern: raw`enferm[oa]s?\s+(?:mental(?:es)?|psiquiátric[oa]s?)`,
    suggestion: ES_MH,
  },
  {
    id: 'es-loco',
    locale: 'es',
    pattern: raw`loc[oa]s?`,
    suggestion: ES_MH,
    // Without a locale both languages are checked, and English legal writing uses this Latin phrase.
    exceptions: [raw`in\s+loco\s+parentis`],
  },
  { id: 'es-demente', locale: 'es', pattern: raw`dementes?`, suggestion: ES_MH },
  {
    id: 'es-sufre-de',
    locale: 'es',
    // With or without "de" ("padece esquizofrenia"), but only before a mental health or substance use condition:
    // "padece de insomnio" or "sufrió un accidente" are the speaker's own ordinary words and stay.
    pattern: raw`(?:sufr(?:e|es|en|o|imos|ía|ían|ió|ieron|iendo|ir)|padec(?:e|es|en|emos|ía|ían|ió|ieron|iendo|er)|padezco)(?:\s+de)?(?=\s+(?:(?:la|el|una|un|los|las|sus?)\s+)?(?:esquizofrenia|depresión|ansiedad|trastornos?|adicci(?:ón|ones)|alcoholismo|drogadicción|toxicomanía|enfermedad(?:es)?\s+mental(?:es)?|enfermedad(?:es)?\s+psiquiátricas?|condici(?:ón|ones)\s+de\s+salud\s+mental|problemas?\s+de\s+salud\s+mental|psicosis|bipolaridad|abuso|tept|tdah|estrés\s+postraumático)(?![\p{L}\p{N}]))`,
    suggestion: 'vive con',
  },
  {
    id: 'es-recaida-fracaso',
    locale: 'es',
    // Como en inglés: "recaída" sola es un término clínico; se señala cuando se presenta como fracaso.
    pattern: [
      raw`(?:recaídas?|recaer|un\s+regreso\s+al\s+consumo)\s+(?:es|era|fue|son|significa|significó|equivale\s+a)\s+(?:un\s+|una\s+)?(?:señal\s+de\s+)?(?:fracaso|fallo|debilidad|derrota)`,
      raw`fracas(?:a|an|ó|aron|ar|ado)\s+en\s+(?:su\s+|la\s+|el\s+)?(?:recuperación|tratamiento|rehabilitación|programa)`,
      raw`(?:él|ella|yo|tú|ellos|ellas)\s+(?:(?:ha|han|he|has)\s+)?reca(?:yó|yeron|ído|í|íste)`,
    ].join('|'),
    suggestion: 'regresó al consumo (un regreso al consumo no es un fracaso)',
  },
  {
    id: 'es-victima-condicion',
    locale: 'es',
    pattern: raw`víctimas?\s+de\s+(?:la\s+|las\s+|una\s+|su\s+)?(?:adicci(?:ón|ones)|alcoholismo|drogas|drogadicción|enfermedad(?:es)?\s+mental(?:es)?|esquizofrenia|depresión|(?:los\s+)?opioides|(?:la\s+)?epidemia\s+de\s+opioides|sobredosis|trastornos?\s+(?:por\s+consumo|mental(?:es)?|bipolar))`,
    suggestion: 'persona con (la condición) / persona que murió por sobredosis',
  },
  {
    id: 'es-consumidor',
    locale: 'es',
    // Etiqueta para quien recibe servicios; los compradores ("precios al consumidor") quedan fuera.
    pattern: raw`consumidor(?:a|es|as)?`,
    suggestion: 'persona que recibe servicios',
    exceptions: [
      raw`(?:índice\s+de\s+)?precios?\s+al\s+consumidor`,
      raw`(?:protección|defensa|derechos|atención|servicio)\s+(?:al|del|de\s+los|a\s+los)\s+consumidor(?:es)?`,
      raw`productos?\s+de\s+consumo`,
    ],
  },
  {
    id: 'es-incumplidor',
    locale: 'es',
    pattern: raw`incumplidor(?:a|es|as)?|no\s+cumplidor(?:a|es|as)?|(?:pacientes?|personas?|clientes?)\s+no\s+adherentes?`,
    suggestion: 'eligió no seguir el plan / no está de acuerdo con el plan',
  },
  {
    id: 'es-busca-drogas',
    locale: 'es',
    pattern: raw`buscador(?:a|es|as)?\s+de\s+drogas|conductas?\s+de\s+búsqueda\s+de\s+drogas`,
    suggestion: 'pide alivio del dolor / busca ayuda',
  },
  {
    id: 'es-es-bipolar',
    locale: 'es',
    pattern: raw`(?:es|soy|eres|somos|son|era|eran|fue|sea)\s+bipolar(?:es)?(?!\s+(?:tipo|i|ii))`,
    suggestion: 'tiene trastorno bipolar',
    exceptions: [raw`(?:qué|que|cuál)\s+es\s+bipolar`],
  },
  {
    id: 'es-usuario-drogas',
    locale: 'es',
    pattern: raw`usuari[oa]s?\s+de\s+(?:drogas(?:\s+inyectables)?|sustancias|heroína|cocaína|opioides|opiáceos|crack|metanfetamina)`,
    suggestion: 'personas que usan drogas',
  },
  {
    id: 'es-suicidio',
    locale: 'es',
    pattern: raw`comet(?:e|en|ió|ieron|er|ido|iendo)\s+(?:el\s+)?suicidio|(?:se|me|te)\s+suicid(?:ó|aron|a|an)`,
    suggestion: 'murió por suicidio',
  },
  {
    id: 'es-sin-hogar',
    locale: 'es',
    pattern: raw`(?:los|las)\s+(?:sin\s+(?:hogar|techo)|indigentes|vagabundos)`,
    suggestion: 'personas sin hogar',
  },
]
