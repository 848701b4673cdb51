import { describe, expect, it } from 'vitest'

import { checkPersonFirstLanguage, type LanguageLocale } from '@/lib/language/personFirst'
import { PERSON_FIRST_RULES } from '@/lib/language/rules'

interface Case {
  readonly locale: LanguageLocale
  readonly text: string
  /** Rule ids in order of appearance; empty means the sentence must pass untouched. */
  readonly rules: readonly string[]
}

const en = (text: string, ...rules: string[]): Case => ({ locale: 'en', text, rules })
const es = (text: string, ...rules: string[]): Case => ({ locale: 'es', text, rules })

const CASES: readonly Case[] = [
  // English: flagged
  en('He is an addict.', 'addict'),
  en('Addicts deserve the same respect as anyone else.', 'addict'),
  en('The heroin addict was turned away.', 'addict'),
  en('Someone shouted "junkie" at her.', 'junkie'),
  en('Drug abusers often avoid clinics.', 'abuser'),
  en('Her father was an alcoholic.', 'alcoholic'),
  en('Alcoholic parents need support too.', 'alcoholic'),
  en('Drug abuse is a public health issue.', 'drug-abuse'),
  en('He works in substance abuse treatment.', 'substance-abuse'),
  en('Alcohol abuse rose during the pandemic.', 'alcohol-abuse'),
  en('As a former addict, he mentors others.', 'former-addict'),
  en('She is an ex-addict and proud of it.', 'former-addict'),
  en('He has stayed clean for two years.', 'clean'),
  en("She's been clean since March.", 'clean'),
  en('They got clean and sober together.', 'clean'),
  en('He needs a clean drug test to keep his job.', 'clean-test'),
  en('Her urine came back dirty.', 'dirty'),
  en('He tested dirty last week.', 'dirty'),
  en('Methadone is sometimes called a replacement therapy.', 'replacement-therapy'),
  en('Opioid replacement helps many people.', 'replacement-therapy'),
  en('His drug habit cost him his job.', 'drug-habit'),
  en('Outreach workers met an IV user downtown.', 'drug-user'),
  en('Heroin users are at higher risk of overdose.', 'drug-user'),
  en('The schizophrenic next door is kind.', 'schizophrenic-noun'),
  en('He showed schizophrenic symptoms at nineteen.', 'schizophrenic-symptoms'),
  en('My cousin is a bipolar.', 'bipolar-noun'),
  en('Services for the mentally ill are underfunded.', 'mentally-ill'),
  en('That plan is crazy and the idea is insane.', 'crazy', 'insane'),
  en('He was called a psycho and a lunatic.', 'psycho', 'lunatic'),
  en('She suffers from depression.', 'suffering-from'),
  en('He committed suicide in 2019.', 'committed-suicide'),
  en('He spent years as a mental patient.', 'mental-patient'),
  en('Shelters for the homeless are full tonight.', 'the-homeless'),
  en('The addict is suffering from alcohol abuse.', 'addict', 'suffering-from', 'alcohol-abuse'),
  en('She relapsed after her mother died.', 'relapse-failure'),
  en('He has relapsed twice this year.', 'relapse-failure'),
  en('They treat relapse as failure.', 'relapse-failure'),
  en('He failed treatment three times.', 'relapse-failure'),
  en('She fell off the wagon at the party.', 'relapse-failure'),
  en('A relapse means failure in this program.', 'relapse-failure'),
  en('He is a victim of addiction.', 'victim-of-condition'),
  en('Victims of mental illness deserve better care.', 'victim-of-condition'),
  en('The overdose victim was taken to the emergency department.', 'victim-of-condition'),
  en('Our mental health consumers run the drop-in hour.', 'consumer-label'),
  en('Consumers often prefer peer staff.', 'consumer-label'),
  en('The patient was non-compliant with medication.', 'non-compliant'),
  en('Noncompliance was noted in the chart.', 'non-compliant'),
  en('Staff labeled him drug-seeking.', 'drug-seeking'),
  en('The nurse called her a drug seeker.', 'drug-seeking'),
  en('My brother is bipolar.', 'is-bipolar'),
  en("She's bipolar and works nights.", 'is-bipolar'),
  en('They were bipolar, the chart said.', 'is-bipolar'),
  en('The National Center on Substance Abuse and Child Welfare treats substance abuse as a family issue.', 'substance-abuse'),
  // English: left alone
  en('Her abuser was arrested last spring.'),
  en('She cleaned the room before the group met.'),
  en('A clean room helps everyone focus.'),
  en('Peer support can reduce the likelihood of relapse.'),
  en('The clinic runs a relapse prevention group.'),
  en('A return to use is part of many recovery stories.'),
  en('She is a victim of domestic violence.'),
  en('Victims of crime can ask for an advocate.'),
  en('The PR CoE recommends a brief from the National Center on Substance Abuse and Child Welfare.'),
  en('Consumer-run respite services offer a place to rest.'),
  en('Consumer-Operated Services is a SAMHSA guide.'),
  en('Consumer products must carry warnings.'),
  en('The contractor was non-compliant with HIPAA.'),
  en('Noncompliance with the policy can lead to a warning.'),
  en('He sought help for his drug use.'),
  en('What is bipolar disorder?'),
  en('She is bipolar II, her psychiatrist wrote.', ),
  en('Her diagnosis is bipolar disorder.'),
  en('It is bipolar in the sense of having two poles.'),
  en('Seeking help takes courage.'),
  en('The program failed to meet its targets.'),
  en('He failed his driving test.'),
  en('The users of this app can change their password.'),
  en('She lives with depression and works full time.'),
  en('Addiction treatment works.'),
  en('Addictive substances need careful handling.'),
  en('She was addicted to opioids for years.'),
  en('Cleaning the kitchen is part of the house rules.'),
  en('Put the dirty dishes in the sink, then find the dirtiest pan.'),
  en('A cleanse is not treatment.'),
  en('The kitchen is clean.'),
  en('Getting clean water to the shelter was hard.'),
  en('We keep a clean workspace.'),
  en('Alcoholics Anonymous meets on Tuesdays.'),
  en('Non-alcoholic drinks will be served.'),
  en('A classic example of recovery.'),
  en('Researchers interviewed drug reabusers.'),
  en('Her abuser was arrested.'),
  en('Child abuse and sexual abuse are forms of trauma.'),
  en('Methadone maintenance saves lives.'),
  en('Nicotine replacement therapy helps people quit smoking.'),
  en('He has bipolar disorder.'),
  en('A bipolar diagnosis is not a life sentence.'),
  en('She lives with schizophrenia.'),
  en('The National Institute on Drug Abuse funds research.'),
  en('The user interface is clear.'),
  en('The homeless shelter opens at six.'),
  en('She is a person in recovery.'),
  en('Staff act in loco parentis on youth outings.'),

  // Español: se señala
  es('Es un adicto.', 'es-adicto'),
  es('Los adictos merecen respeto.', 'es-adicto'),
  es('Un adicto a la heroína pidió ayuda.', 'es-adicto'),
  es('Mi vecino es drogadicto.', 'es-adicto'),
  es('Lo trataban como a un toxicómano.', 'es-toxicomano'),
  es('Lo llamaron yonqui en la calle.', 'es-yonqui'),
  es('Su padre era alcohólico.', 'es-alcoholico'),
  es('El abuso de sustancias afecta a las familias.', 'es-abuso-sustancias'),
  es('El abuso de drogas es un problema de salud pública.', 'es-abuso-drogas'),
  es('El abuso de alcohol aumentó.', 'es-abuso-alcohol'),
  es('Como ex adicto, ayuda a otros.', 'es-ex-adicto'),
  es('Ella es exadicta.', 'es-ex-adicto'),
  es('Está limpio desde 2019.', 'es-limpio'),
  es('Se mantuvo limpia durante el tratamiento.', 'es-limpio'),
  es('Lleva tres años limpio.', 'es-limpio'),
  es('Hoy estoy limpio.', 'es-limpio'),
  es('Tuvo una orina sucia.', 'es-sucio'),
  es('La prueba dio sucio.', 'es-sucio'),
  es('La muestra de orina salió sucia.', 'es-sucio'),
  es('La terapia de sustitución con metadona funciona.', 'es-terapia-sustitucion'),
  es('Un esquizofrénico vive en el barrio.', 'es-esquizofrenico'),
  es('Los esquizofrénicos no son violentos.', 'es-esquizofrenico'),
  es('Presentó síntomas esquizofrénicos.', 'es-esquizofrenico-sintomas'),
  es('Los enfermos mentales merecen apoyo.', 'es-enfermo-mental'),
  es('La trataban como una enferma mental.', 'es-enfermo-mental'),
  es('No está loca.', 'es-loco'),
  es('Lo trataron como a un demente.', 'es-demente'),
  es('Sufre de ansiedad desde niña.', 'es-sufre-de'),
  es('Cometió suicidio en 2019.', 'es-suicidio'),
  es('Su hermano se suicidó.', 'es-suicidio'),
  es('Un bipolar no es peligroso.', 'es-bipolar'),
  es('Los sin hogar duermen en la calle.', 'es-sin-hogar'),
  es('El adicto sufre de abuso de alcohol.', 'es-adicto', 'es-sufre-de', 'es-abuso-alcohol'),
  es('Padece esquizofrenia desde joven.', 'es-sufre-de'),
  es('Sufre depresión y ansiedad.', 'es-sufre-de'),
  es('Su hijo padece una enfermedad mental.', 'es-sufre-de'),
  es('Padezco de adicción, dijo el folleto.', 'es-sufre-de'),
  es('Su recaída fue un fracaso.', 'es-recaida-fracaso'),
  es('Fracasó en su tratamiento dos veces.', 'es-recaida-fracaso'),
  es('Ella recayó el mes pasado.', 'es-recaida-fracaso'),
  es('Recaer es una señal de debilidad.', 'es-recaida-fracaso'),
  es('Es víctima de la adicción.', 'es-victima-condicion'),
  es('Las víctimas de sobredosis eran jóvenes.', 'es-victima-condicion'),
  es('Los consumidores del programa opinaron.', 'es-consumidor'),
  es('Una consumidora pidió una cita.', 'es-consumidor'),
  es('El paciente es incumplidor.', 'es-incumplidor'),
  es('Lo anotaron como paciente no adherente.', 'es-incumplidor'),
  es('Lo trataron como buscador de drogas.', 'es-busca-drogas'),
  es('Mostró conductas de búsqueda de drogas.', 'es-busca-drogas'),
  es('Mi hermana es bipolar.', 'es-es-bipolar'),
  es('Somos bipolares y no peligrosos.', 'es-es-bipolar'),
  es('Los usuarios de drogas inyectables tienen más riesgo.', 'es-usuario-drogas'),
  es('Las usuarias de sustancias necesitan apoyo.', 'es-usuario-drogas'),
  es('Un consumidor sufre de alcoholismo.', 'es-consumidor', 'es-sufre-de'),
  // Español: no se señala
  es('Padece de insomnio, según sus propias palabras.'),
  es('Sufre de dolor de espalda.'),
  es('Sufrió un accidente de tráfico.'),
  es('Padece mucho calor en verano.'),
  es('El apoyo entre pares reduce la probabilidad de recaída.'),
  es('Un regreso al consumo no es un fracaso.'),
  es('Es víctima de violencia doméstica.'),
  es('Las víctimas de delitos pueden pedir apoyo.'),
  es('El índice de precios al consumidor subió.'),
  es('La oficina de protección al consumidor atiende quejas.'),
  es('El Centro Nacional sobre Abuso de Sustancias y Bienestar Infantil publicó una guía.'),
  es('Tiene trastorno bipolar tipo II.'),
  es('¿Qué es el trastorno bipolar?'),
  es('Los usuarios de la aplicación cambian su contraseña.'),
  es('Las personas que usan drogas merecen respeto.'),
  es('Busca ayuda para dejar de consumir.'),
  es('Cumplió con todos los requisitos del puesto.'),
  es('El programa fracasó por falta de fondos.'),
  es('La habitación está limpia y ordenada.'),
  es('Su agresor fue detenido.'),
  es('Vive con depresión y trabaja a tiempo completo.'),
  es('La adicción es tratable.'),
  es('Alcohólicos Anónimos se reúne los martes.'),
  es('No se servirán bebidas alcohólicas.'),
  es('Ella es adicta al trabajo.'),
  es('La cocina está limpia.'),
  es('Mantén la casa limpia.'),
  es('Los platos sucios están en el fregadero.'),
  es('El niño salió sucio del jardín.'),
  es('La enfermedad mental no define a nadie.'),
  es('Tiene trastorno bipolar.'),
  es('Vive con esquizofrenia.'),
  es('La terapia de reemplazo hormonal es otro tema.'),
  es('Poco a poco se recupera.'),
  es('El Instituto Nacional sobre el Abuso de Drogas publica guías.'),
  es('Trabaja en un albergue para personas sin hogar.'),
  es('Es una persona en recuperación.'),
]

