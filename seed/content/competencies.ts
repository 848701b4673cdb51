import type { CompetencyContent } from './types'

/**
 * The 12 SAMHSA core competency categories for peer workers in behavioral
 * health services, in SAMHSA's order. Lessons and quiz questions refer to
 * them by `code`.
 */

export const competencies: CompetencyContent[] = [
  {
    code: 'C1-ENGAGES',
    order: 1,
    en: {
      title: 'Engages peers in collaborative and caring relationships',
      description:
        'Builds trusting, respectful relationships with the people they serve, starting from shared experience and working alongside each person as an equal partner.',
    },
    es: {
      title: 'Involucra a sus pares en relaciones de colaboración y cuidado',
      description:
        'Construye relaciones de confianza y respeto con las personas a quienes acompaña, partiendo de la experiencia compartida y trabajando con cada persona como compañero en igualdad de condiciones.',
    },
  },
  {
    code: 'C2-SUPPORT',
    order: 2,
    en: {
      title: 'Provides support',
      description:
        'Offers practical and emotional support that validates each person’s experience, encourages hope and builds on their strengths.',
    },
    es: {
      title: 'Brinda apoyo',
      description:
        'Ofrece apoyo práctico y emocional que valida la experiencia de cada persona, alimenta la esperanza y se apoya en sus fortalezas.',
    },
  },
  {
    code: 'C3-LIVED-EXPERIENCE',
    order: 3,
    en: {
      title: 'Shares lived experiences of recovery',
      description:
        'Uses their own recovery story with purpose and care, choosing what to share so that it helps the other person and models that recovery is possible.',
    },
    es: {
      title: 'Comparte su experiencia vivida de recuperación',
      description:
        'Usa su propia historia de recuperación con un propósito claro y con cuidado, eligiendo qué contar para que sirva a la otra persona y muestre que la recuperación es posible.',
    },
  },
  {
    code: 'C4-PERSONALIZES',
    order: 4,
    en: {
      title: 'Personalizes peer support',
      description:
        'Adapts support to each person’s culture, values, preferences and stage of recovery, recognizing that there are many pathways to recovery.',
    },
    es: {
      title: 'Personaliza el apoyo entre pares',
      description:
        'Adapta el apoyo a la cultura, los valores, las preferencias y la etapa de recuperación de cada persona, reconociendo que hay muchos caminos hacia la recuperación.',
    },
  },
  {
    code: 'C5-RECOVERY-PLANNING',
    order: 5,
    en: {
      title: 'Supports recovery planning',
      description:
        'Helps people name their own goals, hopes and dreams and turn them into concrete, self-directed steps.',
    },
    es: {
      title: 'Apoya la planificación de la recuperación',
      description:
        'Ayuda a las personas a definir sus propias metas, esperanzas y sueños, y a convertirlos en pasos concretos que ellas mismas dirigen.',
    },
  },
  {
    code: 'C6-LINKS-RESOURCES',
    order: 6,
    en: {
      title: 'Links to resources, services and supports',
      description:
        'Connects people with the community resources, services and natural supports they choose, such as health care, housing, education, employment and recovery communities.',
    },
    es: {
      title: 'Conecta con recursos, servicios y apoyos',
      description:
        'Pone a las personas en contacto con los recursos comunitarios, servicios y apoyos naturales que ellas eligen, como atención de salud, vivienda, educación, empleo y comunidades de recuperación.',
    },
  },
  {
    code: 'C7-WELLNESS-INFO',
    order: 7,
    en: {
      title: 'Provides information about skills related to health, wellness and recovery',
      description:
        'Shares practical information and self-help tools that people can use to look after their health, build wellness and sustain recovery.',
    },
    es: {
      title: 'Brinda información sobre habilidades para la salud, el bienestar y la recuperación',
      description:
        'Comparte información práctica y herramientas de autoayuda que las personas pueden usar para cuidar su salud, fortalecer su bienestar y mantener su recuperación.',
    },
  },
  {
    code: 'C8-CRISIS',
    order: 8,
    en: {
      title: 'Helps peers manage crises',
      description:
        'Recognizes signs of distress, responds calmly and helps people stay safe and reach the right help during times of crisis.',
    },
    es: {
      title: 'Ayuda a sus pares a manejar crisis',
      description:
        'Reconoce señales de angustia, responde con calma y ayuda a las personas a mantenerse a salvo y a obtener la ayuda adecuada en momentos de crisis.',
    },
  },
  {
    code: 'C9-COMMUNICATION',
    order: 9,
    en: {
      title: 'Values communication',
      description:
        'Listens actively, uses respectful, person-first language and communicates clearly and honestly with the people they serve and with colleagues.',
    },
    es: {
      title: 'Valora la comunicación',
      description:
        'Escucha activamente, usa un lenguaje respetuoso que pone a la persona primero y se comunica con claridad y honestidad con las personas que acompaña y con sus colegas.',
    },
  },
  {
    code: 'C10-COLLABORATION',
    order: 10,
    en: {
      title: 'Supports collaboration and teamwork',
      description:
        'Works as a full member of the team, bringing the peer perspective to colleagues and partner agencies while respecting each person’s choices.',
    },
    es: {
      title: 'Apoya la colaboración y el trabajo en equipo',
      description:
        'Trabaja como miembro pleno del equipo, aportando la perspectiva de pares a colegas y agencias aliadas, siempre respetando las decisiones de cada persona.',
    },
  },
  {
    code: 'C11-LEADERSHIP-ADVOCACY',
    order: 11,
    en: {
      title: 'Promotes leadership and advocacy',
      description:
        'Speaks up for the rights and needs of people in recovery, challenges stigma and encourages people to take leadership in their own lives and communities.',
    },
    es: {
      title: 'Promueve el liderazgo y la defensa de derechos',
      description:
        'Aboga por los derechos y las necesidades de las personas en recuperación, combate el estigma y anima a las personas a asumir el liderazgo en su vida y en su comunidad.',
    },
  },
  {
    code: 'C12-GROWTH',
    order: 12,
    en: {
      title: 'Promotes growth and development',
      description:
        'Keeps learning through training, supervision and self-reflection, and looks after their own wellness so they can keep offering quality support.',
    },
    es: {
      title: 'Promueve el crecimiento y el desarrollo',
      description:
        'Sigue aprendiendo mediante la capacitación, la supervisión y la reflexión personal, y cuida su propio bienestar para seguir ofreciendo un apoyo de calidad.',
    },
  },
]
