import type { ModuleContent } from './types'

import { SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_PRCOE, SRC_SAMHSA_PEER_WORKERS, SRC_VALUE_OF_PEERS } from './sources'

/**
 * Module 3 of the PeerPath curriculum, following module 3 of the Philadelphia
 * DBHIDS Peer Support Toolkit: Effective Service Delivery: What, Why, and How?
 * Facts come from the seed documents listed in each lesson's `sources`.
 */

export const module3: ModuleContent = {
  slug: 'effective-service-delivery',
  order: 3,
  area: 'service-delivery',
  estimatedMinutes: 51,
  competencies: ['C1-ENGAGES', 'C2-SUPPORT', 'C3-LIVED-EXPERIENCE', 'C4-PERSONALIZES', 'C5-RECOVERY-PLANNING', 'C6-LINKS-RESOURCES', 'C7-WELLNESS-INFO', 'C8-CRISIS', 'C10-COLLABORATION'],
  en: {
    title: 'Effective Service Delivery: What, Why, and How?',
    summary:
      'What peer support workers do and why it helps: non-clinical, strengths-based support, the kinds of support peers offer, the settings where they practice, support during a crisis, how to share lived experience with purpose, and how to link people to the resources, services and supports they choose.',
  },
  es: {
    title: 'Prestación eficaz de servicios: ¿qué, por qué y cómo?',
    summary:
      'Qué hacen los trabajadores de apoyo entre pares y por qué ayuda: un apoyo no clínico y basado en las fortalezas, los tipos de apoyo que ofrecen, los entornos donde trabajan, el apoyo durante una crisis, cómo compartir la experiencia vivida con un propósito y cómo conectar a las personas con los recursos, servicios y apoyos que ellas eligen.',
  },
  lessons: [
    // ───────────────────────────── Lesson 1 ─────────────────────────────
    {
      slug: 'what-peer-support-workers-do',
      order: 1,
      estimatedMinutes: 8,
      competencies: ['C2-SUPPORT', 'C4-PERSONALIZES'],
      sources: [SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_PEER_SUPPORT_PAGE, SRC_PRCOE],
      en: {
        title: 'What Peer Support Workers Do: Non-Clinical, Strengths-Based Support',
        summary:
          'Who peer support workers are, the core commitments of the role, why peer support is non-clinical and strengths-based, and how peer workers model recovery for the people they serve.',
        body: [
          { type: 'heading', text: 'A role built on shared experience' },
          {
            type: 'paragraph',
            text: "The Peer Support Toolkit from the Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS) has four modules [4]. Its third module, “Effective Service Delivery: What, Why, and How?”, is the model for this one [4]. It asks what good peer service looks like, why it matters and how to do it well. A peer support worker has lived through recovery from a mental health condition, a substance use disorder, or both [1, 3]. They support others who face the same kind of struggle [1, 3]. Peer staff have many job titles [1, 2]. They include peer specialist, peer recovery coach, peer advocate and peer recovery support specialist [1]. Others are certified recovery support specialist and, in the Department of Veterans Affairs, peer support technician [2]. Whatever the title, the bond rests on a shared experience of recovery [3].",
          },
          {
            type: 'paragraph',
            text: "The Substance Abuse and Mental Health Services Administration (SAMHSA) and a peer support web page whose publisher is not given call peer workers **experientially credentialed** [1, 3]. Their own recovery is part of what fits them for the job [1, 3]. The Peer Support Specialist page adds that peer specialists are trained and certified [2]. That page says a mix of three things puts peer workers in a unique position to help [2]. The three are lived experience, skills learned in training and knowing how systems work [2].",
          },
          { type: 'heading', text: 'Non-clinical and strengths-based' },
          {
            type: 'paragraph',
            text: "Peer support is **non-clinical** [1]. The peer role adds to the work of therapists, case managers and others on the treatment team [1]. It does not copy those roles or stand in for them [1]. Peer support is also **strengths-based** [1]. A peer worker does not start from what is wrong. They help a person name their strengths and build on them [2]. The Peer Support Specialist page says peer specialists grow people's ability to make informed, independent choices [2]. They support people in making their own decisions [2].",
          },
          {
            type: 'paragraph',
            text: "SAMHSA's Value of Peers sums up the work in five commitments [1]. Peer support workers:",
          },
          {
            type: 'list',
            items: [
              "Inspire hope that people can and do recover [1].",
              "Walk with people on their recovery journeys [1].",
              "Challenge myths about what it means to have a mental health condition or a substance use disorder [1].",
              "Offer self-help education and link people to tools and resources [1].",
              "Help people name their goals, hopes and dreams, and make a roadmap for getting there [1].",
            ],
          },
          {
            type: 'paragraph',
            text: "Under all five is one stance. The peer worker helps each person find and follow **their own** recovery path, with no judgment, expectations, rules or demands [1]. The person sets the course. The peer worker offers company, facts and hope on the way.",
          },
          { type: 'heading', text: 'Role modeling recovery' },
          {
            type: 'paragraph',
            text: "The Peer Support Specialist page says peer specialists have traveled a similar path [2]. They foster hope for recovery and **role model** that it is real for the people they serve [2]. SAMHSA notes that peer support offers a kind of acceptance, understanding and validation that many other professional relationships do not [1]. It adds that peer workers can help break down walls of experience and understanding [1]. They can also ease power dynamics that may get in the way of working with the rest of the treatment team [1].",
          },
          {
            type: 'paragraph',
            text: "This matters for co-workers too. A peer worker is not a junior clinician or a spare pair of hands for paperwork. Many teams find that much of their value comes from mutuality: walking beside someone, not standing above them. Keeping that stance is part of good service for the whole team.",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Think about your own path',
            text: 'Recall a time in your own recovery, or another hard time in your life, when someone believed you could get through it. What did they say or do that helped? What did they avoid doing? Which of those things do you want to bring to your work as a peer support worker, or as a co-worker of peer staff?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: "Experientially credentialed", definition: "Qualified in part by one's own lived experience of recovery, which peer workers combine with training and, often, certification [1, 2]." },
              { term: "Non-clinical support", definition: "Help that does not involve diagnosis or therapy; it complements the work of clinicians and case managers instead of replacing it [1]." },
              { term: 'Strengths-based approach', definition: 'Starting from what a person already does well and the resources they already have, and building on them.' },
              { term: "Role modeling", definition: "Showing through one's own life that recovery is possible, which fosters hope in the people served [2]." },
            ],
          },
        ],
      },
      es: {
        title: 'Qué hacen los trabajadores de apoyo entre pares: un apoyo no clínico y basado en las fortalezas',
        summary:
          'Quiénes son los trabajadores de apoyo entre pares, cuáles son los compromisos centrales del rol, por qué el apoyo entre pares es no clínico y basado en las fortalezas, y cómo los trabajadores de pares son un modelo de recuperación para las personas a las que acompañan.',
        body: [
          { type: 'heading', text: 'Un rol que nace de la experiencia compartida' },
          {
            type: 'paragraph',
            text: "El Peer Support Toolkit del Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS, por sus siglas en inglés) tiene cuatro módulos [4]. Su tercer módulo, “Effective Service Delivery: What, Why, and How?”, es el modelo de este [4]. Se pregunta cómo es un buen servicio de pares, por qué importa y cómo hacerlo bien. Un trabajador de apoyo entre pares ha vivido la recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos [1, 3]. Apoya a otras personas que enfrentan retos parecidos [1, 3]. El personal de pares tiene muchos títulos [1, 2]. Entre ellos están especialista de pares, coach de recuperación entre pares, defensor de pares y especialista en apoyo a la recuperación entre pares [1]. Otros son especialista certificado en apoyo a la recuperación y, en el Departamento de Asuntos de Veteranos, técnico de apoyo entre pares [2]. Sea cual sea el título, el vínculo se basa en la experiencia compartida de recuperación [3].",
          },
          {
            type: 'paragraph',
            text: "La Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA, por sus siglas en inglés) y una página web sobre apoyo entre pares cuyo editor no se indica llaman a los trabajadores de pares **acreditados por la experiencia** (“experientially credentialed”) [1, 3]. Su propia recuperación es parte de lo que los capacita para el puesto [1, 3]. La página Peer Support Specialist agrega que los especialistas de pares están capacitados y certificados [2]. Esa página dice que una combinación de tres cosas pone a los trabajadores de pares en una posición única para ayudar [2]. Las tres son la experiencia vivida, las habilidades aprendidas en la capacitación y el conocimiento de cómo funcionan los sistemas [2].",
          },
          { type: 'heading', text: 'No clínico y basado en las fortalezas' },
          {
            type: 'paragraph',
            text: "El apoyo entre pares es **no clínico** [1]. El rol de pares complementa el trabajo de terapeutas, administradores de casos y demás integrantes del equipo de tratamiento [1]. No duplica esas funciones ni las sustituye [1]. Además, el apoyo entre pares está **basado en las fortalezas** [1]. El trabajador de pares no parte de lo que anda mal. Ayuda a la persona a nombrar sus fortalezas y a construir sobre ellas [2]. La página Peer Support Specialist dice que los especialistas de pares fortalecen la capacidad de las personas para tomar decisiones informadas e independientes [2]. Las apoyan en su propia toma de decisiones [2].",
          },
          {
            type: 'paragraph',
            text: "El resumen Value of Peers de SAMHSA condensa el trabajo en cinco compromisos [1]. Los trabajadores de apoyo entre pares:",
          },
          {
            type: 'list',
            items: [
              "Despiertan la esperanza de que las personas pueden recuperarse y se recuperan [1].",
              "Acompañan a las personas a lo largo de su camino de recuperación [1].",
              "Desmienten los mitos sobre lo que significa tener una condición de salud mental o un trastorno por consumo de sustancias [1].",
              "Ofrecen educación para la autoayuda y conectan a las personas con herramientas y recursos [1].",
              "Ayudan a las personas a nombrar sus metas, esperanzas y sueños, y a trazar una ruta para alcanzarlos [1].",
            ],
          },
          {
            type: 'paragraph',
            text: "Detrás de los cinco hay una misma postura. El trabajador de pares ayuda a cada persona a encontrar y seguir **su propio** camino de recuperación, sin juicios, expectativas, reglas ni requisitos [1]. La persona marca el rumbo. El trabajador de pares ofrece compañía, datos y esperanza en el trayecto.",
          },
          { type: 'heading', text: 'Ser modelo de recuperación' },
          {
            type: 'paragraph',
            text: "La página Peer Support Specialist dice que los especialistas de pares han recorrido un camino parecido [2]. Fomentan la esperanza de recuperación y **modelan** esa realidad ante las personas a las que acompañan [2]. SAMHSA señala que el apoyo entre pares ofrece un nivel de aceptación, comprensión y validación que muchas otras relaciones profesionales no ofrecen [1]. Agrega que los trabajadores de pares pueden ayudar a derribar barreras de experiencia y comprensión [1]. También pueden aliviar dinámicas de poder que dificultan el trabajo con el resto del equipo de tratamiento [1].",
          },
          {
            type: 'paragraph',
            text: "Esto también importa para los colegas. Un trabajador de pares no es un clínico en formación ni una ayuda más para el papeleo. Muchos equipos ven que gran parte de su valor está en la reciprocidad: caminar al lado de la persona y no por encima de ella. Cuidar esa postura es parte de un buen servicio para todo el equipo.",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Piensa en tu propio camino',
            text: 'Recuerda un momento de tu recuperación, u otra etapa difícil de tu vida, en que alguien creyó que tú podías salir adelante. ¿Qué dijo o hizo esa persona que te ayudó? ¿Qué evitó hacer? ¿Cuáles de esas actitudes quieres llevar a tu trabajo como trabajador de apoyo entre pares o como colega del personal de pares?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: "Acreditado por la experiencia", definition: "Estar capacitado, en parte, por la propia experiencia vivida de recuperación, que el trabajador de pares combina con capacitación y, a menudo, con una certificación [1, 2]." },
              { term: "Apoyo no clínico", definition: "Ayuda que no incluye diagnóstico ni terapia; complementa el trabajo de clínicos y administradores de casos en lugar de reemplazarlo [1]." },
              { term: 'Enfoque basado en las fortalezas', definition: 'Partir de lo que la persona ya hace bien y de los recursos con los que ya cuenta, y construir sobre eso.' },
              { term: "Modelo de recuperación", definition: "Mostrar con la propia vida que la recuperación es posible, lo que despierta esperanza en las personas a las que se acompaña [2]." },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 2 ─────────────────────────────
    {
      slug: 'types-of-peer-support',
      order: 2,
      estimatedMinutes: 8,
      competencies: ['C2-SUPPORT', 'C7-WELLNESS-INFO'],
      sources: [SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_VALUE_OF_PEERS, SRC_PRCOE],
      en: {
        title: 'Types of Peer Support: Emotional, Informational, Concrete and Affiliational',
        summary:
          'The wide range of activities peer support workers take on, sorted into four kinds of support, and the wider roles a peer career can grow into.',
        body: [
          { type: 'heading', text: 'A wide range of activities' },
          {
            type: 'paragraph',
            text: "SAMHSA lists what peer support workers do [1]. They speak up for people in recovery [1]. They share resources and build skills [1]. They build community and relationships [1]. They lead recovery groups, mentor people and set goals [1]. The Peer Support Specialist page adds that peer specialists work with people one-on-one and in small groups [3]. To make sense of all this, this course sorts what peer workers offer into four kinds of support. The four labels are a teaching tool of this course, not a finding of the sources. The examples under each come from the sources. In practice, one talk often mixes more than one kind.",
          },
          { type: 'heading', text: 'Emotional support' },
          {
            type: 'paragraph',
            text: "Emotional support is about being with someone. The Peer Support Specialist page says peer specialists offer a sounding board and a shoulder to lean on [3]. Peer support brings acceptance, understanding and validation [2, 4]. Research gathered by SAMHSA links it with more empathy, acceptance and camaraderie [4]. It also links it with more hope and inspiration [4]. At a time when many feel alienated and hopeless, a peer who understands can offer an important connection [3].",
          },
          { type: 'heading', text: 'Informational support' },
          {
            type: 'paragraph',
            text: "Informational support means sharing knowledge and skills. Peer workers offer self-help education and teach skills [3, 4]. They use recovery tools to help people work through challenges [3]. They help people build their own wellness plans [3]. The Peer Support Specialist page notes that peer specialists add to the treatment people get [3]. They add education and help finding one's way through systems [3]. Peer workers also share what they learned firsthand [4]. They tell what it was really like to face the same thing, and what made a difference.",
          },
          { type: 'heading', text: 'Instrumental or concrete support' },
          {
            type: 'paragraph',
            text: "Concrete support helps people get practical things done. A peer support web page whose publisher is not given says peer support links newcomers to resources [2]. Examples are health care, education, job services and parenting support, which improve quality of life [2]. Peer specialists help people draw up service plans built on their recovery goals and the steps to reach them [3]. They help people find the information and community support they need [3]. The last lesson of this module covers linking in more depth.",
          },
          { type: 'heading', text: 'Affiliational support' },
          {
            type: 'paragraph',
            text: "Affiliational support is about belonging to a community. Peer workers build relationships and community and lead recovery groups [1]. They start and keep up groups where peers teach and help one another [3]. That unsigned page also says structured peer support can help people make new friends and feel they belong [2]. SAMHSA cites research that links peer support with more social support and better social functioning [4]. **Recovery community organizations** are one place where this belonging can grow. The Peer Recovery Center of Excellence describes them as grassroots, independent nonprofits, started and led by the local recovery community [5].",
          },
          { type: 'heading', text: 'Roles that can grow' },
          {
            type: 'paragraph',
            text: "The peer role can also reach beyond direct support. SAMHSA mentions providing services or training and supervising other peer workers [1]. It mentions creating resources, running programs or agencies, and teaching lawmakers and the public [1]. Some peer workers also build extra skills to serve groups who share common experiences, such as family members [1].",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Which kinds of support come naturally?',
            text: 'Look back at the four kinds of support. Which do you offer most easily? Which feel less familiar? Think of one person you have supported, or one situation you expect in your new role. Note which kinds of support that person might need from you.',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Emotional support', definition: 'Listening, acceptance, validation and encouragement that help a person feel understood and hopeful.' },
              { term: 'Informational support', definition: 'Sharing knowledge, skills, self-help education, recovery-oriented tools and experiential information.' },
              { term: "Instrumental (concrete) support", definition: "Practical help toward a goal, such as linking a person to healthcare, education, vocational or parenting resources [2]." },
              { term: 'Affiliational support', definition: 'Helping a person connect with others and with a recovery community, building relationships and a sense of belonging.' },
              { term: "Recovery community organization (RCO)", definition: "A grassroots, independent nonprofit created and run by the local recovery community that makes recovery visible and easier to reach [5]." },
            ],
          },
        ],
      },
      es: {
        title: 'Tipos de apoyo entre pares: emocional, informativo, práctico y de afiliación',
        summary:
          'La amplia gama de actividades que realizan los trabajadores de apoyo entre pares, organizadas en cuatro tipos de apoyo, y los roles más amplios hacia los que puede crecer una carrera de pares.',
        body: [
          { type: 'heading', text: 'Una amplia gama de actividades' },
          {
            type: 'paragraph',
            text: "SAMHSA enumera lo que hacen los trabajadores de apoyo entre pares [1]. Abogan por las personas en recuperación [1]. Comparten recursos y desarrollan habilidades [1]. Construyen comunidad y relaciones [1]. Dirigen grupos de recuperación, son mentores y fijan metas [1]. La página Peer Support Specialist agrega que los especialistas de pares trabajan con las personas de manera individual y en grupos pequeños [3]. Para ordenar esta variedad, este curso agrupa lo que ofrecen los trabajadores de pares en cuatro tipos de apoyo. Las cuatro etiquetas son una herramienta didáctica de este curso, no un hallazgo de los documentos fuente. Los ejemplos de cada una provienen de los documentos fuente. En la práctica, una misma conversación a menudo combina más de un tipo.",
          },
          { type: 'heading', text: 'Apoyo emocional' },
          {
            type: 'paragraph',
            text: "El apoyo emocional consiste en estar con la persona. La página Peer Support Specialist describe a los especialistas de pares como alguien que escucha y un hombro en el cual apoyarse [3]. El apoyo entre pares brinda aceptación, comprensión y validación [2, 4]. Las investigaciones que reúne SAMHSA lo relacionan con más empatía, aceptación y camaradería [4]. También lo relacionan con más esperanza e inspiración [4]. Cuando muchas personas se sienten aisladas y sin esperanza, un par que las entiende puede ofrecer una conexión muy valiosa [3].",
          },
          { type: 'heading', text: 'Apoyo informativo' },
          {
            type: 'paragraph',
            text: "El apoyo informativo consiste en compartir conocimientos y habilidades. Los trabajadores de pares ofrecen educación para la autoayuda y enseñan habilidades [3, 4]. Usan herramientas orientadas a la recuperación para ayudar a las personas a enfrentar sus retos [3]. Las ayudan a crear sus propios planes de bienestar [3]. La página Peer Support Specialist señala que los especialistas de pares complementan el tratamiento existente [3]. Aportan educación y ayuda para moverse dentro de los sistemas [3]. Los trabajadores de pares también comparten lo que aprendieron por experiencia [4]. Cuentan cómo fue en realidad enfrentar una situación parecida y qué marcó la diferencia.",
          },
          { type: 'heading', text: 'Apoyo instrumental o práctico' },
          {
            type: 'paragraph',
            text: "El apoyo práctico ayuda a las personas a resolver asuntos concretos. Una página web sobre apoyo entre pares cuyo editor no se indica dice que el apoyo entre pares conecta a quienes recién comienzan su recuperación con recursos [2]. Algunos ejemplos son la salud, la educación, los servicios vocacionales y el apoyo para la crianza, que mejoran la calidad de vida [2]. Los especialistas de pares ayudan a elaborar planes de servicio basados en las metas de recuperación y en los pasos para alcanzarlas [3]. Ayudan a reunir la información y el apoyo de la comunidad que las personas necesitan [3]. La última lección de este módulo profundiza en cómo hacer estas conexiones.",
          },
          { type: 'heading', text: 'Apoyo de afiliación' },
          {
            type: 'paragraph',
            text: "El apoyo de afiliación tiene que ver con la pertenencia a una comunidad. Los trabajadores de pares construyen relaciones y comunidad, y dirigen grupos de recuperación [1]. Crean y sostienen grupos donde los pares se enseñan y se ayudan entre sí [3]. Esa misma página señala que el apoyo estructurado entre pares puede ayudar a hacer nuevas amistades y a sentir que uno pertenece [2]. SAMHSA cita investigaciones que lo relacionan con más apoyo social y un mejor funcionamiento social [4]. Las **organizaciones comunitarias de recuperación** son un lugar donde este sentido de pertenencia puede crecer. El Peer Recovery Center of Excellence las describe como organizaciones sin fines de lucro, independientes y de base, fundadas y dirigidas por la comunidad local en recuperación [5].",
          },
          { type: 'heading', text: 'Roles que pueden crecer' },
          {
            type: 'paragraph',
            text: "El rol de pares también puede ir más allá del apoyo directo. SAMHSA menciona prestar servicios o dar capacitaciones y supervisar a otros trabajadores de pares [1]. Menciona desarrollar recursos, dirigir programas o agencias, y educar al público y a quienes crean las políticas [1]. Algunos trabajadores de pares también desarrollan competencias adicionales para atender a grupos que comparten experiencias en común, como los familiares [1].",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: '¿Qué tipos de apoyo te salen de forma natural?',
            text: 'Repasa los cuatro tipos de apoyo. ¿Cuáles ofreces con más facilidad? ¿Cuáles te resultan menos conocidos? Piensa en una persona a la que hayas apoyado, o en una situación que esperas encontrar en tu nuevo rol, y anota qué tipos de apoyo podría necesitar esa persona de ti.',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Apoyo emocional', definition: 'Escucha, aceptación, validación y ánimo que ayudan a la persona a sentirse comprendida y con esperanza.' },
              { term: 'Apoyo informativo', definition: 'Compartir conocimientos, habilidades, educación para la autoayuda, herramientas orientadas a la recuperación e información basada en la experiencia.' },
              { term: "Apoyo instrumental (práctico)", definition: "Ayuda concreta para alcanzar una meta, como conectar a la persona con recursos de salud, educación, empleo o crianza [2]." },
              { term: 'Apoyo de afiliación', definition: 'Ayudar a la persona a conectarse con otras personas y con una comunidad de recuperación, construyendo relaciones y un sentido de pertenencia.' },
              { term: "Organización comunitaria de recuperación (RCO)", definition: "Una organización sin fines de lucro, independiente y de base, fundada y dirigida por la comunidad local en recuperación, que hace visible y accesible la recuperación [5]." },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 3 ─────────────────────────────
    {
      slug: 'settings-outreach-and-engagement',
      order: 3,
      estimatedMinutes: 9,
      competencies: ['C1-ENGAGES', 'C8-CRISIS', 'C10-COLLABORATION'],
      sources: [SRC_VALUE_OF_PEERS, SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_PRCOE, SRC_SAMHSA_PEER_WORKERS],
      en: {
        title: 'Where Peer Workers Practice: Settings, Outreach and Engagement',
        summary:
          'The many settings where peer support workers serve, examples from criminal justice, child welfare and health care, and how outreach and engagement help people connect with recovery support and stay connected.',
        body: [
          { type: 'heading', text: 'One role, many settings' },
          {
            type: 'paragraph',
            text: "Peer support workers practice in a wide range of places [1, 2]. SAMHSA’s Value of Peers and a peer support web page whose publisher is not given name these settings [1, 2]:",
          },
          {
            type: 'list',
            items: [
              'Peer-run organizations',
              'Recovery community centers and recovery community organizations',
              'Recovery residences',
              'Drug courts and other criminal justice settings',
              'Hospital emergency departments',
              'Child welfare agencies',
              'Homeless shelters',
              'Behavioral health and primary care settings',
            ],
          },
          {
            type: 'paragraph',
            text: "The Peer Support Specialist page adds more [3]. It names hospitals, inpatient care and drop-in centers [3]. It names respite services run by people who use services [3]. It adds other community services and prisons, in public and private systems [3]. It notes that peers serve in many roles, such as case management, wellness coaching and education [3]. They also take an active part in clinical settings such as crisis services [3]. Most peer specialists are paid staff, while some choose to volunteer [3].",
          },
          { type: 'heading', text: 'Examples from the field' },
          {
            type: 'paragraph',
            text: "**Police-assisted diversion.** The Peer Recovery Center of Excellence shows a Philadelphia partnership [4]. The police department works with PRO-ACT [4]. PRO-ACT is a community treatment and recovery group focused on substance use disorders [4]. Together they bring peer recovery support to people in a pre-arrest diversion program [4]. Here peer support is part of an alternative to jail [4]. The Center sums up research on this [4]. It links peer recovery support to fewer criminal charges and less probation or parole [4].",
          },
          {
            type: 'paragraph',
            text: "**Child welfare.** Peer workers also serve families involved with child welfare [1, 4]. The Center recommends a report, “Use of Peers and Recovery Specialists in Child Welfare” [4]. The National Center on Substance Abuse and Child Welfare wrote it [4]. It gives an overview of two models of peer support for families [4]. Research the Center cites links peer support with shorter stays in out-of-home care and faster family reunification [4].",
          },
          {
            type: 'paragraph',
            text: "**Health care and housing.** The same research summary links peer support with more stable housing and more primary care visits [4]. It also links it with fewer hospital and emergency department admissions [4].",
          },
          { type: 'heading', text: 'Outreach and engagement' },
          {
            type: 'paragraph',
            text: "Besides the four kinds of support in the last lesson, peer support workers do many kinds of outreach and engagement [1, 2]. SAMHSA explains that peer workers draw on shared understanding, respect and mutual empowerment [5]. With these, they help people take part in recovery and keep at it [5]. This lowers the chance of a return to use [5]. Peer support can carry treatment past the clinic walls and into the places where people live [5]. Research the Center sums up links peer support with better access to treatment and more engagement in it [4]. A peer support web page whose publisher is not given says it can help people stay in treatment and lower drop-outs [2].",
          },
          { type: 'heading', text: 'Support during a crisis' },
          {
            type: 'paragraph',
            text: "Some of these settings meet people at their hardest moments. Peer support workers work in hospital emergency departments [1, 2]. The Peer Support Specialist page names crisis services among the clinical settings where peers take an active part [3]. It also says many people feel alienated and hopeless at such times [3]. Peer specialists can offer them understanding [3]. The unsigned peer support page lists a benefit of structured peer support [2]. It helps people stay sober “during periods of stress or crisis” [2].",
          },
          {
            type: 'paragraph',
            text: "In a crisis, the peer worker's part is the same non-clinical, strengths-based support, given with extra care. They stay calm and present. They listen. They share hope that people can and do recover [1]. They help the person reach the right help. The peer worker does this with the clinical team, not in its place. The role adds to the work of therapists and the rest of the team [1]. Many organizations find it helps to agree ahead of time, in writing, what a peer worker does when someone may be in danger, and whom they call. Ask your supervisor for your crisis procedure before you need it.",
          },
          {
            type: 'paragraph',
            text: "Each setting shapes the work in its own way. The pace, the team and the rules of the host all differ. The heart of the role stays the same. It is non-clinical, strengths-based support from someone with shared experience, guided by the person's own goals [1].",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Picture your setting',
            text: 'Think about the place where you work or will work. Who are you likely to meet there? Where are they when they first hear about peer support? What might help them take a first step, and what might get in the way? Talk it through with your supervisor.',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Outreach', definition: 'Activities that bring peer support to people who are not yet connected with recovery services, so they learn it exists and how to reach it.' },
              { term: 'Engagement', definition: 'Helping a person become involved in the recovery process and stay involved over time.' },
              { term: 'Crisis procedure', definition: 'An organization’s written plan for what staff, including peer workers, do and whom they call when someone may be in danger.' },
              { term: "Police-assisted diversion", definition: "A partnership in which police work with a community organization so that people in a pre-arrest diversion program receive peer recovery support, as an alternative to incarceration [4]." },
            ],
          },
        ],
      },
      es: {
        title: 'Dónde trabajan los pares: entornos, acercamiento y participación',
        summary:
          'Los muchos entornos donde prestan servicio los trabajadores de apoyo entre pares, ejemplos del sistema de justicia penal, el bienestar infantil y la atención de salud, y cómo el acercamiento y la participación ayudan a que las personas se conecten con el apoyo a la recuperación y se mantengan conectadas.',
        body: [
          { type: 'heading', text: 'Un rol, muchos entornos' },
          {
            type: 'paragraph',
            text: "Los trabajadores de apoyo entre pares trabajan en lugares muy diversos [1, 2]. El documento Value of Peers de SAMHSA y una página web sobre apoyo entre pares cuyo editor no se indica mencionan estos entornos [1, 2]:",
          },
          {
            type: 'list',
            items: [
              'Organizaciones dirigidas por pares',
              'Centros comunitarios de recuperación y organizaciones comunitarias de recuperación',
              'Residencias de recuperación',
              'Tribunales de drogas y otros entornos de justicia penal',
              'Salas de emergencia de hospitales',
              'Agencias de bienestar infantil',
              'Albergues para personas sin hogar',
              'Servicios de salud conductual y de atención primaria',
            ],
          },
          {
            type: 'paragraph',
            text: "La página Peer Support Specialist agrega más [3]. Nombra los hospitales, la atención con internación y los centros de acogida sin cita [3]. Nombra los servicios de respiro dirigidos por usuarios [3]. Agrega otros servicios comunitarios y las prisiones, en el sector público y en el privado [3]. Señala que los pares cumplen muchos roles, como la administración de casos, el coaching de bienestar y la educación [3]. También participan activamente en entornos clínicos como los servicios de crisis [3]. La mayoría de los especialistas de pares son empleados remunerados, y algunos eligen trabajar como voluntarios [3].",
          },
          { type: 'heading', text: 'Ejemplos del trabajo en la práctica' },
          {
            type: 'paragraph',
            text: "**Programas de desvío con participación policial.** El Peer Recovery Center of Excellence presenta una colaboración en Filadelfia [4]. El departamento de policía trabaja con PRO-ACT [4]. PRO-ACT es una organización comunitaria de tratamiento y recuperación enfocada en los trastornos por consumo de sustancias [4]. Juntos ofrecen apoyo a la recuperación entre pares a quienes participan en un programa de desvío antes del arresto [4]. Aquí el apoyo entre pares es parte de una alternativa al encarcelamiento [4]. El Centro resume investigaciones sobre esto [4]. Vinculan el apoyo a la recuperación entre pares con menos cargos penales y menos casos de libertad condicional o bajo palabra [4].",
          },
          {
            type: 'paragraph',
            text: "**Bienestar infantil.** Los trabajadores de pares también acompañan a familias que tienen contacto con el sistema de bienestar infantil [1, 4]. El Centro recomienda un informe, “Use of Peers and Recovery Specialists in Child Welfare” [4]. Lo elaboró el National Center on Substance Abuse and Child Welfare (Centro Nacional sobre Abuso de Sustancias y Bienestar Infantil) [4]. Presenta dos modelos de apoyo entre pares para familias [4]. Las investigaciones que cita el Centro relacionan el apoyo entre pares con estancias más cortas en cuidado fuera del hogar y una reunificación familiar más rápida [4].",
          },
          {
            type: 'paragraph',
            text: "**Salud y vivienda.** El mismo resumen de investigaciones asocia el apoyo entre pares con una vivienda más estable y más visitas de atención primaria [4]. También lo asocia con menos ingresos al hospital y a la sala de emergencias [4].",
          },
          { type: 'heading', text: 'Acercamiento y participación' },
          {
            type: 'paragraph',
            text: "Además de los cuatro tipos de apoyo de la lección anterior, los trabajadores de apoyo entre pares realizan muchas actividades de acercamiento y participación [1, 2]. SAMHSA explica que los trabajadores de pares se apoyan en la comprensión compartida, el respeto y el empoderamiento mutuo [5]. Así ayudan a las personas a involucrarse en la recuperación y a mantenerse involucradas [5]. Esto reduce la probabilidad de un regreso al consumo [5]. El apoyo entre pares puede llevar el tratamiento más allá de las paredes de la clínica, hasta los lugares donde vive la gente [5]. Las investigaciones que resume el Centro lo vinculan con un mejor acceso al tratamiento y una mayor participación en él [4]. Una página web sobre apoyo entre pares cuyo editor no se indica señala que puede ayudar a que las personas permanezcan en tratamiento y a reducir los abandonos [2].",
          },
          { type: 'heading', text: 'Apoyo durante una crisis' },
          {
            type: 'paragraph',
            text: "Algunos de estos entornos encuentran a las personas en sus momentos más difíciles. Los trabajadores de apoyo entre pares trabajan en salas de emergencia de hospitales [1, 2]. La página Peer Support Specialist menciona los servicios de crisis entre los entornos clínicos donde los pares participan activamente [3]. También dice que en esos momentos muchas personas se sienten aisladas y sin esperanza [3]. Los especialistas de pares pueden ofrecerles comprensión [3]. La página sobre apoyo entre pares sin editor identificado menciona un beneficio del apoyo estructurado entre pares [2]. Ayuda a sostener la recuperación “en períodos de estrés o crisis” [2].",
          },
          {
            type: 'paragraph',
            text: "En una crisis, el aporte del trabajador de pares es el mismo apoyo no clínico y basado en las fortalezas, ofrecido con más cuidado. Mantiene la calma y está presente. Escucha. Comparte la esperanza de que las personas pueden recuperarse y se recuperan [1]. Ayuda a la persona a llegar a la ayuda adecuada. El trabajador de pares lo hace junto al equipo clínico, no en su lugar. Su rol complementa el trabajo de los terapeutas y del resto del equipo [1]. A muchas organizaciones les resulta útil acordar de antemano, por escrito, qué hace un trabajador de pares cuando alguien puede estar en peligro y a quién llama. Pide a tu supervisor el procedimiento de crisis de tu organización antes de necesitarlo.",
          },
          {
            type: 'paragraph',
            text: "Cada entorno le da al trabajo su propio carácter. El ritmo, el equipo y las normas de la organización anfitriona cambian. Lo que no cambia es el corazón del rol. Es un apoyo no clínico y basado en las fortalezas, que ofrece alguien con experiencia compartida y que se guía por las metas de la propia persona [1].",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Imagina tu entorno',
            text: 'Piensa en el lugar donde trabajas o trabajarás. ¿A quiénes es más probable que conozcas allí, y dónde están cuando oyen hablar por primera vez del apoyo entre pares? ¿Qué podría ayudarles a dar un primer paso hacia la participación y qué podría frenarlos? Conversa sobre tus ideas con tu supervisor.',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Acercamiento (outreach)', definition: 'Actividades que llevan el apoyo entre pares a personas que todavía no están conectadas con servicios de recuperación, para que sepan que existe y cómo acceder a él.' },
              { term: 'Participación (engagement)', definition: 'Ayudar a la persona a involucrarse en el proceso de recuperación y a mantenerse involucrada con el tiempo.' },
              { term: 'Procedimiento de crisis', definition: 'El plan escrito de una organización sobre qué hace el personal, incluidos los trabajadores de pares, y a quién llama cuando alguien puede estar en peligro.' },
              { term: "Desvío con participación policial", definition: "Una colaboración en la que la policía trabaja con una organización comunitaria para que las personas en un programa de desvío antes del arresto reciban apoyo a la recuperación entre pares, como alternativa al encarcelamiento [4]." },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 4 ─────────────────────────────
    {
      slug: 'sharing-lived-experience-with-purpose',
      order: 4,
      estimatedMinutes: 8,
      competencies: ['C3-LIVED-EXPERIENCE', 'C2-SUPPORT'],
      sources: [SRC_PRCOE, SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Sharing Lived Experience with Purpose',
        summary:
          'Why lived experience is the peer worker\'s key tool, how thoughtful sharing builds mutuality and hope, and practical ways to keep each disclosure focused on the person being served.',
        body: [
          { type: 'heading', text: 'Your key tool' },
          {
            type: 'paragraph',
            text: "The Peer Recovery Center of Excellence calls lived experience in recovery the key tool of peer support specialists [1]. They use it to do their job in every kind of setting [1]. States certify peer workers in different ways [1]. The way can depend on the kind of lived experience: substance use recovery, mental health recovery or both [1]. Some states offer one certification that covers both [1]. There, the kind of lived experience a job calls for depends on the job, the setting and the needs of the people served [1]. Like any tool, it works best when it is used with skill and care.",
          },
          { type: 'heading', text: 'Why sharing helps' },
          {
            type: 'paragraph',
            text: "Peer support rests on **mutuality**, often called “peerness”: the bond between two people who share similar experiences [2]. SAMHSA explains that this mutuality builds connection and inspires hope [2]. Thoughtful sharing of experience creates a sense of mutuality [2]. SAMHSA says this plays an important part in modeling recovery and offering hope [2]. Peer workers share vital information from their own experience [2]. They give real examples of the power of recovery [2]. Their stories and practical guidance help people set their own goals [2]. They help people find ways to take charge and take concrete steps toward lives they choose [2].",
          },
          {
            type: 'paragraph',
            text: "People who have received peer support describe this in their own words [2]. SAMHSA's Value of Peers quotes one person who says that seeing others recover gave them hope they could too [2]. Another says peer support let them feel normal [2]. Sharing is powerful because it makes recovery visible.",
          },
          { type: 'heading', text: 'Sharing with purpose' },
          {
            type: 'paragraph',
            text: "The word thoughtful matters. Sharing with purpose is not the same as telling your whole story. It means choosing what to share because it may help the other person's recovery. It is not a way to meet your own need to be heard. Before you share, try asking yourself:",
          },
          {
            type: 'list',
            ordered: true,
            items: [
              '**Whose needs does this serve?** Share when it is likely to help the person in front of you, for example by offering hope or a practical idea.',
              '**What is the point?** Choose the part of your experience that connects with what the person is facing, and keep it brief.',
              "**Does it leave room for their path?** Your way of recovering is one example, not a rule. Peer workers support people to find and follow their own paths without judgment or expectation [2].",
              '**Can I hand the focus back?** Finish by returning attention to the person, for instance by asking what they take from it or what might work for them.',
            ],
          },
          {
            type: 'paragraph',
            text: "Purposeful sharing is one way peer workers dispel myths about mental health conditions and substance use disorders [2]. When a peer worker speaks openly and calmly about recovery, others can see that it is real. Co-workers and the people served can see that people can and do recover [2].",
          },
          {
            type: 'paragraph',
            text: "You decide which parts of your story to bring to work. It is fine to keep some parts private. SAMHSA describes the shared experience of recovery, or of being a family member, as the foundation of the peer recovery support relationship [4]. That foundation does not require you to share everything. Your supervisor can help you think through sharing in a new setting or with a new group.",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Plan one share',
            text: 'Choose one part of your recovery experience that you would feel comfortable sharing at work. Write two or three sentences about it. Then ask yourself: what kind of person or situation might this help, and what question could I ask afterward to bring the focus back to them?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: "Lived experience", definition: "Personal experience of recovery from a mental health condition, a substance use disorder, or both; the key tool peer support specialists use in their work [1]." },
              { term: "Mutuality (peerness)", definition: "The bond between a peer worker and someone who is in recovery or looking for it, grounded in shared experience, that builds connection and hope [2]." },
              { term: 'Purposeful sharing', definition: 'Choosing what part of one\'s own story to share, and when, because it serves the other person\'s recovery goals.' },
              { term: 'Self-determination', definition: 'A person\'s right and ability to set their own goals and direct their own recovery path.' },
            ],
          },
        ],
      },
      es: {
        title: 'Compartir la experiencia vivida con un propósito',
        summary:
          'Por qué la experiencia vivida es la herramienta clave del trabajador de pares, cómo compartirla con cuidado crea reciprocidad y esperanza, y formas prácticas de mantener cada revelación enfocada en la persona a la que se acompaña.',
        body: [
          { type: 'heading', text: 'Su herramienta clave' },
          {
            type: 'paragraph',
            text: "El Peer Recovery Center of Excellence llama a la experiencia vivida de recuperación la herramienta clave de los especialistas de apoyo entre pares [1]. La usan para hacer su trabajo en todo tipo de entornos [1]. Los estados certifican a los trabajadores de pares de maneras distintas [1]. La forma puede depender del tipo de experiencia vivida: recuperación del consumo de sustancias, recuperación en salud mental o ambas [1]. Algunos estados ofrecen una sola certificación que abarca ambas [1]. Allí, el tipo de experiencia vivida que requiere un puesto depende del puesto, del entorno y de las necesidades de las personas atendidas [1]. Como cualquier herramienta, rinde más cuando se usa con destreza y cuidado.",
          },
          { type: 'heading', text: 'Por qué compartir ayuda' },
          {
            type: 'paragraph',
            text: "El apoyo entre pares se basa en la **reciprocidad**, también llamada “peerness”, el sentido de ser pares: el vínculo entre dos personas que han vivido experiencias parecidas [2]. SAMHSA explica que esta reciprocidad crea conexión y despierta esperanza [2]. Compartir la experiencia con cuidado crea un sentido de reciprocidad [2]. SAMHSA dice que esto tiene un papel importante para modelar la recuperación y ofrecer esperanza [2]. Los trabajadores de pares comparten información vital basada en su propia experiencia [2]. Dan ejemplos reales del poder de la recuperación [2]. Sus historias y su orientación práctica ayudan a las personas a fijar sus propias metas [2]. Las ayudan a encontrar formas de empoderarse y a dar pasos concretos hacia una vida que ellas eligen [2].",
          },
          {
            type: 'paragraph',
            text: "Quienes han recibido apoyo entre pares lo cuentan con sus propias palabras [2]. Value of Peers de SAMHSA cita a una persona que dice que ver a otros recuperarse le dio esperanza de que ella también podría lograrlo [2]. Otra dice que el apoyo entre pares la hizo sentirse normal [2]. Compartir tiene fuerza porque hace visible la recuperación.",
          },
          { type: 'heading', text: 'Compartir con un propósito' },
          {
            type: 'paragraph',
            text: "La palabra cuidado es importante. Compartir con un propósito no es lo mismo que contar toda tu historia. Significa elegir qué compartir porque puede ayudar a la recuperación de la otra persona. No es una forma de satisfacer tu propia necesidad de ser escuchado. Antes de compartir, pregúntate:",
          },
          {
            type: 'list',
            ordered: true,
            items: [
              '**¿A qué necesidades responde esto?** Comparte cuando sea probable que ayude a la persona que tienes delante, por ejemplo, porque le ofrece esperanza o una idea práctica.',
              '**¿Cuál es el punto?** Elige la parte de tu experiencia que se relaciona con lo que la persona está viviendo, y sé breve.',
              "**¿Deja espacio para su propio camino?** Tu forma de recuperarte es un ejemplo, no una regla. Los trabajadores de pares apoyan a las personas para que encuentren y sigan su propio camino, sin juicios ni expectativas [2].",
              '**¿Puedo devolverle el protagonismo?** Termina volviendo la atención a la persona, por ejemplo, preguntándole qué se lleva de lo que escuchó o qué le podría funcionar a ella.',
            ],
          },
          {
            type: 'paragraph',
            text: "Compartir con un propósito es una forma en que los trabajadores de pares desmienten mitos sobre las condiciones de salud mental y los trastornos por consumo de sustancias [2]. Cuando un trabajador de pares habla con apertura y calma sobre la recuperación, los demás pueden ver que es real. Los colegas y las personas atendidas pueden ver que las personas pueden recuperarse y se recuperan [2].",
          },
          {
            type: 'paragraph',
            text: "Tú decides qué partes de tu historia llevas al trabajo. Está bien guardar algunas en privado. SAMHSA describe la experiencia compartida de estar en recuperación, o de ser familiar de alguien en recuperación, como la base de la relación de apoyo entre pares [4]. Esa base no te exige contarlo todo. Tu supervisor puede ayudarte a pensar cómo compartir en un entorno nuevo o con un grupo nuevo.",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Planifica una forma de compartir',
            text: 'Elige una parte de tu experiencia de recuperación que te sentirías cómodo compartiendo en el trabajo. Escribe dos o tres oraciones sobre ella. Luego pregúntate: ¿a qué tipo de persona o en qué situación podría ayudar esto, y qué pregunta podrías hacer después para devolverle la atención a la persona?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: "Experiencia vivida", definition: "La experiencia personal de recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos; la herramienta clave que usan los especialistas de apoyo entre pares [1]." },
              { term: "Reciprocidad (el sentido de ser pares, “peerness”)", definition: "El vínculo entre un trabajador de pares y una persona en recuperación o que busca recuperarse, basado en la experiencia compartida, que crea conexión y esperanza [2]." },
              { term: 'Compartir con un propósito', definition: 'Elegir qué parte de la propia historia compartir, y cuándo, porque sirve a las metas de recuperación de la otra persona.' },
              { term: 'Autodeterminación', definition: 'El derecho y la capacidad de una persona para fijar sus propias metas y dirigir su propio camino de recuperación.' },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 5 ─────────────────────────────
    {
      slug: 'linking-to-resources-services-supports',
      order: 5,
      estimatedMinutes: 8,
      competencies: ['C6-LINKS-RESOURCES', 'C4-PERSONALIZES', 'C5-RECOVERY-PLANNING'],
      sources: [SRC_PRCOE, SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_VALUE_OF_PEERS, SRC_SAMHSA_PEER_WORKERS],
      en: {
        title: 'Linking People to Resources, Services and Supports',
        summary:
          'How peer workers help people build recovery capital, find their way through systems, and connect with the healthcare, education, work, parenting and community supports they choose.',
        body: [
          { type: 'heading', text: 'Why linking matters' },
          {
            type: 'paragraph',
            text: "Recovery is lived in everyday life, not only in treatment. The Peer Recovery Center of Excellence defines **recovery capital** as the breadth and depth of inner and outer resources a person can draw on [1]. These help a person begin recovery and keep it going [1]. Inner resources can include hope and confidence. Outer ones can include the supports named below. Peer workers help people build both.",
          },
          {
            type: 'paragraph',
            text: "A peer support web page whose publisher is not given says peer support links people who are new to recovery with resources [2]. These include health care, education, job and parenting help [2]. They improve quality of life and help people succeed [2]. SAMHSA counts sharing resources, and linking people to tools and resources, among the main tasks of peer workers [4, 5]. The Peer Support Specialist page says peer specialists help people get information and support from their community to make their goals real [3]. They also help people find their way through systems [3].",
          },
          {
            type: 'paragraph',
            text: "The Center describes a **recovery-oriented system of care** as a range of personal supports [1]. They work together to foster healthy growth and a meaningful life [1]. Peer workers help people find their way through that range.",
          },
          { type: 'heading', text: 'Linking the peer way' },
          {
            type: 'paragraph',
            text: 'Linking is more than handing over a phone number. True to the peer role, it follows the person\'s own goals and choices:',
          },
          {
            type: 'list',
            items: [
              "**Start with goals.** Help the person name their goals, hopes and dreams. Then look for resources that fit. Peer specialists help people make service plans and their own wellness plans [3].",
              "**Offer options, respect choices.** Share what you know about the options and let the person decide. Peer specialists grow people's ability to make informed, independent choices [3]. They support people's own decisions [3].",
              '**Build on strengths.** Notice the resources the person already has, such as relationships, skills and past successes, and build from there.',
              '**Share what you learned.** What you know firsthand about how systems work can make a new service feel less scary.',
              "**Work with the team.** Peer workers add to the treatment people already get and complement the rest of the team [3, 4]. So work with co-workers, not around them.",
            ],
          },
          { type: 'heading', text: 'What the research shows' },
          {
            type: 'paragraph',
            text: "Research summed up in the sources links peer support with better access to treatment and more engagement in it [1]. It links peer support with more stable housing, more primary care visits, and fewer hospital and emergency department admissions [1]. The Peer Support Specialist page notes that peer support has been shown to increase social support and community life [3]. The unsigned peer support page reports that structured peer support can help people feel more able and more hopeful about the future [2]. The sources do not say which part of peer support brings each result. Linking is one part of the work they describe.",
          },
          {
            type: 'paragraph',
            text: "Linking also goes on over time. Peer workers walk with people on their recovery journeys [4]. So a link made today can be checked tomorrow. Did the appointment happen? Did the group feel welcoming? Does the plan still fit? Checking back respects the person's choices and keeps the roadmap theirs.",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Map the resources',
            text: 'Think of someone you may support in your role. List three inner and three outer resources they might draw on. Which would they most want to build first? How would you find out by asking, not assuming?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: "Recovery capital", definition: "The range and depth of internal and external resources a person can call on to start recovery and keep it going [1]." },
              { term: "Recovery-oriented system of care", definition: "A range of personalized supports that work together to foster healthy growth and a meaningful life [1]." },
              { term: 'System navigation', definition: 'Helping a person find their way through health, social and community services to reach the supports they choose.' },
              { term: "Self-directed wellness plan", definition: "A wellness plan that the person builds and leads, with support from a peer specialist [3]." },
            ],
          },
        ],
      },
      es: {
        title: 'Conectar a las personas con recursos, servicios y apoyos',
        summary:
          'Cómo los trabajadores de pares ayudan a las personas a fortalecer su capital de recuperación, a orientarse en los sistemas y a conectarse con los apoyos de salud, educación, empleo, crianza y comunidad que ellas eligen.',
        body: [
          { type: 'heading', text: 'Por qué importa conectar' },
          {
            type: 'paragraph',
            text: "La recuperación se vive en el día a día, no solo en el tratamiento. El Peer Recovery Center of Excellence define el **capital de recuperación** como la amplitud y la profundidad de los recursos internos y externos con los que una persona puede contar [1]. Estos recursos ayudan a iniciar y sostener la recuperación [1]. Los recursos internos pueden incluir la esperanza y la confianza en uno mismo. Los externos pueden incluir apoyos como los que se mencionan más abajo. Los trabajadores de pares ayudan a fortalecer ambos.",
          },
          {
            type: 'paragraph',
            text: "Una página web sobre apoyo entre pares cuyo editor no se indica dice que el apoyo entre pares conecta con recursos a quienes recién comienzan su recuperación [2]. Entre ellos están la salud, la educación, el empleo y el apoyo para la crianza [2]. Mejoran la calidad de vida y favorecen el éxito [2]. SAMHSA cuenta el compartir recursos, y conectar a las personas con herramientas y recursos, entre las tareas centrales de los trabajadores de pares [4, 5]. La página Peer Support Specialist dice que los especialistas de pares ayudan a obtener información y apoyo de la comunidad para hacer realidad las metas [3]. También ayudan a orientarse dentro de los sistemas [3].",
          },
          {
            type: 'paragraph',
            text: "El Centro describe un **sistema de atención orientado a la recuperación** como un conjunto de apoyos personalizados [1]. Funcionan en conjunto para favorecer un crecimiento saludable y una vida con sentido [1]. Los trabajadores de pares ayudan a las personas a orientarse dentro de ese conjunto.",
          },
          { type: 'heading', text: 'Conectar al estilo de los pares' },
          {
            type: 'paragraph',
            text: 'Conectar es mucho más que entregar un número de teléfono. Fiel al rol de pares, sigue las metas y las decisiones de la propia persona:',
          },
          {
            type: 'list',
            items: [
              "**Empieza por las metas.** Ayuda a la persona a nombrar sus metas, esperanzas y sueños. Luego busquen juntos recursos que encajen. Los especialistas de pares ayudan a crear planes de servicio y planes de bienestar propios [3].",
              "**Ofrece opciones y respeta las decisiones.** Comparte lo que sabes de cada opción y deja que la persona decida. Los especialistas de pares fortalecen la capacidad de tomar decisiones informadas e independientes [3]. Apoyan las decisiones de la propia persona [3].",
              '**Construye sobre las fortalezas.** Fíjate en los recursos que la persona ya tiene, como sus relaciones, habilidades y logros anteriores, y parte de ahí.',
              '**Comparte lo que aprendiste.** Tu conocimiento, basado en la experiencia, de cómo funcionan los sistemas puede hacer que un servicio desconocido intimide menos.',
              "**Trabaja con el equipo.** Los trabajadores de pares complementan el tratamiento existente y el trabajo del resto del equipo [3, 4]. Así que trabaja con tus colegas, no a sus espaldas.",
            ],
          },
          { type: 'heading', text: 'Lo que muestran las investigaciones' },
          {
            type: 'paragraph',
            text: "Las investigaciones resumidas en los documentos fuente asocian el apoyo entre pares con un mayor acceso al tratamiento y una mayor participación en él [1]. Lo asocian con una vivienda más estable, más visitas de atención primaria y menos ingresos al hospital y a la sala de emergencias [1]. La página Peer Support Specialist señala que se ha demostrado que el apoyo entre pares aumenta el apoyo social y la participación en la comunidad [3]. La página sin editor identificado indica que el apoyo estructurado entre pares puede aumentar la sensación de autoeficacia y el optimismo sobre el futuro [2]. Los documentos fuente no dicen qué parte del apoyo entre pares produce cada resultado. Conectar es una parte del trabajo que describen.",
          },
          {
            type: 'paragraph',
            text: "Conectar también es un proceso que continúa. Los trabajadores de pares acompañan a las personas a lo largo de su camino de recuperación [4]. Así que una conexión hecha hoy puede retomarse mañana. ¿Se dio la cita? ¿El grupo fue acogedor? ¿El plan todavía le sirve? Volver a preguntar respeta las decisiones de la persona y mantiene la ruta en sus manos.",
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Haz un mapa de recursos',
            text: 'Piensa en alguien a quien podrías apoyar en tu rol. Anota tres recursos internos y tres externos con los que esa persona podría contar. ¿Cuál querrías fortalecer primero, y cómo lo averiguarías preguntándole en lugar de suponerlo?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: "Capital de recuperación", definition: "La amplitud y la profundidad de los recursos internos y externos con los que una persona puede contar para iniciar y sostener su recuperación [1]." },
              { term: "Sistema de atención orientado a la recuperación", definition: "Un conjunto de apoyos personalizados que funcionan en conjunto para favorecer un crecimiento saludable y una vida con sentido [1]." },
              { term: 'Orientación en los sistemas', definition: 'Ayudar a una persona a moverse entre los servicios de salud, sociales y comunitarios para llegar a los apoyos que elige.' },
              { term: "Plan de bienestar autodirigido", definition: "Un plan de bienestar que la propia persona elabora y dirige, con el apoyo de un especialista de pares [3]." },
            ],
          },
        ],
      },
    },
  ],
}