const ruleIds = (text: string, locale?: LanguageLocale) => checkPersonFirstLanguage(text, locale).map((finding) => finding.rule)

describe('checkPersonFirstLanguage: sentence table', () => {
  it.each(CASES.map((c) => [c.locale, c.text, c.rules] as const))('[%s] %s', (locale, text, rules) => {
    expect(ruleIds(text)).toEqual(rules)
    // The sentence is in one language, so the other language's rules must add nothing.
    expect(ruleIds(text, locale)).toEqual(rules)
    for (const finding of checkPersonFirstLanguage(text)) expect(text.slice(finding.start, finding.end)).toBe(finding.term)
  })

  it('has enough cases in both languages, both flagged and clean', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150)
    for (const locale of ['en', 'es'] as const) {
      const ofLocale = CASES.filter((c) => c.locale === locale)
      expect(ofLocale.length).toBeGreaterThanOrEqual(70)
      expect(ofLocale.filter((c) => c.rules.length === 0).length).toBeGreaterThanOrEqual(30)
    }
  })

  it('exercises every rule in the table', () => {
    const seen = new Set(CASES.flatMap((c) => c.rules))
    expect(PERSON_FIRST_RULES.map((rule) => rule.id).filter((id) => !seen.has(id))).toEqual([])
  })
})

