import type { AppLocale } from '@/lib/locales'

/**
 * The organization readiness self-assessment: toolkit module 1, "Preparing the Organization", turned into
 * questions a manager can answer. Kept as plain data so trainers can review the wording without reading code.
 *
 * Statement ids are stored with every submission, so never rename or reuse one; retire it and add a new id.
 */

export type LocalizedText = Readonly<Record<AppLocale, string>>

export interface ReadinessStatement {
  readonly id: string
  readonly text: LocalizedText
}

/** A lesson of the curriculum, by slug, so the site can link to `/modules/<module>/lessons/<lesson>`. */
export interface LessonRef {
  readonly module: string
  readonly lesson: string
}

export const READINESS_AREA_IDS = ['leadership', 'roles', 'supervision', 'disclosure', 'hiring', 'retention'] as const
export type ReadinessAreaId = (typeof READINESS_AREA_IDS)[number]

export interface ReadinessArea {
  readonly id: ReadinessAreaId
  readonly title: LocalizedText
  readonly description: LocalizedText
  readonly statements: readonly ReadinessStatement[]
  /** Most relevant first: the first lesson is the one to suggest when there is room for only one. */
  readonly lessons: readonly LessonRef[]
}

export const lessonHref = ({ module, lesson }: LessonRef): string => `/modules/${module}/lessons/${lesson}`

const preparing = (lesson: string): LessonRef => ({ module: 'preparing-the-organization', lesson })
const hiring = (lesson: string): LessonRef => ({ module: 'recruiting-and-hiring', lesson })
const delivery = (lesson: string): LessonRef => ({ module: 'effective-service-delivery', lesson })
const supporting = (lesson: string): LessonRef => ({ module: 'supporting-supervising-retaining', lesson })

