/**
 * The shipped credentials: public rules as researched on 2026-12-01, entered
 * as editable data with their source. Only the figures that research found are
 * entered; anything else is left at zero and said so in the notes, so a
 * trainer checks the board's current handbook before relying on it.
 */
import type { Locale } from './types'

type Text = Record<Locale, string>
type Cadence = 'none' | 'weekly' | 'monthly'

export interface RequirementContent {
  key: string
  name: Text
  hours: number
}

export interface CredentialContent {
  slug: string
  name: Text
  notes: Text
  board: string
  jurisdiction: string
  sourceUrl: string
  asOf: string
  domains: RequirementContent[]
  experienceHours: number
  experienceRequirements: { condition: 'with-similar-peers' | 'paid' | 'volunteer'; hours: number }[]
  supervisionHours: number
  supervisionCadenceInitial: Cadence
  supervisionCadenceAfter: Cadence
  exam: { required: boolean; name?: string }
  renewal: { cycleMonths: number; basis: 'anniversary' | 'calendar-year'; ceHours: number; categories: RequirementContent[] }
}

const AS_OF = '2026-12-01'

const ethicsCe: RequirementContent = { key: 'ce-ethics', name: { en: 'Ethics', es: 'Ética' }, hours: 0 }
const generalCe: RequirementContent = { key: 'ce-general', name: { en: 'Any approved topic', es: 'Cualquier tema aprobado' }, hours: 0 }

/** The four IC&RC Peer Recovery domains, which Florida's CRPS also uses. */
const icrcDomains = (hours: [number, number, number, number]): RequirementContent[] => [
  { key: 'advocacy', name: { en: 'Advocacy', es: 'Defensa de derechos' }, hours: hours[0] },
  { key: 'mentoring-education', name: { en: 'Mentoring and education', es: 'Mentoría y educación' }, hours: hours[1] },
  { key: 'recovery-wellness-support', name: { en: 'Recovery and wellness support', es: 'Apoyo a la recuperación y el bienestar' }, hours: hours[2] },
  { key: 'ethical-responsibility', name: { en: 'Ethical responsibility', es: 'Responsabilidad ética' }, hours: hours[3] },
]

const texasCore: RequirementContent = { key: 'core', name: { en: 'Core training', es: 'Capacitación básica' }, hours: 19.5 }

const texas = (kind: 'mhps' | 'rsps'): CredentialContent => ({
  slug: `texas-${kind}`,
  name:
    kind === 'mhps'
      ? { en: 'Texas Mental Health Peer Specialist (MHPS)', es: 'Especialista de pares en salud mental de Texas (MHPS)' }
      : { en: 'Texas Recovery Support Peer Specialist (RSPS)', es: 'Especialista de pares en apoyo a la recuperación de Texas (RSPS)' },
  notes: {
    en: `Under 1 TAC §354: core training of 19.5 hours, then ${kind === 'mhps' ? 40 : 46} hours of ${kind.toUpperCase()} training; 250 hours of supervised work for full certification, with supervision weekly during initial certification and monthly afterwards, documented. Renewal: 20 hours including 3 of ethics; the 2-year cycle is an assumption to check with the certifying entity.`,
    es: `Según 1 TAC §354: capacitación básica de 19.5 horas y luego ${kind === 'mhps' ? 40 : 46} horas de capacitación ${kind.toUpperCase()}; 250 horas de trabajo supervisado para la certificación completa, con supervisión semanal durante la certificación inicial y mensual después, documentada. Renovación: 20 horas, 3 de ellas de ética; el ciclo de 2 años es una suposición que debes confirmar con la entidad certificadora.`,
  },
  board: 'Texas Health and Human Services Commission rules (1 TAC §354), through an approved certifying entity',
  jurisdiction: 'Texas',
  sourceUrl: 'https://texreg.sos.state.tx.us/public/readtac$ext.ViewTAC?tac_view=5&ti=1&pt=15&ch=354',
  asOf: AS_OF,
  domains: [texasCore, { key: `${kind}-training`, name: kind === 'mhps' ? { en: 'MHPS training', es: 'Capacitación MHPS' } : { en: 'RSPS training', es: 'Capacitación RSPS' }, hours: kind === 'mhps' ? 40 : 46 }],
  experienceHours: 250,
  experienceRequirements: [],
  supervisionHours: 0,
  supervisionCadenceInitial: 'weekly',
  supervisionCadenceAfter: 'monthly',
  exam: { required: true, name: `${kind.toUpperCase()} certification exam` },
  renewal: { cycleMonths: 24, basis: 'anniversary', ceHours: 20, categories: [{ ...ethicsCe, hours: 3 }, generalCe] },
})