describe('checkPersonFirstLanguage: findings', () => {
  it('returns [] for an empty string', () => {
    expect(checkPersonFirstLanguage('')).toEqual([])
    expect(checkPersonFirstLanguage('', 'es')).toEqual([])
  })

  it('reports the exact span, term and suggestion', () => {
    expect(checkPersonFirstLanguage('He is an addict.')).toEqual([
      { term: 'addict', suggestion: 'person with a substance use disorder', start: 9, end: 15, rule: 'addict' },
    ])
  })

  it('keeps the writer’s casing and accents in the term', () => {
    const [shout] = checkPersonFirstLanguage('THE ADDICT LEFT')
    expect(shout?.term).toBe('ADDICT')
    const [mixed] = checkPersonFirstLanguage('Era AlCoHóLiCo')
    expect(mixed).toMatchObject({ term: 'AlCoHóLiCo', rule: 'es-alcoholico' })
  })

  it('uses UTF-16 offsets that slice back to the term, even after emoji and accents', () => {
    const text = '🙂 Él está limpio desde mayo; 😀 the addict said “ex-adicto” twice.'
    const findings = checkPersonFirstLanguage(text)
    expect(findings.map((f) => f.term)).toEqual(['Él está limpio', 'addict', 'ex-adicto'])
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.term)
    expect(findings[0]?.start).toBe(3)
  })

  it('treats any letter, not just ASCII, as part of a word', () => {
    // \b would see a boundary after "ß" and report the "junkie" inside this German compound.
    expect(checkPersonFirstLanguage('Scheißjunkie')).toEqual([])
    expect(checkPersonFirstLanguage('junkie2000 and 2000junkie')).toEqual([])
    expect(ruleIds('Ñoño, el adicto.')).toEqual(['es-adicto'])
  })

  it('matches text typed without accents or with decomposed accents', () => {
    expect(ruleIds('Era alcoholico y esquizofrenico')).toEqual(['es-alcoholico', 'es-esquizofrenico'])
    const decomposed = 'Era alcoho\u0301lico.'
    const [finding] = checkPersonFirstLanguage(decomposed)
    expect(finding).toMatchObject({ rule: 'es-alcoholico', term: 'alcoho\u0301lico', start: 4, end: 15 })
  })

  it('lets the longer phrase win over the shorter one inside it', () => {
    expect(checkPersonFirstLanguage('A former addict spoke.')).toEqual([
      { term: 'former addict', suggestion: 'person in recovery', start: 2, end: 15, rule: 'former-addict' },
    ])
    expect(checkPersonFirstLanguage('the mentally ill people')).toMatchObject([{ term: 'the mentally ill people', rule: 'mentally-ill' }])
    expect(checkPersonFirstLanguage('He got clean and sober.')).toMatchObject([{ term: 'clean and sober' }])
    expect(checkPersonFirstLanguage('Es ex drogadicto.')).toMatchObject([{ term: 'ex drogadicto', rule: 'es-ex-adicto' }])
    expect(checkPersonFirstLanguage('Presentó síntomas esquizofrénicos.')).toMatchObject([{ term: 'síntomas esquizofrénicos' }])
  })

  it('returns findings sorted by start and never overlapping', () => {
    const text =
      'The former addict, a heroin user, stayed clean for a year; the alcoholic next door suffers from depression. ' +
      'El exadicto lleva dos años limpio y su vecino alcohólico sufre de ansiedad.'
    const findings = checkPersonFirstLanguage(text)
    expect(findings.map((f) => f.rule)).toEqual([
      'former-addict',
      'drug-user',
      'clean',
      'alcoholic',
      'suffering-from',
      'es-ex-adicto',
      'es-limpio',
      'es-alcoholico',
      'es-sufre-de',
    ])
    for (let index = 1; index < findings.length; index += 1) {
      expect(findings[index]!.start).toBeGreaterThanOrEqual(findings[index - 1]!.end)
    }
  })

  it('checks both languages by default and only the given one with a locale', () => {
    const text = 'He is an addict. Es un adicto.'
    expect(ruleIds(text)).toEqual(['addict', 'es-adicto'])
    expect(ruleIds(text, 'en')).toEqual(['addict'])
    expect(ruleIds(text, 'es')).toEqual(['es-adicto'])
  })

  it('suggests wording in the language of the rule', () => {
    const [english, spanish] = checkPersonFirstLanguage('She was an alcoholic. Era alcohólica.')
    expect(english?.suggestion).toBe('person with an alcohol use disorder')
    expect(spanish?.suggestion).toBe('persona con un trastorno por consumo de alcohol')
  })

  it('tells clean and dirty about drug use from clean and dirty things', () => {
    expect(checkPersonFirstLanguage('He is clean now.')).toMatchObject([{ term: 'He is clean', suggestion: 'in recovery / not using' }])
    expect(checkPersonFirstLanguage('A clean urine sample.')).toMatchObject([{ rule: 'clean-test', suggestion: 'testing negative' }])
    expect(checkPersonFirstLanguage('A dirty drug test.')).toMatchObject([{ rule: 'dirty', suggestion: 'testing positive' }])
    expect(checkPersonFirstLanguage('He stayed clean-shaven. Clean clothes are in the dirty laundry.')).toEqual([])
  })

  it('flags the noun "bipolar" but not the adjective', () => {
    expect(ruleIds('He is a bipolar who works nights.')).toEqual(['bipolar-noun'])
    expect(ruleIds('Bipolars are often misunderstood.')).toEqual(['bipolar-noun'])
    expect(ruleIds('The bipolar disorder clinic opens soon.')).toEqual([])
  })

  it('treats every "schizophrenic" consistently: symptoms get their own wording, everything else labels a person', () => {
    expect(checkPersonFirstLanguage('schizophrenic symptoms')).toMatchObject([{ suggestion: 'symptoms of schizophrenia' }])
    expect(ruleIds('A schizophrenic. Schizophrenic patients. He is schizophrenic.')).toEqual([
      'schizophrenic-noun',
      'schizophrenic-noun',
      'schizophrenic-noun',
    ])
  })

  it('leaves proper names and clinical terms alone', () => {
    expect(
      checkPersonFirstLanguage(
        'SAMHSA is the Substance Abuse and Mental Health Services Administration; NIAAA is the National Institute on Alcohol Abuse and Alcoholism. Adult Children of Alcoholics also meets.',
      ),
    ).toEqual([])
    expect(checkPersonFirstLanguage('Hormone replacement therapy and alcoholic hepatitis are medical terms.')).toEqual([])
  })
})

describe('checkPersonFirstLanguage: long input', () => {
  // Speed is measured by benchmarks, not here; the suite's timeout still catches a quadratic regression.
  it('handles long runs of whitespace and thousands of findings in one text', () => {
    expect(checkPersonFirstLanguage(`a${' '.repeat(50_000)}bipolar. Los${' '.repeat(50_000)}adictos`)).toHaveLength(2)
    const findings = checkPersonFirstLanguage('The addict went to Alcoholics Anonymous; el adicto fue a Alcohólicos Anónimos. '.repeat(5_000))
    expect(findings).toHaveLength(10_000)
    expect(new Set(findings.map((f) => f.term))).toEqual(new Set(['addict', 'adicto']))
  }, 10_000)
})

describe('rule table', () => {
  it('has unique kebab-case ids, Spanish ones prefixed with es-', () => {
    const ids = PERSON_FIRST_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of PERSON_FIRST_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(rule.id.startsWith('es-')).toBe(rule.locale === 'es')
      expect(rule.suggestion.trim()).not.toBe('')
    }
  })
})
