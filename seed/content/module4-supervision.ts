import type { ModuleContent } from './types'

import { SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_PRCOE, SRC_SAMHSA_PEER_WORKERS, SRC_VALUE_OF_PEERS } from './sources'

/**
 * Module 4 of the PeerPath curriculum, following module 4 of the Philadelphia
 * DBHIDS Peer Support Toolkit: Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?
 * Facts come from the seed documents listed in each lesson's `sources`.
 */

export const module4: ModuleContent = {
  slug: 'supporting-supervising-retaining',
  order: 4,
  area: 'supervision-and-retention',
  estimatedMinutes: 46,
  competencies: ['C3-LIVED-EXPERIENCE', 'C7-WELLNESS-INFO', 'C9-COMMUNICATION', 'C10-COLLABORATION', 'C11-LEADERSHIP-ADVOCACY', 'C12-GROWTH'],
  en: {
    title: 'Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?',
    summary:
      'A module for supervisors and managers: how to plan supervision for peer staff, keep the peer role clear and non-clinical, prevent role drift, support the wellness of peer workers, integrate them into the team and give them reasons to grow and stay.',
  },
  es: {
    title: 'Apoyo, supervisión y retención del personal de pares: ¿por qué invertir en apoyar y supervisar al personal de pares?',
    summary:
      'Un módulo para supervisores y gerentes: cómo planificar la supervisión del personal de pares, mantener un rol de pares claro y no clínico, evitar la desviación del rol, cuidar el bienestar de los trabajadores de pares, integrarlos al equipo y darles motivos para crecer y quedarse.',
  },
  lessons: [
    // ───────────────────────────── Lesson 1 ─────────────────────────────
    {
      slug: 'why-invest-in-supervision',
      order: 1,
      estimatedMinutes: 8,
      competencies: ['C12-GROWTH', 'C9-COMMUNICATION'],
      sources: [SRC_PRCOE, SRC_SAMHSA_PEER_WORKERS],
      en: {
        title: 'Why Invest in Supervising Peer Staff: Building a Supervision Plan',
        summary:
          'Why supervision of peer staff needs to be planned before hiring, what a written supervision plan covers, and how supervising a peer worker differs from treating a client.',
        body: [
          { type: 'heading', text: 'Why supervision of peer staff deserves a plan' },
          {
            type: 'paragraph',
            text: "The Peer Support Toolkit from the Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS) has four modules [1]. The fourth is called “Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?”, and this module follows it [1]. Its title asks a direct question. Why should an organization invest in supporting and supervising its peer staff? The answer starts before anyone is hired. The Peer Recovery Center of Excellence gives advice to groups starting a new peer program [1]. Be clear about what you expect from peer workers before you recruit [1]. Have a plan for supervision and retention ready at the same time [1]. Many organizations find that a plan written after problems appear only reacts to them. They find that a plan written ahead of time shapes the job from day one.",
          },
          {
            type: 'paragraph',
            text: "Peer support workers bring something no one else on the team is hired for. They bring their own lived experience of recovery from a mental health or substance use condition, or both [2]. That experience is the key tool of the job [1]. The Substance Abuse and Mental Health Services Administration (SAMHSA) says peer workers are emerging as important members of treatment teams [2]. Using lived experience on purpose, day after day, takes skill and can be hard. Supervision is where peer staff can get help to use that tool well. It is also where the organization protects the role it hired them for.",
          },
          { type: 'heading', text: 'What a supervision plan covers' },
          {
            type: 'paragraph',
            text: 'A supervision plan does not have to be long. It should be written down and shared with the peer worker, who helps shape it. A plan can cover these areas:',
          },
          {
            type: 'list',
            items: [
              "**Schedule and format:** how often you meet, for how long, and whether one-on-one, in a group or both. Many supervisors find that regular, protected time matters more than the format.",
              "**Who supervises:** ideally someone who knows peer values and practice. If the direct supervisor is not a peer, the plan can add time with a skilled peer mentor or peer supervisor.",
              "**The job description:** a shared reading of what the role includes and what it does not. Revisit it as the program changes.",
              "**Skills and competencies:** the core competencies SAMHSA describes for peer workers, plus any other skills the setting needs [2].",
              "**Wellness and support:** how the peer worker would like to be supported in stressful times. The plan can also name the workplace resources open to all staff.",
              "**Growth goals:** the training, certification and career interests the peer worker wants to pursue.",
            ],
          },
          { type: 'heading', text: 'Supervision is not treatment' },
          {
            type: 'paragraph',
            text: "Supervisors new to peer staff can slip into treating the peer worker as a client. They may ask about symptoms or recovery in ways they would never ask other staff. Supervision of peer staff is about the work itself. How does the peer worker engage people and use their own story? How do they handle boundaries and work with co-workers? The peer worker decides what to share about their own past. If personal struggles start to affect the job, use the same fair and private process you use for any staff member. Your HR (human resources) team can tell you what that process is.",
          },
          {
            type: 'paragraph',
            text: "SAMHSA offers a technical assistance (TA) guide called the “Supervision of Peer Workers TA Resource” [2]. It helps supervisors understand how to supervise peer workers in behavioral health services [2]. It comes with a slide deck, trainer notes and a one-page self-check tool for supervisors [2]. Try a self-check like this before you write a plan. It can show gaps in your own grasp of the peer role. Then you can decide what to learn more about.",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Pause and reflect',
            text: 'Think about how your organization supervises peer staff today. Was a plan in place before the first peer worker was hired, or did supervision take shape as problems came up? What would you put in writing now?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Supervision plan', definition: 'A written agreement describing how, when and by whom a peer worker is supervised, and what supervision will focus on.' },
              { term: "Lived experience", definition: "Personal experience of recovery from a mental health condition, a substance use disorder, or both; the key tool peer support workers bring to their work [1]." },
              { term: "Core competencies", definition: "The foundational knowledge and skills SAMHSA describes for peer workers in behavioral health services [2]." },
              { term: 'Supervisor self-assessment', definition: 'A short tool supervisors use to review their own readiness and knowledge for supervising peer workers.' },
            ],
          },
        ],
      },
      es: {
        title: 'Por qué invertir en la supervisión del personal de pares: cómo armar un plan de supervisión',
        summary:
          'Por qué la supervisión del personal de pares debe planificarse antes de contratar, qué incluye un plan de supervisión por escrito y en qué se diferencia supervisar a un trabajador de pares de atender a un cliente.',
        body: [
          { type: 'heading', text: 'Por qué la supervisión del personal de pares merece un plan' },
          {
            type: 'paragraph',
            text: "El Peer Support Toolkit del Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS, por sus siglas en inglés) tiene cuatro módulos [1]. El cuarto se titula “Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?”, y este módulo lo sigue [1]. Su título plantea una pregunta directa. ¿Por qué una organización debería invertir en apoyar y supervisar a su personal de pares? La respuesta empieza antes de contratar a nadie. El Peer Recovery Center of Excellence da consejos a las organizaciones que inician un nuevo programa de pares [1]. Ten claro qué esperas de los trabajadores de pares antes de reclutar [1]. Ten listo al mismo tiempo un plan de supervisión y retención [1]. Muchas organizaciones ven que un plan escrito cuando ya hay problemas solo reacciona ante ellos. Ven que un plan escrito con anticipación le da forma al puesto desde el primer día.",
          },
          {
            type: 'paragraph',
            text: "Los trabajadores de apoyo entre pares aportan algo para lo que no se contrata a nadie más en el equipo. Aportan su propia experiencia vivida de recuperación de una condición de salud mental, de consumo de sustancias o de ambas [2]. Esa experiencia es la herramienta clave del trabajo [1]. La Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA, por sus siglas en inglés) señala que los trabajadores de pares se están convirtiendo en miembros importantes de los equipos de tratamiento [2]. Usar la experiencia vivida de manera intencional, día tras día, requiere destreza y puede ser difícil. En la supervisión, el personal de pares puede recibir ayuda para usar bien esa herramienta. También es donde la organización protege el rol para el que los contrató.",
          },
          { type: 'heading', text: 'Qué incluye un plan de supervisión' },
          {
            type: 'paragraph',
            text: "Un plan de supervisión no tiene que ser extenso. Debe estar por escrito y compartirse con el trabajador de pares, quien ayuda a darle forma. Un plan puede abarcar estas áreas:",
          },
          {
            type: 'list',
            items: [
              "**Horario y formato:** con qué frecuencia se reúnen, cuánto duran las sesiones y si es individual, grupal o ambas. Muchos supervisores ven que importa más contar con un tiempo regular y protegido que el formato.",
              "**Quién supervisa:** idealmente, alguien que conozca los valores y la práctica del apoyo entre pares. Si el supervisor directo no es un par, el plan puede agregar tiempo con un mentor o supervisor de pares con experiencia.",
              "**La descripción del puesto:** una lectura compartida de lo que el rol incluye y lo que no. Revísala a medida que cambia el programa.",
              "**Habilidades y competencias:** las competencias básicas que SAMHSA describe para los trabajadores de pares, además de otras habilidades que requiera el entorno [2].",
              "**Bienestar y apoyo:** cómo le gustaría al trabajador de pares recibir apoyo en momentos de estrés. El plan también puede nombrar los recursos del lugar de trabajo disponibles para todo el personal.",
              "**Metas de crecimiento:** la capacitación, la certificación y los intereses profesionales que el trabajador de pares quiere desarrollar.",
            ],
          },
          { type: 'heading', text: 'Supervisar no es dar tratamiento' },
          {
            type: 'paragraph',
            text: "Quienes supervisan por primera vez a personal de pares pueden terminar tratando al trabajador como si fuera un cliente. Pueden preguntarle por síntomas o por su recuperación de una forma que nunca usarían con otros empleados. La supervisión del personal de pares se centra en el trabajo. ¿Cómo se relaciona el trabajador con las personas y cómo usa su propia historia? ¿Cómo maneja los límites y cómo colabora con sus colegas? Es el trabajador de pares quien decide qué compartir sobre su pasado. Si alguna dificultad personal empieza a afectar el trabajo, usa el mismo proceso justo y confidencial que usas con cualquier empleado. Tu equipo de recursos humanos puede decirte cuál es ese proceso.",
          },
          {
            type: 'paragraph',
            text: "SAMHSA ofrece una guía de asistencia técnica (TA, por sus siglas en inglés) llamada “Supervision of Peer Workers TA Resource” [2]. Ayuda a los supervisores a entender cómo supervisar a trabajadores de pares en los servicios de salud conductual [2]. Incluye una presentación, notas para capacitadores y una herramienta de autoevaluación de una página para supervisores [2]. Prueba una autoevaluación así antes de redactar el plan. Puede mostrar vacíos en tu propia comprensión del rol de pares. Luego puedes decidir qué conviene aprender.",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Un momento para reflexionar',
            text: 'Piensa en cómo se supervisa hoy al personal de pares en tu organización. ¿Existía un plan antes de contratar al primer trabajador de pares, o la supervisión se fue armando a medida que surgían problemas? ¿Qué pondrías por escrito ahora?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Plan de supervisión', definition: 'Un acuerdo por escrito que describe cómo, cuándo y quién supervisa a un trabajador de pares, y en qué se enfocará la supervisión.' },
              { term: "Experiencia vivida", definition: "La experiencia personal de recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos; la herramienta clave que los trabajadores de pares aportan a su trabajo [1]." },
              { term: "Competencias básicas", definition: "Los conocimientos y las habilidades fundamentales que SAMHSA describe para los trabajadores de pares en los servicios de salud conductual [2]." },
              { term: 'Autoevaluación del supervisor', definition: 'Una herramienta breve con la que el supervisor revisa su propia preparación y sus conocimientos para supervisar a trabajadores de pares.' },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 2 ─────────────────────────────
    {
      slug: 'clarifying-the-peer-role',
      order: 2,
      estimatedMinutes: 7,
      competencies: ['C10-COLLABORATION', 'C3-LIVED-EXPERIENCE', 'C9-COMMUNICATION'],
      sources: [SRC_VALUE_OF_PEERS, SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_PRCOE],
      en: {
        title: "Role Clarity: The Peer Worker's Place on the Treatment Team",
        summary:
          'What makes the peer role distinct, how it complements rather than replaces clinical roles, how power dynamics show up on teams, and practical steps supervisors can take to keep the role clear.',
        body: [
          { type: 'heading', text: 'A distinct role, not a junior clinician' },
          {
            type: 'paragraph',
            text: "Peer support workers offer support that is non-clinical and strengths-based [1, 2]. They are often called “experientially credentialed” [1, 2]. Their fitness for the job comes from their own recovery journey [1, 2]. It is often paired with formal training and, in most states, certification [3, 4]. SAMHSA’s Value of Peers states the rule plainly [1]. The peer role complements the work of therapists, case managers and the rest of the team [1]. It does not copy or replace them [1]. Many supervisors find that this rule makes daily questions about the peer role easier.",
          },
          {
            type: 'paragraph',
            text: "The peer worker helps people find and follow their own recovery paths [1]. They do it without judgment, expectation, rules or demands [1]. Peer staff inspire hope that people can and do recover [1]. They walk with people on their recovery journeys [1]. They challenge myths about mental health conditions and substance use disorders [1]. They share self-help education and link people to tools and resources [1]. They help people name their goals and map a route to them [1]. The Peer Support Specialist page adds that peer specialists help people find and build on their strengths [3]. They help people grow their ability to make informed, independent choices [3].",
          },
          { type: 'heading', text: 'Power dynamics on the team' },
          {
            type: 'paragraph',
            text: "SAMHSA’s Value of Peers notes that peer workers can help break down walls of experience and understanding [1]. They can also ease the power dynamics that get in the way of working with the rest of the treatment team [1]. Many supervisors find this matters to the people served, who may feel more at ease with someone who has walked a similar path. It also means peer staff often work where the people who receive services meet the professionals who provide them.",
          },
          {
            type: 'paragraph',
            text: 'Power dynamics can show up inside the team as well. A peer worker may be the only one on the team without a clinical degree. They may earn less than co-workers. They may once have received services in the same system. Heavy clinical jargon can shrink the role. So can meetings where peer input comes last, or co-workers who see the peer worker as a helper, not a professional. Good supervision names these dynamics and works to change them. It does not leave the peer worker to carry them alone.',
          },
          { type: 'heading', text: 'Practical steps toward role clarity' },
          {
            type: 'list',
            items: [
              'Write a job description that says what peer staff do and what they do not do, using the non-clinical, strengths-based language of the field.',
              'Orient the whole team to the peer role before the peer worker starts, not only the peer worker.',
              'Invite peer staff to team meetings and case discussions as full members whose perspective shapes the plan.',
              'Agree with the team on how peer staff document their work and share information, so that trust with the people they serve is protected.',
              'Review the job description together with the peer worker at least once a year.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Pause and reflect',
            text: 'Ask three co-workers on your team to describe what your peer staff do. Would their answers match the job description? Where might any differences come from?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Non-clinical support', definition: 'Help grounded in shared experience and mutual respect rather than diagnosis, assessment or treatment.' },
              { term: 'Strengths-based approach', definition: 'A way of working that starts from a person’s abilities, resources and hopes rather than their deficits.' },
              { term: "Experientially credentialed", definition: "Qualified for the peer role by one’s own recovery journey, often together with formal training [1, 3]." },
              { term: 'Power dynamics', definition: 'Differences in status, authority or influence that shape how people relate, within a team or between staff and the people served.' },
            ],
          },
        ],
      },
      es: {
        title: 'Claridad del rol: el lugar del trabajador de pares en el equipo de tratamiento',
        summary:
          'Qué hace que el rol de pares sea distinto, cómo complementa los roles clínicos sin reemplazarlos, cómo aparecen las dinámicas de poder en los equipos y qué pasos prácticos pueden dar los supervisores para mantener claro el rol.',
        body: [
          { type: 'heading', text: 'Un rol propio, no un clínico en formación' },
          {
            type: 'paragraph',
            text: "Los trabajadores de apoyo entre pares brindan un apoyo no clínico y basado en las fortalezas [1, 2]. Con frecuencia se dice que están “acreditados por la experiencia” [1, 2]. Su preparación para el puesto proviene de su propio camino de recuperación [1, 2]. A menudo se suma a una capacitación formal y, en la mayoría de los estados, a una certificación [3, 4]. Los materiales Value of Peers de SAMHSA dicen la regla con claridad [1]. El rol de pares complementa el trabajo de terapeutas, administradores de casos y demás integrantes del equipo [1]. No lo duplica ni lo reemplaza [1]. Muchos supervisores ven que esta regla facilita las preguntas cotidianas sobre el rol de pares.",
          },
          {
            type: 'paragraph',
            text: "El trabajador de pares ayuda a las personas a encontrar y seguir su propio camino de recuperación [1]. Lo hace sin juicios, expectativas, reglas ni requisitos [1]. El personal de pares inspira la esperanza de que las personas pueden recuperarse y se recuperan [1]. Acompaña a las personas en su camino de recuperación [1]. Desmiente mitos sobre las condiciones de salud mental y los trastornos por consumo de sustancias [1]. Comparte educación de autoayuda y conecta a las personas con herramientas y recursos [1]. Las ayuda a nombrar sus metas y a trazar un camino hacia ellas [1]. La página Peer Support Specialist agrega que los especialistas de pares ayudan a las personas a reconocer sus fortalezas y a construir sobre ellas [3]. Las ayudan a desarrollar la capacidad de tomar decisiones informadas e independientes [3].",
          },
          { type: 'heading', text: 'Dinámicas de poder en el equipo' },
          {
            type: 'paragraph',
            text: "El documento Value of Peers de SAMHSA señala que los trabajadores de pares pueden ayudar a derribar barreras de experiencia y comprensión [1]. También pueden aliviar las dinámicas de poder que dificultan el trabajo con el resto del equipo de tratamiento [1]. Muchos supervisores ven que esto importa a las personas atendidas, que pueden sentirse más cómodas con alguien que ha recorrido un camino parecido. También significa que el personal de pares suele trabajar en el punto de encuentro entre quienes reciben los servicios y los profesionales que los prestan.",
          },
          {
            type: 'paragraph',
            text: 'Los supervisores deben contar con que las dinámicas de poder también aparecerán dentro del equipo. Puede que el trabajador de pares sea el único integrante sin título clínico, que gane menos que sus colegas o que alguna vez haya recibido servicios en el mismo sistema. El exceso de lenguaje técnico, las reuniones en las que la opinión de pares se escucha al final o los colegas que ven al trabajador de pares como un ayudante y no como un profesional pueden ir achicando el rol sin que nadie lo note. Una buena supervisión nombra estas dinámicas y trabaja para cambiarlas, en lugar de esperar que el trabajador de pares las cargue solo.',
          },
          { type: 'heading', text: 'Pasos prácticos para lograr claridad en el rol' },
          {
            type: 'list',
            items: [
              'Redacta una descripción del puesto que diga qué hace y qué no hace el personal de pares, con el lenguaje no clínico y basado en las fortalezas propio de este campo.',
              'Orienta a todo el equipo sobre el rol de pares antes de que el trabajador empiece, no solo al trabajador de pares.',
              'Invita al personal de pares a las reuniones de equipo y a las discusiones de casos como miembros plenos cuya perspectiva influye en el plan.',
              'Acuerda con el equipo cómo documenta su trabajo el personal de pares y cómo comparte información, para proteger la confianza de las personas a quienes atiende.',
              'Revisa la descripción del puesto junto con el trabajador de pares al menos una vez al año.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Un momento para reflexionar',
            text: 'Si les pidieras a tres colegas de tu equipo que describieran lo que hace tu personal de pares, ¿coincidirían sus respuestas con la descripción del puesto? ¿De dónde podrían venir las diferencias?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Apoyo no clínico', definition: 'Ayuda basada en la experiencia compartida y el respeto mutuo, no en el diagnóstico, la evaluación o el tratamiento.' },
              { term: 'Enfoque basado en las fortalezas', definition: 'Una forma de trabajar que parte de las capacidades, los recursos y las esperanzas de la persona, y no de sus carencias.' },
              { term: "Acreditado por la experiencia", definition: "La preparación para el rol de pares que da el propio camino de recuperación, a menudo junto con capacitación formal [1, 3]." },
              { term: 'Dinámicas de poder', definition: 'Diferencias de posición, autoridad o influencia que marcan cómo se relacionan las personas, dentro de un equipo o entre el personal y las personas atendidas.' },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 3 ─────────────────────────────
    {
      slug: 'preventing-role-drift',
      order: 3,
      estimatedMinutes: 7,
      competencies: ['C10-COLLABORATION', 'C11-LEADERSHIP-ADVOCACY'],
      sources: [SRC_VALUE_OF_PEERS, SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS],
      en: {
        title: 'Preventing Role Drift',
        summary:
          'How peer staff get pulled into clinical, administrative or monitoring duties, why that weakens the peer role, how to tell drift from a legitimate peer role, and what supervisors can do about it.',
        body: [
          { type: 'heading', text: 'What role drift looks like' },
          {
            type: 'paragraph',
            text: 'Role drift happens when peer staff are slowly pulled away from peer support and into duties from other jobs. In many organizations, it does not start with a decision. A busy program asks the peer worker to cover the front desk once, then every afternoon. A clinician short on time asks the peer worker to fill in intake forms or explain medication schedules. Soon the peer worker spends more time on clinical or office tasks than on the relationships they were hired to build.',
          },
          { type: 'paragraph', text: "Signs of drift that many supervisors see include:" },
          {
            type: 'list',
            items: [
              'Being asked to monitor compliance, report rule violations or enforce program requirements.',
              'Carrying out clinical tasks such as assessments, diagnostic screening or treatment decisions.',
              'Covering reception, transportation or paperwork so often that time with the people served shrinks.',
              'Being treated as an extra pair of hands whenever another position is vacant.',
              'Adopting clinical language and distance in order to fit in with colleagues.',
            ],
          },
          { type: 'heading', text: 'Why drift matters' },
          {
            type: 'paragraph',
            text: "The peer role is different from other roles [1]. SAMHSA’s Value of Peers says peer support helps people follow their own recovery paths without judgment, expectation, rules or demands [1]. Picture a peer worker who checks attendance, reports a return to use or hands out penalties. Many programs find that the people served may then stop seeing them as a peer. The mutuality that builds connection and hope can be lost [1]. The team also loses the point of view it hired for. Peer staff can feel torn between the people they serve and pressure from co-workers.",
          },
          {
            type: 'paragraph',
            text: 'Many organizations find that drift also costs them staff. Peer workers who feel their job has turned into something else may lose the purpose that drew them to the work. Keeping the role whole is part of keeping good staff.',
          },
          { type: 'heading', text: 'Drift, or a legitimate peer role?' },
          {
            type: 'paragraph',
            text: "Peer roles do vary. The Peer Support Specialist page notes that peer specialists work in many settings and roles [3]. These include case management, wellness coaching, education and crisis services [3]. SAMHSA lists wider roles such as training, developing resources and supervising other peer workers [4]. So the question is not just whether a task is on some list. Was the task agreed on in the job description? Does the peer worker do it from a peer point of view, grounded in lived experience, mutuality and the person’s own choices?",
          },
          { type: 'heading', text: 'What supervisors can do' },
          {
            type: 'list',
            items: [
              'Use supervision to compare how the peer worker’s time is actually spent with what the job description says.',
              'Give peer staff clear language and permission to decline tasks outside their role, and back them up when they do.',
              'Take requests for non-peer tasks back to the person who made them, rather than leaving the peer worker to negotiate alone.',
              'Raise staffing gaps with leadership instead of filling them with peer time.',
              'Help colleagues find ways to request peer involvement that fit the role, such as engaging someone who is unsure about services.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Pause and reflect',
            text: 'Look back over the last month of your peer staff’s work. Which tasks would you keep? Which would you move to another role? Who needs to hear that decision?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Role drift', definition: 'The gradual shift of peer staff into clinical, administrative or monitoring duties that are not peer support.' },
              { term: "Mutuality", definition: "The shared experience and equal footing between a peer worker and a person in recovery, sometimes called “peerness” [1]." },
              { term: 'Scope of the peer role', definition: 'The tasks agreed in the job description that draw on lived experience and support a person’s self-directed recovery.' },
            ],
          },
        ],
      },
      es: {
        title: 'Cómo evitar la desviación del rol',
        summary:
          'Cómo el personal de pares termina asumiendo tareas clínicas, administrativas o de vigilancia, por qué eso debilita el rol de pares, cómo distinguir una desviación de un rol de pares legítimo y qué pueden hacer los supervisores.',
        body: [
          { type: 'heading', text: 'Cómo se ve la desviación del rol' },
          {
            type: 'paragraph',
            text: 'La desviación del rol ocurre cuando el personal de pares se va alejando poco a poco del apoyo entre pares y termina haciendo tareas que corresponden a otros puestos. Casi nunca empieza con una decisión. Un programa con mucho trabajo le pide al trabajador de pares que cubra la recepción una vez, y luego todas las tardes. Un clínico con poco tiempo le pide que llene formularios de admisión o que explique horarios de medicamentos. Al poco tiempo, el trabajador de pares dedica más horas a tareas clínicas o administrativas que a las relaciones que fue contratado para construir.',
          },
          { type: 'paragraph', text: "Algunas señales de desviación que ven muchos supervisores:" },
          {
            type: 'list',
            items: [
              'Que le pidan vigilar el cumplimiento, reportar infracciones de las reglas o hacer cumplir los requisitos del programa.',
              'Realizar tareas clínicas como evaluaciones, pruebas de detección diagnóstica o decisiones de tratamiento.',
              'Cubrir la recepción, el transporte o el papeleo con tanta frecuencia que se reduce el tiempo con las personas atendidas.',
              'Ser tratado como personal de relleno cada vez que queda un puesto vacante.',
              'Adoptar el lenguaje y la distancia clínicos para encajar con los colegas.',
            ],
          },
          { type: 'heading', text: 'Por qué importa la desviación' },
          {
            type: 'paragraph',
            text: "El rol de pares es diferente de los demás roles [1]. El documento Value of Peers de SAMHSA dice que el apoyo entre pares ayuda a cada persona a seguir su propio camino de recuperación, sin juicios, expectativas, reglas ni requisitos [1]. Imagina a un trabajador de pares que controla la asistencia, informa un regreso al consumo o impone castigos. Muchos programas ven que entonces las personas atendidas pueden dejar de verlo como un par. Se puede perder la reciprocidad que genera conexión y esperanza [1]. El equipo también pierde la perspectiva por la que lo contrató. El personal de pares puede sentirse dividido entre las personas que atiende y la presión de sus colegas.",
          },
          {
            type: 'paragraph',
            text: 'La desviación también afecta la retención. Los trabajadores de pares que sienten que su trabajo se convirtió en otra cosa pueden perder el sentido de propósito que los trajo a este campo. Proteger el rol es parte de conservar al buen personal.',
          },
          { type: 'heading', text: '¿Desviación o un rol de pares legítimo?' },
          {
            type: 'paragraph',
            text: "Los roles de pares varían. La página Peer Support Specialist señala que los especialistas de pares trabajan en muchos entornos y funciones [3]. Entre ellos están la administración de casos, el acompañamiento en bienestar, la educación y los servicios de crisis [3]. SAMHSA menciona roles más amplios, como dar capacitación, desarrollar recursos y supervisar a otros trabajadores de pares [4]. Por eso la pregunta no es solo si una tarea aparece en alguna lista. ¿Se acordó en la descripción del puesto? ¿La realiza el trabajador de pares desde una perspectiva de pares, basada en la experiencia vivida, la reciprocidad y las decisiones de la propia persona?",
          },
          { type: 'heading', text: 'Qué pueden hacer los supervisores' },
          {
            type: 'list',
            items: [
              'Usar la supervisión para comparar cómo se reparte realmente el tiempo del trabajador de pares con lo que dice la descripción del puesto.',
              'Darle al personal de pares palabras claras y permiso para rechazar tareas que no son parte de su rol, y respaldarlo cuando lo haga.',
              'Llevar las solicitudes de tareas ajenas al rol a la persona que las hizo, en lugar de dejar que el trabajador de pares negocie solo.',
              'Plantear la falta de personal ante la dirección en lugar de cubrirla con el tiempo del personal de pares.',
              'Ayudar a los colegas a encontrar formas de pedir la participación de pares que encajen con el rol, por ejemplo, acercarse a alguien que todavía duda sobre los servicios.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Un momento para reflexionar',
            text: 'Repasa el último mes de trabajo de tu personal de pares. ¿Qué tareas mantendrías, cuáles pasarías a otro puesto y quién necesita enterarse de esa decisión?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Desviación del rol', definition: 'El desplazamiento gradual del personal de pares hacia tareas clínicas, administrativas o de vigilancia que no son apoyo entre pares.' },
              { term: "Reciprocidad", definition: "La experiencia compartida y la relación de igual a igual entre un trabajador de pares y una persona en recuperación; a veces se le llama “peerness”, el sentido de ser pares [1]." },
              { term: 'Alcance del rol de pares', definition: 'Las tareas acordadas en la descripción del puesto que se apoyan en la experiencia vivida y respaldan una recuperación dirigida por la propia persona.' },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 4 ─────────────────────────────
    {
      slug: 'supporting-peer-staff-wellness',
      order: 4,
      estimatedMinutes: 7,
      competencies: ['C12-GROWTH', 'C7-WELLNESS-INFO'],
      sources: [SRC_PEER_SPECIALIST_PAGE, SRC_VALUE_OF_PEERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Supporting the Wellness and Self-Care of Peer Staff',
        summary:
          'Why wellness is a routine part of supervising peer staff, practical workplace supports, and how to respect the boundary between supervising an employee and treating a client.',
        body: [
          { type: 'heading', text: 'Why wellness belongs in supervision' },
          {
            type: 'paragraph',
            text: "Peer support workers use their own story in their daily work [2]. They sit with people in crisis and hear stories close to their own. They work in settings such as hospital emergency departments, shelters, justice programs and child welfare agencies [2, 3]. Many peer workers find the work deeply rewarding. It can also be tiring, and it may bring back memories of their own past. Attention to wellness is a routine part of supervising peer staff. It is not a sign that something has gone wrong.",
          },
          {
            type: 'paragraph',
            text: "A helpful guide is to be consistent. Peer specialists help others build their own wellness plans [1]. Research links peer support with more self-care and wellness among the people served [2]. Supervisors can show peer staff the same respect. The peer worker leads their own wellness. The supervisor’s job is to make a workplace where wellness is possible.",
          },
          { type: 'heading', text: 'Practical supports' },
          {
            type: 'list',
            items: [
              'Invite peer staff to create a personal wellness plan for work if they wish, noting early signs of stress and what helps. The plan belongs to the peer worker, who decides what to share.',
              'Talk in supervision about intentional sharing of lived experience: when a story helps the person being served, and when it is wiser to hold back.',
              'Offer a debrief after difficult events, such as a crisis or the death of someone the peer worker supported.',
              'Make sure peer staff know which benefits the organization offers every employee. Your HR team can say what these are.',
              'Watch caseloads and schedules so that peer staff carry the same reasonable workloads as their colleagues.',
              'Connect peer staff with other peer workers, inside or outside the organization, for mutual support.',
            ],
          },
          { type: 'heading', text: 'Respecting the line between supervisor and peer worker' },
          {
            type: 'paragraph',
            text: 'Supervisors should avoid two opposite mistakes. The first is ignoring wellness because it feels too personal to raise. The second is treating the peer worker as someone in treatment. That means asking about diagnosis, medication or recovery, or reading every hard day as a warning sign. Many organizations find it helps to treat a peer worker’s health history as the worker’s own to share. What the law says about privacy at work is a question for your HR team and legal counsel. Questions should focus on how the work is going and what support would help.',
          },
          {
            type: 'paragraph',
            text: 'If a peer worker experiences a return of symptoms or a return to use, many organizations find it works best to respond with the same fair, confidential policies they apply to every staff member. Which options apply, and what the law requires, are questions for your HR team and legal counsel; ask them before the need arises. Recovery does not always follow a straight line. A workplace that responds with support, not suspicion, shows what it believes. Peer staff and the people they serve see that it believes what peer support teaches: people can and do recover [2].',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Pause and reflect',
            text: 'What happens in your organization when any staff member is going through a hard time? Would a peer worker receive the same response, or a different one? What does that tell you?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Self-care', definition: 'The everyday practices a person chooses to protect their own health and well-being.' },
              { term: 'Wellness plan', definition: 'A self-directed plan in which a person describes what keeps them well, their early signs of stress and the support they want.' },
              { term: 'Intentional sharing', definition: 'Deciding on purpose when and how to share parts of one’s own recovery story so that it benefits the person being served.' },
              { term: 'Return to use', definition: 'Person-first wording for resuming substance use after a period of recovery.' },
            ],
          },
        ],
      },
      es: {
        title: 'Cómo apoyar el bienestar y el autocuidado del personal de pares',
        summary:
          'Por qué el bienestar es una parte habitual de la supervisión del personal de pares, qué apoyos prácticos puede ofrecer el lugar de trabajo y cómo respetar el límite entre supervisar a un empleado y atender a un cliente.',
        body: [
          { type: 'heading', text: 'Por qué el bienestar forma parte de la supervisión' },
          {
            type: 'paragraph',
            text: "Los trabajadores de apoyo entre pares usan su propia historia en su trabajo diario [2]. Acompañan a personas en crisis y escuchan historias parecidas a las suyas. Trabajan en entornos como salas de emergencia de hospitales, albergues, programas del sistema de justicia penal y agencias de bienestar infantil [2, 3]. Muchos trabajadores de pares sienten que el trabajo es muy gratificante. También puede ser agotador y despertar recuerdos de su propio pasado. Prestar atención al bienestar es una parte habitual de la supervisión del personal de pares. No es una señal de que algo anda mal.",
          },
          {
            type: 'paragraph',
            text: "Una idea útil para guiarse es la coherencia. Los especialistas de pares ayudan a otras personas a crear sus propios planes de bienestar [1]. Las investigaciones asocian el apoyo entre pares con una mayor participación en el autocuidado y el bienestar de las personas atendidas [2]. Los supervisores pueden ofrecer ese mismo respeto al personal de pares. El trabajador de pares dirige su propio bienestar. Al supervisor le toca lograr un lugar de trabajo donde el bienestar sea posible.",
          },
          { type: 'heading', text: 'Apoyos prácticos' },
          {
            type: 'list',
            items: [
              'Invita al personal de pares a crear, si lo desea, un plan personal de bienestar para el trabajo, con sus primeras señales de estrés y lo que le ayuda. El plan es del trabajador de pares, y él o ella decide qué compartir.',
              'Conversa en la supervisión sobre cómo compartir la experiencia vivida de manera intencional: cuándo una historia ayuda a la persona atendida y cuándo es más prudente guardarla.',
              'Ofrece un espacio para conversar y procesar después de situaciones difíciles, como una crisis o la muerte de alguien a quien el trabajador de pares acompañaba.',
              'Asegúrate de que el personal de pares conozca los beneficios que la organización ofrece a todo el personal. Tu equipo de recursos humanos puede decirte cuáles son.',
              'Vigila la carga de casos y los horarios para que el personal de pares tenga la misma carga de trabajo razonable que sus colegas.',
              'Conecta al personal de pares con otros trabajadores de pares, dentro o fuera de la organización, para que se apoyen mutuamente.',
            ],
          },
          { type: 'heading', text: 'Respetar el límite entre supervisor y trabajador de pares' },
          {
            type: 'paragraph',
            text: 'Los supervisores deben evitar dos errores opuestos. El primero es ignorar el bienestar porque parece un tema demasiado personal. El segundo es tratar al trabajador de pares como si estuviera en tratamiento: preguntarle por su diagnóstico, sus medicamentos o cómo va su recuperación, o interpretar cada día difícil como una señal de alarma. A muchas organizaciones les resulta útil tratar la historia de salud del trabajador de pares como algo que solo él o ella decide compartir. Lo que dice la ley sobre la privacidad en el trabajo es una pregunta para el equipo de recursos humanos y la asesoría legal de tu organización. Las preguntas deben centrarse en cómo va el trabajo y qué apoyo serviría.',
          },
          {
            type: 'paragraph',
            text: 'Si un trabajador de pares tiene un regreso de síntomas o un regreso al consumo, a muchas organizaciones les da mejor resultado responder con las mismas políticas justas y confidenciales que aplican a todo el personal. Qué opciones corresponden y qué exige la ley son preguntas para el equipo de recursos humanos y la asesoría legal; hazlas antes de que surja la necesidad. La recuperación no siempre sigue una línea recta. Un lugar de trabajo que responde con apoyo y no con sospecha les demuestra al personal de pares, y a las personas que atiende, que cree en lo que enseña el apoyo entre pares: las personas pueden recuperarse y se recuperan [2].',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Un momento para reflexionar',
            text: '¿Qué pasa en tu organización cuando cualquier empleado atraviesa un momento difícil? ¿Recibiría un trabajador de pares la misma respuesta o una distinta? ¿Qué te dice eso?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Autocuidado', definition: 'Las prácticas cotidianas que una persona elige para proteger su propia salud y bienestar.' },
              { term: 'Plan de bienestar', definition: 'Un plan dirigido por la propia persona en el que describe qué la mantiene bien, sus primeras señales de estrés y el apoyo que desea.' },
              { term: 'Compartir de manera intencional', definition: 'Decidir a propósito cuándo y cómo compartir partes de la propia historia de recuperación para que beneficie a la persona atendida.' },
              { term: 'Regreso al consumo', definition: 'Expresión que pone a la persona primero para referirse a volver a consumir sustancias después de un período de recuperación.' },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 5 ─────────────────────────────
    {
      slug: 'integration-growth-retention',
      order: 5,
      estimatedMinutes: 7,
      competencies: ['C12-GROWTH', 'C11-LEADERSHIP-ADVOCACY', 'C10-COLLABORATION'],
      sources: [SRC_PRCOE, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Team Integration, Professional Growth and Retention',
        summary:
          'How to make peer staff full members of the team, which career paths the peer field offers, how certification fits into growth, and what helps organizations keep skilled peer workers.',
        body: [
          { type: 'heading', text: 'Integration is a team responsibility' },
          {
            type: 'paragraph',
            text: "The Peer Support Specialist page calls the peer workforce an integral part of treatment teams, in public and private settings [2]. SAMHSA says peer workers are emerging as important members of those teams [3]. But a name on the staff list is not enough. Many organizations find that real integration needs more. Co-workers need to understand the role. What the peer worker notices should shape plans. Peer staff should share in the team’s routines, training and praise.",
          },
          {
            type: 'paragraph',
            text: "Supervisors and managers can help. Include peer staff in team meetings and trainings. Ask them how services feel to the people who receive them. Give credit when peer work makes a difference. Peer support can extend the reach of treatment into people’s everyday lives [3]. Many teams find that peer staff notice things others miss. They find that listening to them makes the team’s work stronger.",
          },
          { type: 'heading', text: 'Pathways for professional growth' },
          {
            type: 'paragraph',
            text: "Many organizations find that peer staff stay longer when they can see a future there. SAMHSA describes peer roles beyond direct support [3]. Peer staff may provide services and training, supervise other peer workers and develop resources [3]. They may run programs or agencies, and teach the public and lawmakers [3]. Peer workers may also build extra core skills to serve groups who share common experiences, such as family members [3]. Each of these can be a step on a career path.",
          },
          {
            type: 'paragraph',
            text: "Certification is another part of growth. Each state sets its own training and certification rules [2]. The Peer Recovery Center of Excellence reports that most states offer one integrated peer certification [1]. It is for people with lived experience in substance use recovery, mental health recovery, or both [1]. Other states offer separate certifications by type of lived experience [1]. Two states, California and South Dakota, had no peer certification in their healthcare systems at the time [1]. Supervisors can help peer staff learn their state’s rules and plan training. They can keep time for it in the schedule.",
          },
          { type: 'heading', text: 'What many organizations find helps peer staff stay' },
          {
            type: 'list',
            items: [
              'A role that stays true to peer support and is protected from drift.',
              'Regular, skilled supervision focused on growth rather than monitoring.',
              'Fair pay and benefits that reflect the value of the role.',
              'Training, support for certification and visible routes to senior and leadership positions, including peer supervisor roles.',
              "A workplace culture that uses person-first, non-stigmatizing language, as the DBHIDS Person First Guidelines recommend [1].",
              "Real chances to shape programs and policy. People in recovery help lead national efforts such as SAMHSA’s Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS) [3]. The Peer Recovery Center of Excellence is peer-led as well [1].",
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Pause and reflect',
            text: 'Picture a peer worker you supervise, five years from now. What role could they hold in your organization? What would need to change for that path to exist?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Team integration', definition: 'Including peer staff as full, respected members in the team’s work, routines and decisions.' },
              { term: 'Career ladder', definition: 'A visible sequence of roles with growing responsibility, such as senior peer specialist, peer supervisor and program leader.' },
              { term: 'Peer certification', definition: 'A state-recognized credential showing that a peer worker has completed approved training and other requirements.' },
              { term: 'Retention', definition: 'An organization’s ability to keep skilled staff over time.' },
            ],
          },
        ],
      },
      es: {
        title: 'Integración al equipo, crecimiento profesional y retención',
        summary:
          'Cómo lograr que el personal de pares sea parte plena del equipo, qué trayectorias profesionales ofrece el campo, qué lugar ocupa la certificación en el crecimiento y qué ayuda a las organizaciones a conservar a trabajadores de pares capacitados.',
        body: [
          { type: 'heading', text: 'La integración es responsabilidad de todo el equipo' },
          {
            type: 'paragraph',
            text: "La página Peer Support Specialist describe al personal de pares como parte integral de los equipos de tratamiento en entornos públicos y privados [2]. SAMHSA señala que los trabajadores de pares se están convirtiendo en miembros importantes de esos equipos [3]. Pero que su nombre aparezca en la lista del personal no basta. Muchas organizaciones ven que la integración real requiere más. Los colegas necesitan entender el rol. Lo que observa el trabajador de pares debería influir en los planes. El personal de pares debería participar en las rutinas, las capacitaciones y los reconocimientos del equipo.",
          },
          {
            type: 'paragraph',
            text: "Los supervisores y gerentes pueden ayudar. Incluye al personal de pares en las reuniones y capacitaciones del equipo. Pregúntale cómo viven los servicios las personas que los reciben. Reconoce su aporte cuando el trabajo de pares marca una diferencia. El apoyo entre pares puede llevar el alcance del tratamiento a la vida diaria de las personas [3]. Muchos equipos ven que el personal de pares nota cosas que otros pasan por alto. Ven que escucharlo fortalece el trabajo del equipo.",
          },
          { type: 'heading', text: 'Caminos para el crecimiento profesional' },
          {
            type: 'paragraph',
            text: "Muchas organizaciones ven que el personal de pares se queda más tiempo cuando puede ver un futuro allí. SAMHSA describe roles de pares que van más allá del apoyo directo [3]. El personal de pares puede prestar servicios y dar capacitación, supervisar a otros trabajadores de pares y desarrollar recursos [3]. Puede administrar programas o agencias y educar al público y a quienes formulan políticas [3]. Los trabajadores de pares también pueden desarrollar competencias básicas adicionales para atender a grupos que comparten experiencias comunes, como los familiares [3]. Cada una de estas opciones puede ser un paso de una trayectoria profesional.",
          },
          {
            type: 'paragraph',
            text: "La certificación es otra parte del crecimiento. Cada estado define sus propios requisitos de capacitación y certificación [2]. El Peer Recovery Center of Excellence informa que la mayoría de los estados ofrecen una sola certificación integrada de pares [1]. Es para personas con experiencia vivida de recuperación en consumo de sustancias, en salud mental o en ambas [1]. Otros estados ofrecen certificaciones separadas según el tipo de experiencia vivida [1]. Dos estados, California y Dakota del Sur, no tenían certificación de pares en sus sistemas de salud en ese momento [1]. Los supervisores pueden ayudar al personal de pares a conocer las normas de su estado y a planificar la capacitación. Pueden reservar tiempo para ello en el horario.",
          },
          { type: 'heading', text: 'Qué ayuda, según la experiencia de muchas organizaciones, a que el personal de pares se quede' },
          {
            type: 'list',
            items: [
              'Un rol que se mantiene fiel al apoyo entre pares y está protegido de la desviación.',
              'Una supervisión regular y competente, centrada en el crecimiento y no en la vigilancia.',
              'Un salario y beneficios justos que reflejen el valor del rol.',
              'Capacitación, apoyo para la certificación y caminos visibles hacia puestos de mayor responsabilidad y liderazgo, incluidos los de supervisor de pares.',
              "Una cultura de trabajo que use un lenguaje libre de estigma que ponga a la persona primero, como recomiendan las Person First Guidelines de DBHIDS [1].",
              "Oportunidades reales de influir en los programas y las políticas. Las personas en recuperación ayudan a dirigir iniciativas nacionales como Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS), de SAMHSA [3]. El Peer Recovery Center of Excellence también está dirigido por pares [1].",
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Un momento para reflexionar',
            text: 'Imagina dentro de cinco años a un trabajador de pares que tú supervisas. ¿Qué puesto podría ocupar en tu organización y qué tendría que cambiar para que ese camino exista?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Integración al equipo', definition: 'Incluir al personal de pares como miembros plenos y respetados en el trabajo, las rutinas y las decisiones del equipo.' },
              { term: 'Escalafón profesional', definition: 'Una secuencia visible de puestos con responsabilidad creciente, como especialista de pares sénior, supervisor de pares y líder de programa.' },
              { term: 'Certificación de pares', definition: 'Una credencial reconocida por el estado que demuestra que el trabajador de pares completó una capacitación aprobada y otros requisitos.' },
              { term: 'Retención', definition: 'La capacidad de una organización para conservar a su personal capacitado a lo largo del tiempo.' },
            ],
          },
        ],
      },
    },
  ],
}