export const credentials: CredentialContent[] = [
  {
    slug: 'icrc-peer-recovery',
    name: { en: 'IC&RC Peer Recovery (PR)', es: 'IC&RC Recuperación entre Pares (PR)' },
    notes: {
      en: 'Through an IC&RC member board. 46 training hours in four domains; 500 hours of paid or volunteer experience; 25 hours of supervision; the IC&RC Peer Recovery exam and a signed code of ethics. Renewal: 20 continuing-education hours every 2 years, 6 of them in ethics.',
      es: 'A través de una junta miembro de IC&RC. 46 horas de capacitación en cuatro áreas; 500 horas de experiencia remunerada o voluntaria; 25 horas de supervisión; el examen de Recuperación entre Pares de IC&RC y un código de ética firmado. Renovación: 20 horas de educación continua cada 2 años, 6 de ellas de ética.',
    },
    board: 'IC&RC (International Certification & Reciprocity Consortium)',
    jurisdiction: 'IC&RC member boards',
    sourceUrl: 'https://internationalcredentialing.org/',
    asOf: AS_OF,
    domains: icrcDomains([10, 10, 10, 16]),
    experienceHours: 500,
    experienceRequirements: [],
    supervisionHours: 25,
    supervisionCadenceInitial: 'none',
    supervisionCadenceAfter: 'none',
    exam: { required: true, name: 'IC&RC Peer Recovery exam; signed code of ethics' },
    renewal: { cycleMonths: 24, basis: 'anniversary', ceHours: 20, categories: [{ ...ethicsCe, hours: 6 }, generalCe] },
  },
  {
    slug: 'pennsylvania-cps',
    name: { en: 'Pennsylvania Certified Peer Specialist (CPS)', es: 'Especialista de pares certificado de Pensilvania (CPS)' },
    notes: {
      en: '75 hours of approved training. Renewal: 36 hours every 2 years: 24 peer or recovery related, 3 ethics and 9 elective. Experience, supervision and exam requirements were not part of this research: check the board.',
      es: '75 horas de capacitación aprobada. Renovación: 36 horas cada 2 años: 24 sobre apoyo entre pares o recuperación, 3 de ética y 9 optativas. Los requisitos de experiencia, supervisión y examen no formaron parte de esta investigación: consulta con la junta.',
    },
    board: 'Pennsylvania Certification Board',
    jurisdiction: 'Pennsylvania',
    sourceUrl: 'https://www.pacertboard.org/',
    asOf: AS_OF,
    domains: [{ key: 'approved-training', name: { en: 'Approved training', es: 'Capacitación aprobada' }, hours: 75 }],
    experienceHours: 0,
    experienceRequirements: [],
    supervisionHours: 0,
    supervisionCadenceInitial: 'none',
    supervisionCadenceAfter: 'none',
    exam: { required: false },
    renewal: {
      cycleMonths: 24,
      basis: 'anniversary',
      ceHours: 36,
      categories: [
        { key: 'ce-peer-recovery', name: { en: 'Peer or recovery related', es: 'Apoyo entre pares o recuperación' }, hours: 24 },
        { ...ethicsCe, hours: 3 },
        { key: 'ce-elective', name: { en: 'Elective', es: 'Optativas' }, hours: 9 },
      ],
    },
  },
  texas('mhps'),
  texas('rsps'),
  {
    slug: 'georgia-cps',
    name: { en: 'Georgia Certified Peer Specialist (CPS)', es: 'Especialista de pares certificado de Georgia (CPS)' },
    notes: {
      en: 'Renewal: 12 continuing-education hours per calendar year, including ethics (entered as 1 hour of ethics; check the required amount). Initial training, experience and exam requirements were not part of this research.',
      es: 'Renovación: 12 horas de educación continua por año calendario, incluida ética (registrada como 1 hora de ética; confirma la cantidad exigida). Los requisitos iniciales de capacitación, experiencia y examen no formaron parte de esta investigación.',
    },
    board: 'Georgia Certified Peer Specialist Project',
    jurisdiction: 'Georgia',
    sourceUrl: 'https://www.gacps.org/',
    asOf: AS_OF,
    domains: [],
    experienceHours: 0,
    experienceRequirements: [],
    supervisionHours: 0,
    supervisionCadenceInitial: 'none',
    supervisionCadenceAfter: 'none',
    exam: { required: true, name: 'Georgia CPS exam' },
    renewal: { cycleMonths: 12, basis: 'calendar-year', ceHours: 12, categories: [{ ...ethicsCe, hours: 1 }, generalCe] },
  },
  {
    slug: 'florida-crps',
    name: { en: 'Florida Certified Recovery Peer Specialist (CRPS)', es: 'Especialista certificado de pares en recuperación de Florida (CRPS)' },
    notes: {
      en: '40 training hours by content area (entered as 10 hours in each IC&RC Peer Recovery domain: check the board’s split); 500 hours of experience, at least 250 of them with peers of similar lived experience. Renewal was not part of this research: the cycle and hours are placeholders.',
      es: '40 horas de capacitación por área de contenido (registradas como 10 horas en cada área de Recuperación entre Pares de IC&RC: confirma la distribución de la junta); 500 horas de experiencia, al menos 250 con pares de experiencia vivida similar. La renovación no formó parte de esta investigación: el ciclo y las horas son provisionales.',
    },
    board: 'Florida Certification Board',
    jurisdiction: 'Florida',
    sourceUrl: 'https://flcertificationboard.org/',
    asOf: AS_OF,
    domains: icrcDomains([10, 10, 10, 10]),
    experienceHours: 500,
    experienceRequirements: [{ condition: 'with-similar-peers', hours: 250 }],
    supervisionHours: 0,
    supervisionCadenceInitial: 'none',
    supervisionCadenceAfter: 'none',
    exam: { required: true, name: 'CRPS exam' },
    renewal: { cycleMonths: 24, basis: 'anniversary', ceHours: 0, categories: [generalCe] },
  },
]