export const READINESS_AREAS: readonly ReadinessArea[] = [
  {
    id: 'leadership',
    title: { en: 'Leadership buy-in', es: 'Compromiso de la dirección' },
    description: {
      en: 'Whether senior leaders understand why the organization is adding peer staff and back that decision with money, time and visible support.',
      es: 'Si la alta dirección entiende por qué la organización incorpora personal de pares y respalda esa decisión con presupuesto, tiempo y apoyo visible.',
    },
    statements: [
      {
        id: 'leadership-1',
        text: {
          en: 'Senior leaders have told all staff why the organization is hiring peer staff and what they expect peer support to add.',
          es: 'La alta dirección ha explicado a todo el personal por qué la organización contrata personal de pares y qué espera que aporte el apoyo entre pares.',
        },
      },
      {
        id: 'leadership-2',
        text: {
          en: 'The budget pays for peer positions at a fair wage, along with their training and supervision, and does not rely only on short-term grants.',
          es: 'El presupuesto cubre los puestos de pares con un salario justo, además de su capacitación y supervisión, y no depende solo de fondos temporales.',
        },
      },
      {
        id: 'leadership-3',
        text: {
          en: 'People with lived experience of recovery help plan the peer program and have a voice in the decisions that affect it.',
          es: 'Personas con experiencia vivida de recuperación participan en la planificación del programa de pares y tienen voz en las decisiones que lo afectan.',
        },
      },
    ],
    lessons: [
      preparing('is-your-culture-ready'),
      preparing('benefits-of-peer-support'),
      preparing('recovery-oriented-systems-and-recovery-capital'),
    ],
  },
  {
    id: 'roles',
    title: { en: 'Role definitions for peer staff', es: 'Definición del rol del personal de pares' },
    description: {
      en: 'Whether peer roles are written down, understood across the team and kept distinct from clinical and case-management work.',
      es: 'Si los roles de pares están por escrito, si todo el equipo los entiende y si se mantienen diferenciados del trabajo clínico y de administración de casos.',
    },
    statements: [
      {
        id: 'roles-1',
        text: {
          en: 'Each peer position has a written job description built around lived experience and non-clinical, strengths-based support.',
          es: 'Cada puesto de pares tiene una descripción escrita basada en la experiencia vivida y en un apoyo no clínico centrado en las fortalezas.',
        },
      },
      {
        id: 'roles-2',
        text: {
          en: 'Clinical staff and case managers understand how the peer role complements their work without duplicating or replacing it.',
          es: 'El personal clínico y los administradores de casos entienden cómo el rol de pares complementa su trabajo sin duplicarlo ni reemplazarlo.',
        },
      },
      {
        id: 'roles-3',
        text: {
          en: 'There is an agreed way to notice and correct requests that would pull peer staff into clinical, clerical or monitoring tasks outside their role.',
          es: 'Existe una forma acordada de detectar y corregir los pedidos que llevarían al personal de pares a tareas clínicas, administrativas o de vigilancia ajenas a su rol.',
        },
      },
    ],
    lessons: [
      supporting('clarifying-the-peer-role'),
      hiring('writing-peer-job-descriptions'),
      supporting('preventing-role-drift'),
    ],
  },
  {
    id: 'supervision',
    title: { en: 'Supervision plan', es: 'Plan de supervisión' },
    description: {
      en: 'Whether peer staff will have regular supervision from someone who understands peer work and makes room for both skills and wellness.',
      es: 'Si el personal de pares contará con supervisión regular de alguien que entienda el trabajo de pares y que dé espacio tanto a las habilidades como al bienestar.',
    },
    statements: [
      {
        id: 'supervision-1',
        text: {
          en: 'Every peer staff member has a named supervisor and regular, scheduled supervision time, not only meetings when a problem comes up.',
          es: 'Cada integrante del personal de pares tiene un supervisor asignado y un horario fijo de supervisión, no solo reuniones cuando surge un problema.',
        },
      },
      {
        id: 'supervision-2',
        text: {
          en: 'Supervisors of peer staff have been trained in peer values and the peer role, or can turn to an experienced peer supervisor for guidance.',
          es: 'Quienes supervisan al personal de pares han recibido capacitación sobre los valores y el rol de pares, o pueden consultar a un supervisor de pares con experiencia.',
        },
      },
      {
        id: 'supervision-3',
        text: {
          en: 'Supervision focuses on the work and on professional growth, and supervisors know not to act as the peer worker’s counselor or therapist.',
          es: 'La supervisión se centra en el trabajo y en el crecimiento profesional, y los supervisores saben que no deben actuar como consejeros ni terapeutas del trabajador de pares.',
        },
      },
    ],
    lessons: [
      supporting('why-invest-in-supervision'),
      supporting('supporting-peer-staff-wellness'),
      supporting('preventing-role-drift'),
    ],
  },
  {
    id: 'disclosure',
    title: { en: 'Lived-experience disclosure policies', es: 'Políticas sobre compartir la experiencia vivida' },
    description: {
      en: 'Whether the organization protects each peer worker’s choice about what to share of their story, when and with whom, at work and with the people they serve.',
      es: 'Si la organización protege la decisión de cada trabajador de pares sobre qué contar de su historia, cuándo y con quién, tanto en el trabajo como con las personas a las que atiende.',
    },
    statements: [
      {
        id: 'disclosure-1',
        text: {
          en: 'A written policy says peer staff decide which parts of their story to share, when and with whom, and are never required to share more.',
          es: 'Una política escrita establece que el personal de pares decide qué partes de su historia compartir, cuándo y con quién, y que nunca se le exige compartir más.',
        },
      },
      {
        id: 'disclosure-2',
        text: {
          en: 'Health and recovery information that peer staff share with the organization is kept confidential, as it would be for any other employee.',
          es: 'La información de salud y de recuperación que el personal de pares comparte con la organización se mantiene confidencial, igual que la de cualquier otro empleado.',
        },
      },
      {
        id: 'disclosure-3',
        text: {
          en: 'Peer staff receive training and supervision on sharing their lived experience with purpose, keeping the focus on the person being served.',
          es: 'El personal de pares recibe capacitación y supervisión para compartir su experiencia vivida con un propósito claro, centrado en la persona a la que acompaña.',
        },
      },
    ],
    lessons: [
      delivery('sharing-lived-experience-with-purpose'),
      preparing('peerness-and-mutuality'),
      hiring('lived-experience-as-qualification'),
    ],
  },
  {
    id: 'hiring',
    title: { en: 'Recovery-friendly hiring practices', es: 'Prácticas de contratación que apoyan la recuperación' },
    description: {
      en: 'Whether recruiting, interviews and background checks treat lived experience of recovery as a qualification rather than a risk.',
      es: 'Si el reclutamiento, las entrevistas y la verificación de antecedentes tratan la experiencia vivida de recuperación como una cualificación y no como un riesgo.',
    },
    statements: [
      {
        id: 'hiring-1',
        text: {
          en: 'Job postings name lived experience of recovery as a qualification and are shared with recovery community organizations and peer-run groups.',
          es: 'Las ofertas de empleo presentan la experiencia vivida de recuperación como una cualificación y se difunden en organizaciones comunitarias de recuperación y grupos dirigidos por pares.',
        },
      },
      {
        id: 'hiring-2',
        text: {
          en: 'Interviews explore skills and how candidates use their lived experience, without asking about diagnoses or the details of their recovery.',
          es: 'Las entrevistas exploran las habilidades de cada candidato y cómo usa su experiencia vivida, sin preguntar por diagnósticos ni por los detalles de su recuperación.',
        },
      },
      {
        id: 'hiring-3',
        text: {
          en: 'Background-check policies have been reviewed so that past involvement with the justice system or past substance use does not automatically rule out peer candidates.',
          es: 'Las políticas de verificación de antecedentes se han revisado para que el contacto previo con el sistema de justicia o el consumo de sustancias en el pasado no descarten automáticamente a candidatos de pares.',
        },
      },
    ],
    lessons: [
      hiring('recovery-friendly-recruiting-and-hiring'),
      hiring('lived-experience-as-qualification'),
      hiring('writing-peer-job-descriptions'),
    ],
  },
  {
    id: 'retention',
    title: { en: 'Retention supports and wellness', es: 'Apoyos para la retención y el bienestar' },
    description: {
      en: 'Whether peer staff are included as full members of the team, supported in their wellness and given room to grow.',
      es: 'Si el personal de pares participa como miembro pleno del equipo, recibe apoyo para su bienestar y tiene oportunidades de crecer.',
    },
    statements: [
      {
        id: 'retention-1',
        text: {
          en: 'Peer staff take part in team meetings and case discussions as full members of the team, and their input changes what the team does.',
          es: 'El personal de pares participa en las reuniones de equipo y en las conversaciones sobre casos como miembro pleno del equipo, y sus aportes influyen en lo que el equipo hace.',
        },
      },
      {
        id: 'retention-2',
        text: {
          en: 'Wellness supports such as flexible schedules, time to debrief after hard days and reasonable accommodations are offered to peer staff and can be used without stigma.',
          es: 'Se ofrecen al personal de pares apoyos para el bienestar, como horarios flexibles, tiempo para conversar después de una jornada difícil y adaptaciones razonables, que puede usar sin estigma.',
        },
      },
      {
        id: 'retention-3',
        text: {
          en: 'Peer staff have a path to grow, such as advanced certification, peer supervisor or trainer roles, and raises that reflect their experience.',
          es: 'El personal de pares tiene un camino para crecer, como certificaciones avanzadas, puestos de supervisión o capacitación de pares y aumentos salariales que reconocen su experiencia.',
        },
      },
    ],
    lessons: [supporting('integration-growth-retention'), supporting('supporting-peer-staff-wellness')],
  },
]

export const READINESS_STATEMENT_IDS: readonly string[] = READINESS_AREAS.flatMap((area) => area.statements.map((statement) => statement.id))

export interface ReadinessScaleLevel {
  readonly value: 1 | 2 | 3 | 4
  readonly label: LocalizedText
}

export const READINESS_SCALE: readonly ReadinessScaleLevel[] = [
  { value: 1, label: { en: 'Not yet', es: 'Todavía no' } },
  { value: 2, label: { en: 'Starting', es: 'En sus inicios' } },
  { value: 3, label: { en: 'Mostly in place', es: 'En gran parte implementado' } },
  { value: 4, label: { en: 'Fully in place', es: 'Totalmente implementado' } },
]

export const READINESS_MIN = 1
export const READINESS_MAX = 4