/**
 * DEMO VALUES, not a board's approval: how many hours each shipped toolkit
 * module counts for, so the demo shows credit flowing from certificates.
 */
export const demoCreditMappings: { credential: string; module: string; domain: string; hours: number }[] = [
  { credential: 'icrc-peer-recovery', module: 'preparing-the-organization', domain: 'advocacy', hours: 2 },
  { credential: 'icrc-peer-recovery', module: 'recruiting-and-hiring', domain: 'mentoring-education', hours: 2 },
  { credential: 'icrc-peer-recovery', module: 'effective-service-delivery', domain: 'recovery-wellness-support', hours: 3 },
  { credential: 'icrc-peer-recovery', module: 'supporting-supervising-retaining', domain: 'ethical-responsibility', hours: 2 },
  { credential: 'icrc-peer-recovery', module: 'supporting-supervising-retaining', domain: 'ce-ethics', hours: 2 },
  { credential: 'pennsylvania-cps', module: 'preparing-the-organization', domain: 'approved-training', hours: 2 },
  { credential: 'pennsylvania-cps', module: 'recruiting-and-hiring', domain: 'approved-training', hours: 2 },
  { credential: 'pennsylvania-cps', module: 'effective-service-delivery', domain: 'approved-training', hours: 3 },
  { credential: 'pennsylvania-cps', module: 'supporting-supervising-retaining', domain: 'approved-training', hours: 2 },
  { credential: 'texas-mhps', module: 'effective-service-delivery', domain: 'core', hours: 3 },
  { credential: 'texas-rsps', module: 'effective-service-delivery', domain: 'core', hours: 3 },
  { credential: 'florida-crps', module: 'supporting-supervising-retaining', domain: 'ethical-responsibility', hours: 2 },
]
