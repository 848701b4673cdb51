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
      'What peer support workers actually do and why it works: non-clinical, strengths-based support, the four kinds of support peers offer, the settings where they practice, support during a crisis, how to share lived experience with purpose, and how to link people to the resources, services and supports they choose.',
  },
  es: {
    title: 'Prestación eficaz de servicios: ¿qué, por qué y cómo?',
    summary:
      'Qué hacen en la práctica los trabajadores de apoyo entre pares y por qué funciona: un apoyo no clínico y basado en las fortalezas, los cuatro tipos de apoyo que ofrecen, los entornos donde trabajan, el apoyo durante una crisis, cómo compartir la experiencia vivida con un propósito y cómo conectar a las personas con los recursos, servicios y apoyos que ellas eligen.',
  },
  lessons: [
    // ───────────────────────────── Lesson 1 ─────────────────────────────
    {
      slug: 'what-peer-support-workers-do',
      order: 1,
      estimatedMinutes: 8,
      competencies: ['C2-SUPPORT', 'C4-PERSONALIZES'],
      sources: [SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'What Peer Support Workers Do: Non-Clinical, Strengths-Based Support',
        summary:
          'Who peer support workers are, the core commitments of the role, why peer support is non-clinical and strengths-based, and how peer workers model recovery for the people they serve.',
        body: [
          { type: 'heading', text: 'A role built on shared experience' },
          {
            type: 'paragraph',
            text: "The third module of the Peer Support Toolkit from the Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS) is called “Effective Service Delivery: What, Why, and How?” It asks what good peer service looks like, why it matters and how to do it well. The starting point is simple. A peer support worker has lived through recovery from a mental health condition, a substance use disorder, or both. They support others who face the same kind of struggle. Peer staff have many job titles. They include peer specialist, peer recovery coach, peer advocate, peer recovery support specialist and certified recovery support specialist. In the Department of Veterans Affairs, the title is peer support technician. Whatever the title, the bond rests on a shared experience of recovery.",
          },
          {
            type: 'paragraph',
            text: "The Substance Abuse and Mental Health Services Administration (SAMHSA) and a peer support web page whose publisher is not given describe peer workers as **experientially credentialed**. Their own recovery is part of what fits them for the job. Peer specialists are also trained and certified, as the Peer Support Specialist page describes them. That page says it is the mix that puts peer workers in a unique position to help: lived experience, skills learned in training and knowing how systems work. Co-workers can expect both from peer staff, working together.",
          },
          { type: 'heading', text: 'Non-clinical and strengths-based' },
          {
            type: 'paragraph',
            text: "Peer support is **non-clinical**. The peer role adds to the work of therapists, case managers and others on the treatment team. It does not copy those roles or stand in for them. Peer support is also **strengths-based**. A peer worker does not start from what is wrong. They help a person notice what already works, name their strengths and build on them. The Peer Support Specialist page says peer specialists grow people's ability to make informed, independent choices. They support people in making their own decisions.",
          },
          {
            type: 'paragraph',
            text: "SAMHSA's Value of Peers summary boils the work down to five commitments. Peer support workers:",
          },
          {
            type: 'list',
            items: [
              'Inspire hope by showing that people can and do recover.',
              'Accompany people through their recovery journeys.',
              'Challenge myths about what it means to live with a mental health condition or a substance use disorder.',
              'Offer self-help education and connect people with tools and resources.',
              'Help people name their goals, hopes and dreams and sketch a roadmap for reaching them.',
            ],
          },
          {
            type: 'paragraph',
            text: "Under all five is one stance. The peer worker helps each person find and follow **their own** recovery path, with no judgment, expectations, rules or demands. The person sets the direction. The peer worker offers company, information and encouragement on the way.",
          },
          { type: 'heading', text: 'Role modeling recovery' },
          {
            type: 'paragraph',
            text: "A peer worker has traveled a similar road. The Peer Support Specialist page says peer specialists foster hope for recovery and **role model** that it is real for the people they serve. SAMHSA notes that peer support offers a kind of acceptance, understanding and validation that many other professional relationships do not. It adds that peer workers can help break down gaps in experience and understanding. They can ease the power gaps that sometimes make it hard to work with the rest of the treatment team.",
          },
          {
            type: 'paragraph',
            text: "For co-workers, this has a practical meaning. A peer worker is not a junior clinician or a spare pair of hands for paperwork. Their value comes from mutuality: walking beside someone, not standing above them. Protecting that stance is part of good service for the whole team.",
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
              { term: 'Experientially credentialed', definition: 'Qualified in part by one\'s own lived experience of recovery, which peer workers combine with training and, often, certification.' },
              { term: 'Non-clinical support', definition: 'Help that does not involve diagnosis or therapy; it complements the work of clinicians and case managers instead of replacing it.' },
              { term: 'Strengths-based approach', definition: 'Starting from what a person already does well and the resources they already have, and building on them.' },
              { term: 'Role modeling', definition: 'Showing through one\'s own life that recovery is possible, which fosters hope in the people served.' },
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
            text: 'El tercer módulo del Peer Support Toolkit del Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS, por sus siglas en inglés) se titula “Effective Service Delivery: What, Why, and How?” y se pregunta cómo es una buena prestación de servicios de pares, por qué importa y cómo hacerla bien. El punto de partida es sencillo. Un trabajador de apoyo entre pares es una persona con experiencia vivida de recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos, que ofrece apoyo a otras personas que enfrentan retos parecidos. El personal de pares tiene muchos títulos: especialista de pares, coach de recuperación entre pares, defensor de pares, especialista en apoyo a la recuperación entre pares, especialista certificado en apoyo a la recuperación y, en el Departamento de Asuntos de Veteranos, técnico de apoyo entre pares. Sea cual sea el título en la credencial, la experiencia compartida de recuperación es la base de la relación.',
          },
          {
            type: 'paragraph',
            text: 'La Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA, por sus siglas en inglés) y una página web sobre apoyo entre pares cuyo editor no se indica describen a los trabajadores de pares como **acreditados por la experiencia** (“experientially credentialed”): su propio camino de recuperación forma parte de lo que los capacita para el puesto. Además, los especialistas de pares están capacitados y certificados, como los describe la página Peer Support Specialist. La página Peer Support Specialist señala que es justamente esa combinación, la experiencia vivida más las habilidades aprendidas en la capacitación y el conocimiento de cómo funcionan los sistemas, lo que pone a los trabajadores de pares en una posición única para ayudar. Los colegas deben esperar ambas cosas del personal de pares, trabajando juntas.',
          },
          { type: 'heading', text: 'No clínico y basado en las fortalezas' },
          {
            type: 'paragraph',
            text: 'El apoyo entre pares es **no clínico**. El rol de pares complementa el trabajo de terapeutas, administradores de casos y demás integrantes del equipo de tratamiento; no duplica esas funciones ni las sustituye. Además, el apoyo entre pares está **basado en las fortalezas**. En lugar de partir de lo que anda mal, el trabajador de pares ayuda a la persona a notar lo que ya le funciona, a nombrar sus fortalezas y a construir sobre ellas. La página Peer Support Specialist describe a los especialistas de pares como personas que fortalecen la capacidad de los demás para tomar decisiones informadas e independientes, y que los apoyan en su propia toma de decisiones.',
          },
          {
            type: 'paragraph',
            text: 'El resumen Value of Peers de SAMHSA condensa el trabajo en cinco compromisos. Los trabajadores de apoyo entre pares:',
          },
          {
            type: 'list',
            items: [
              'Despiertan esperanza al mostrar que la gente sí se recupera.',
              'Acompañan a las personas a lo largo de su camino de recuperación.',
              'Desmienten los mitos sobre lo que significa vivir con una condición de salud mental o un trastorno por consumo de sustancias.',
              'Ofrecen educación para la autoayuda y conectan a las personas con herramientas y recursos.',
              'Ayudan a las personas a nombrar sus metas, esperanzas y sueños, y a trazar una ruta para alcanzarlos.',
            ],
          },
          {
            type: 'paragraph',
            text: 'Detrás de los cinco hay una misma postura: el trabajador de pares ayuda a cada persona a encontrar y seguir **su propio** camino de recuperación, sin juicios, expectativas, reglas ni requisitos. La persona marca el rumbo. El trabajador de pares ofrece compañía, información y ánimo en el trayecto.',
          },
          { type: 'heading', text: 'Ser modelo de recuperación' },
          {
            type: 'paragraph',
            text: 'Como el trabajador de pares ha recorrido un camino parecido, su sola presencia es prueba viva de que la recuperación es real. La página Peer Support Specialist describe a los especialistas de pares como personas que fomentan la esperanza y que **modelan** esa realidad ante quienes acompañan. Por eso el apoyo entre pares puede ofrecer un nivel de aceptación, comprensión y validación que muchas otras relaciones profesionales no ofrecen. SAMHSA agrega que los trabajadores de pares pueden ayudar a derribar barreras de experiencia y comprensión, así como dinámicas de poder que dificultan el trabajo con el resto del equipo de tratamiento.',
          },
          {
            type: 'paragraph',
            text: 'Para los colegas, esto tiene un sentido práctico. Un trabajador de pares no es un clínico en formación ni una ayuda más para el papeleo. Su valor está en la reciprocidad, en caminar al lado de la persona y no por encima de ella. Cuidar esa postura es parte de una prestación eficaz de servicios para todo el equipo.',
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
              { term: 'Acreditado por la experiencia', definition: 'Estar capacitado, en parte, por la propia experiencia vivida de recuperación, que el trabajador de pares combina con capacitación y, a menudo, con una certificación.' },
              { term: 'Apoyo no clínico', definition: 'Ayuda que no incluye diagnóstico ni terapia; complementa el trabajo de clínicos y administradores de casos en lugar de reemplazarlo.' },
              { term: 'Enfoque basado en las fortalezas', definition: 'Partir de lo que la persona ya hace bien y de los recursos con los que ya cuenta, y construir sobre eso.' },
              { term: 'Modelo de recuperación', definition: 'Mostrar con la propia vida que la recuperación es posible, lo que despierta esperanza en las personas a las que se acompaña.' },
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
            text: "SAMHSA lists what peer support workers do. They speak up for people in recovery. They share resources and build skills. They build community and relationships. They lead recovery groups, mentor people and set goals. The Peer Support Specialist page adds that peer specialists work with people one-on-one and in small groups. To make sense of all this, this course sorts what peer workers offer into four kinds of support. The four labels are a teaching tool of this course, not a finding of the sources. The examples under each come from the sources. In practice, one talk often mixes more than one kind.",
          },
          { type: 'heading', text: 'Emotional support' },
          {
            type: 'paragraph',
            text: "Emotional support is about being with someone. The Peer Support Specialist page says peer specialists offer a sounding board and a shoulder to lean on. Peer support brings acceptance, understanding and validation. Research gathered by SAMHSA links it with more empathy, acceptance and camaraderie, and with more hope and inspiration. At a time when many feel alienated and hopeless, a peer who understands can offer an important connection.",
          },
          { type: 'heading', text: 'Informational support' },
          {
            type: 'paragraph',
            text: "Informational support means sharing knowledge and skills. Peer workers offer self-help education and teach skills. They use recovery tools to help people work through challenges. They help people build their own wellness plans. The Peer Support Specialist page notes that peer specialists add education and help finding one's way through systems to the treatment people get. Peer workers also share what they learned firsthand: what it was really like to face the same thing, and what made a difference.",
          },
          { type: 'heading', text: 'Instrumental or concrete support' },
          {
            type: 'paragraph',
            text: "Concrete support helps people get practical things done. A peer support web page whose publisher is not given says peer support links newcomers to resources. Examples are health care, education, job services and parenting support, which improve quality of life. Peer specialists help people draw up service plans built on their recovery goals and the steps to reach them. They help people find the information and community support they need. Lesson 5 covers linking in more depth.",
          },
          { type: 'heading', text: 'Affiliational support' },
          {
            type: 'paragraph',
            text: "Affiliational support is about belonging to a community. Peer workers build relationships and community and lead recovery groups. They start and keep up groups where peers teach and help one another. That unsigned page also says structured peer support can help people make new friends and feel they belong. SAMHSA cites research that links peer support with more social support and better social functioning. **Recovery community organizations** are one place where this belonging can grow. The Peer Recovery Center of Excellence describes them as grassroots, independent nonprofits, started and led by the local recovery community.",
          },
          { type: 'heading', text: 'Roles that can grow' },
          {
            type: 'paragraph',
            text: "The peer role can also reach beyond direct support. SAMHSA mentions providing services or training and supervising other peer workers. It mentions creating resources, running programs or agencies, and teaching lawmakers and the public. Some peer workers also build extra skills to serve groups who share common experiences, such as family members.",
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
              { term: 'Instrumental (concrete) support', definition: 'Practical help toward a goal, such as linking a person to healthcare, education, vocational or parenting resources.' },
              { term: 'Affiliational support', definition: 'Helping a person connect with others and with a recovery community, building relationships and a sense of belonging.' },
              { term: 'Recovery community organization (RCO)', definition: 'A grassroots, independent nonprofit created and run by the local recovery community that makes recovery visible and easier to reach.' },
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
            text: 'SAMHSA enumera las actividades que realizan los trabajadores de apoyo entre pares: abogar por las personas en recuperación, compartir recursos y desarrollar habilidades, construir comunidad y relaciones, dirigir grupos de recuperación, y ser mentores y fijar metas. La página Peer Support Specialist agrega que los especialistas de pares trabajan con las personas tanto de manera individual como en grupos pequeños. Para ordenar esta variedad, este curso agrupa lo que ofrecen los trabajadores de pares en cuatro tipos de apoyo. Las cuatro etiquetas son una herramienta didáctica; los ejemplos de cada una provienen de los documentos fuente. En la práctica, una misma conversación a menudo combina más de un tipo.',
          },
          { type: 'heading', text: 'Apoyo emocional' },
          {
            type: 'paragraph',
            text: 'El apoyo emocional consiste en estar con la persona. La página Peer Support Specialist describe a los especialistas de pares como alguien que escucha y un hombro en el cual apoyarse. El apoyo entre pares brinda aceptación, comprensión y validación, y las investigaciones que reúne SAMHSA lo relacionan con más empatía, aceptación y camaradería, y con un mayor sentido de esperanza e inspiración. Cuando muchas personas se sienten aisladas y sin esperanza, un par que las entiende puede ofrecer una conexión muy valiosa.',
          },
          { type: 'heading', text: 'Apoyo informativo' },
          {
            type: 'paragraph',
            text: 'El apoyo informativo consiste en compartir conocimientos y habilidades. Los trabajadores de pares ofrecen educación para la autoayuda, enseñan habilidades, usan herramientas orientadas a la recuperación para ayudar a las personas a enfrentar sus retos y las ayudan a crear sus propios planes de bienestar autodirigidos. La página Peer Support Specialist señala que los especialistas de pares complementan el tratamiento existente con educación y con ayuda para moverse dentro de los sistemas. Los trabajadores de pares también transmiten información basada en la experiencia: cómo fue en realidad enfrentar una situación parecida y qué marcó la diferencia.',
          },
          { type: 'heading', text: 'Apoyo instrumental o práctico' },
          {
            type: 'paragraph',
            text: 'El apoyo práctico ayuda a las personas a resolver asuntos concretos. Una página web sobre apoyo entre pares cuyo editor no se indica describe el apoyo entre pares como una forma de conectar a quienes recién comienzan su recuperación con recursos de salud, educación, servicios vocacionales y apoyo para la crianza que mejoran su calidad de vida. Los especialistas de pares ayudan a elaborar planes de servicio individuales basados en metas de recuperación y en los pasos para alcanzarlas, y ayudan a reunir información y apoyo de la comunidad para hacer realidad esas metas. La lección 5 profundiza en cómo hacer estas conexiones.',
          },
          { type: 'heading', text: 'Apoyo de afiliación' },
          {
            type: 'paragraph',
            text: 'El apoyo de afiliación tiene que ver con la pertenencia y la conexión con una comunidad. Los trabajadores de pares construyen comunidad y relaciones, dirigen grupos de recuperación, y crean y sostienen grupos de autoayuda y grupos educativos entre pares. Esa misma página señala que el apoyo estructurado entre pares puede ayudar a hacer nuevas amistades y a desarrollar un sentido de responsabilidad y pertenencia, y SAMHSA cita investigaciones que lo relacionan con más apoyo social y un mejor funcionamiento social. Las **organizaciones comunitarias de recuperación**, que el Peer Recovery Center of Excellence describe como organizaciones sin fines de lucro, independientes y de base, fundadas y dirigidas por la comunidad local en recuperación, son un lugar donde este sentido de pertenencia puede echar raíces.',
          },
          { type: 'heading', text: 'Roles que pueden crecer' },
          {
            type: 'paragraph',
            text: 'El rol de pares también puede ir más allá del apoyo directo. SAMHSA menciona prestar servicios o dar capacitaciones, supervisar a otros trabajadores de pares, desarrollar recursos, dirigir programas o agencias, y educar al público y a quienes crean las políticas. Algunos trabajadores de pares también desarrollan competencias adicionales para atender a grupos específicos que comparten experiencias en común, como los familiares.',
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
              { term: 'Apoyo instrumental (práctico)', definition: 'Ayuda concreta para alcanzar una meta, como conectar a la persona con recursos de salud, educación, empleo o crianza.' },
              { term: 'Apoyo de afiliación', definition: 'Ayudar a la persona a conectarse con otras personas y con una comunidad de recuperación, construyendo relaciones y un sentido de pertenencia.' },
              { term: 'Organización comunitaria de recuperación (RCO)', definition: 'Una organización sin fines de lucro, independiente y de base, fundada y dirigida por la comunidad local en recuperación, que hace visible y accesible la recuperación.' },
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
            text: 'Peer support workers practice in a wide range of places. SAMHSA’s Value of Peers and a peer support web page whose publisher is not given name these settings:',
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
            text: "The Peer Support Specialist page adds hospitals and inpatient care, drop-in centers and respite services run by people who use services. It adds other community services and prisons, in public and private systems. It notes that peers serve in many roles, such as case management, wellness coaching and education. They also take an active part in clinical settings such as crisis services. Most peer specialists are paid staff, while some choose to volunteer.",
          },
          { type: 'heading', text: 'Examples from the field' },
          {
            type: 'paragraph',
            text: "**Police-assisted diversion.** The Peer Recovery Center of Excellence shows a Philadelphia partnership. The police department works with PRO-ACT, a community treatment and recovery group focused on substance use disorders. Together they bring peer recovery support to people in a pre-arrest diversion program. Here peer support is part of an alternative to jail. Research the Center sums up links peer recovery support to fewer criminal charges and less probation or parole.",
          },
          {
            type: 'paragraph',
            text: "**Child welfare.** Peer workers also serve families involved with child welfare. The Center recommends “Use of Peers and Recovery Specialists in Child Welfare.” The National Center on Substance Abuse and Child Welfare wrote it to give an overview of two models of peer support for families. Research the Center cites links peer support with shorter stays in out-of-home care and faster family reunification.",
          },
          {
            type: 'paragraph',
            text: "**Health care and housing.** The same research summary associates peer support with greater housing stability, more primary care visits, and fewer hospital and emergency department admissions.",
          },
          { type: 'heading', text: 'Outreach and engagement' },
          {
            type: 'paragraph',
            text: "Besides the kinds of support in Lesson 2, peer support workers do many kinds of outreach and engagement. SAMHSA explains that peer workers draw on shared understanding, respect and mutual empowerment. With these, they help people take part in recovery and keep at it, and lower the chance of a return to use. Peer support can carry treatment past the clinic walls and into the places where people live. Research the Center sums up links peer support with better access to treatment and more engagement in it. A peer support web page whose publisher is not given says it can help people stay in treatment and lower drop-outs.",
          },
          { type: 'heading', text: 'Support during a crisis' },
          {
            type: 'paragraph',
            text: "Some of these settings meet people at their hardest moments. Peer support workers work in hospital emergency departments. The Peer Support Specialist page names crisis services among the clinical settings where peers take an active part. It also says peer specialists can offer understanding at a time when many people feel alienated and hopeless. The unsigned peer support page lists a benefit of structured peer support: it helps people stay sober “during periods of stress or crisis.”",
          },
          {
            type: 'paragraph',
            text: "In a crisis, the peer worker offers the same non-clinical, strengths-based support, with extra care. They stay calm and present. They listen. They share hope that people can and do recover. They help the person reach the right help. The peer worker does this with the clinical team, not in its place. The role adds to the work of therapists and the rest of the team. Many organizations find it helps to agree ahead of time, in writing, what a peer worker does when someone may be in danger, and whom they call. Ask your supervisor for your crisis procedure before you need it.",
          },
          {
            type: 'paragraph',
            text: "Each setting shapes the work in its own way: the pace, the team, the rules of the host. The heart of the role stays the same. It is non-clinical, strengths-based support from someone with shared experience, guided by the person's own goals.",
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
              { term: 'Police-assisted diversion', definition: 'A partnership in which police work with a community organization so that people in a pre-arrest diversion program receive peer recovery support, as an alternative to incarceration.' },
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
            text: 'Los trabajadores de apoyo entre pares trabajan en lugares muy diversos. El documento Value of Peers de SAMHSA y una página web sobre apoyo entre pares cuyo editor no se indica mencionan estos entornos:',
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
            text: 'La página Peer Support Specialist agrega la atención hospitalaria con internación, los servicios comunitarios, los servicios de respiro dirigidos por usuarios, los hospitales, los centros de acogida sin cita y las prisiones, tanto en el sector público como en el privado. También señala que los pares cumplen muchos roles, como la administración de casos, el coaching de bienestar y la educación, y participan activamente en entornos clínicos como los servicios de crisis. La mayoría de los especialistas de pares son empleados remunerados, y algunos eligen trabajar como voluntarios.',
          },
          { type: 'heading', text: 'Ejemplos del trabajo en la práctica' },
          {
            type: 'paragraph',
            text: '**Programas de desvío con participación policial.** El Peer Recovery Center of Excellence presenta una colaboración en Filadelfia en la que el departamento de policía trabaja con PRO-ACT, una organización comunitaria de tratamiento y recuperación enfocada en los trastornos por consumo de sustancias, para ofrecer servicios de apoyo a la recuperación entre pares a quienes participan en un programa de desvío antes del arresto. Es un ejemplo del apoyo entre pares como parte de una alternativa al encarcelamiento. Las investigaciones que resume el Centro vinculan el apoyo a la recuperación entre pares con menos cargos penales y menos casos de libertad condicional o bajo palabra.',
          },
          {
            type: 'paragraph',
            text: '**Bienestar infantil.** Los trabajadores de pares también acompañan a familias que tienen contacto con el sistema de bienestar infantil, y el Centro recomienda “Use of Peers and Recovery Specialists in Child Welfare”, un informe del National Center on Substance Abuse and Child Welfare (Centro Nacional sobre Abuso de Sustancias y Bienestar Infantil) que presenta dos modelos de apoyo entre pares para familias. Las investigaciones que cita relacionan el apoyo entre pares con estancias más cortas en cuidado fuera del hogar y una reunificación familiar más rápida.',
          },
          {
            type: 'paragraph',
            text: '**Salud y vivienda.** El mismo resumen de investigaciones asocia el apoyo entre pares con una vivienda más estable, más visitas de atención primaria y menos ingresos al hospital y a la sala de emergencias.',
          },
          { type: 'heading', text: 'Acercamiento y participación' },
          {
            type: 'paragraph',
            text: 'Además de los tipos de apoyo que vimos en la lección 2, los trabajadores de apoyo entre pares realizan diversas actividades de acercamiento y participación. SAMHSA explica que, mediante la comprensión compartida, el respeto y el empoderamiento mutuo, los trabajadores de pares ayudan a las personas a involucrarse en el proceso de recuperación y a mantenerse involucradas, lo que reduce la probabilidad de un regreso al consumo. El apoyo entre pares puede llevar el alcance del tratamiento más allá de las paredes de la clínica, hasta los lugares cotidianos donde vive la gente. Las investigaciones que resume el Centro lo vinculan con un mejor acceso al tratamiento y una mayor participación en él, y una página web sobre apoyo entre pares cuyo editor no se indica señala que puede ayudar a que las personas permanezcan en tratamiento y a reducir los abandonos.',
          },
          { type: 'heading', text: 'Apoyo durante una crisis' },
          {
            type: 'paragraph',
            text: 'Algunos de estos entornos encuentran a las personas en sus momentos más difíciles. Los trabajadores de apoyo entre pares trabajan en salas de emergencia de hospitales, y la página Peer Support Specialist menciona los servicios de crisis entre los entornos clínicos donde los pares participan activamente. También señala que los especialistas de pares pueden ofrecer comprensión en un momento en que muchas personas se sienten aisladas y sin esperanza. La página sobre apoyo entre pares sin editor identificado incluye, entre los beneficios del apoyo estructurado entre pares, sostener la recuperación “en períodos de estrés o crisis”.',
          },
          {
            type: 'paragraph',
            text: 'En una crisis, el aporte del trabajador de pares es el mismo apoyo no clínico y basado en las fortalezas, ofrecido con más cuidado: mantener la calma y estar presente, escuchar, compartir la esperanza de que las personas pueden recuperarse y se recuperan, y ayudar a la persona a llegar a la ayuda adecuada. El trabajador de pares lo hace junto al equipo clínico, no en su lugar; su función complementa la de los terapeutas y demás miembros del equipo. A muchas organizaciones les resulta útil acordar de antemano, por escrito, qué hace un trabajador de pares cuando alguien puede estar en peligro y a quién llama. Pide a tu supervisor el procedimiento de crisis de tu organización antes de necesitarlo.',
          },
          {
            type: 'paragraph',
            text: 'Cada entorno le da al trabajo su propio carácter: el ritmo, el equipo, las normas de la organización anfitriona. Lo que no cambia es el corazón del rol: un apoyo no clínico y basado en las fortalezas, que ofrece alguien con experiencia compartida y que se guía por las metas de la propia persona.',
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
              { term: 'Desvío con participación policial', definition: 'Una colaboración en la que la policía trabaja con una organización comunitaria para que las personas en un programa de desvío antes del arresto reciban apoyo a la recuperación entre pares, como alternativa al encarcelamiento.' },
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
            text: "The Peer Recovery Center of Excellence calls lived experience in recovery the key tool peer support specialists use to do their job, whatever the setting. States certify peer workers in different ways depending on whether that experience comes from substance use recovery, mental health recovery or both. Where a state offers one integrated certification, the kind of lived experience a particular job calls for depends on the job itself, the setting and the needs of the people served. Whatever its kind, a tool works best when it is used with skill and intention.",
          },
          { type: 'heading', text: 'Why sharing helps' },
          {
            type: 'paragraph',
            text: "Peer support rests on **mutuality**, often called peerness: the bond between two people who share similar experiences. SAMHSA explains that this mutuality builds connection and inspires hope, and that the sense of mutuality created by thoughtful sharing of experience plays an important part in modeling recovery and offering hope. Peer workers offer vital experiential information and real examples of what recovery can do. Their stories and practical guidance help people set their own goals, work out their own ways of taking charge, and move step by step toward lives they choose for themselves.",
          },
          {
            type: 'paragraph',
            text: "People who have received peer support describe this in their own words. In SAMHSA's Value of Peers materials, one person says that watching others recover gave them hope that they could recover as well, and another says that peer support let them feel normal. Sharing is powerful because it makes recovery visible.",
          },
          { type: 'heading', text: 'Sharing with purpose' },
          {
            type: 'paragraph',
            text: "The word thoughtful matters. Sharing with purpose is not the same as telling your whole story. It means choosing what to share because it may help the other person's recovery, not to meet your own need to be heard. Before you share, try asking yourself:",
          },
          {
            type: 'list',
            ordered: true,
            items: [
              '**Whose needs does this serve?** Share when it is likely to help the person in front of you, for example by offering hope or a practical idea.',
              '**What is the point?** Choose the part of your experience that connects with what the person is facing, and keep it brief.',
              '**Does it leave room for their path?** Your way of recovering is one example, not a rule. Peer workers support people to find and follow their own paths without judgment or expectation.',
              '**Can I hand the focus back?** Finish by returning attention to the person, for instance by asking what they take from it or what might work for them.',
            ],
          },
          {
            type: 'paragraph',
            text: "Purposeful sharing also helps dispel myths about mental health conditions and substance use disorders. When a peer worker speaks openly and calmly about recovery, both colleagues and the people served can see that recovery is real and that people can and do recover.",
          },
          {
            type: 'paragraph',
            text: "You decide which parts of your story to bring to work, and it is fine to keep some parts private. SAMHSA describes the shared experience of recovery, or of being a family member, as the foundation of the peer recovery support relationship. That foundation does not require you to share everything. Your supervisor can help you think through sharing in a new setting or with a new group.",
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
              { term: 'Lived experience', definition: 'Personal experience of recovery from a mental health condition, a substance use disorder, or both; the key tool peer support specialists use in their work.' },
              { term: 'Mutuality (peerness)', definition: 'The bond between a peer worker and someone who is in recovery or looking for it, grounded in shared experience, that builds connection and hope.' },
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
            text: 'El Peer Recovery Center of Excellence llama a la experiencia vivida de recuperación la herramienta clave que usan los especialistas de apoyo entre pares para hacer su trabajo, sea cual sea el entorno. Los estados certifican a los trabajadores de pares de maneras distintas según si esa experiencia proviene de la recuperación del consumo de sustancias, de la recuperación en salud mental o de ambas. Donde el estado ofrece una sola certificación integrada, el tipo de experiencia vivida que requiere un puesto depende del puesto mismo, del entorno y de las necesidades de las personas atendidas. Sea del tipo que sea, una herramienta rinde más cuando se usa con destreza e intención.',
          },
          { type: 'heading', text: 'Por qué compartir ayuda' },
          {
            type: 'paragraph',
            text: 'El apoyo entre pares se basa en la **reciprocidad**, también llamada “peerness”, el sentido de ser pares: el vínculo entre dos personas que han vivido experiencias parecidas. SAMHSA explica que esta reciprocidad crea conexión y despierta esperanza, y que el sentido de reciprocidad que surge al compartir la experiencia con cuidado tiene un papel importante para modelar la recuperación y ofrecer esperanza. Los trabajadores de pares aportan información vital basada en la experiencia y ejemplos reales de lo que la recuperación hace posible. Al compartir su experiencia y orientación práctica, ayudan a las personas a fijar sus propias metas, a idear estrategias para empoderarse y a dar pasos concretos hacia una vida decidida por ellas mismas.',
          },
          {
            type: 'paragraph',
            text: 'Quienes han recibido apoyo entre pares lo cuentan con sus propias palabras. En los materiales Value of Peers de SAMHSA, una persona dice que ver a otros recuperarse le dio esperanza de que ella también podría lograrlo, y otra dice que el apoyo entre pares la hizo sentirse normal. Compartir tiene fuerza porque hace visible la recuperación.',
          },
          { type: 'heading', text: 'Compartir con un propósito' },
          {
            type: 'paragraph',
            text: 'La palabra cuidado es importante. Compartir con un propósito no es lo mismo que contar toda tu historia. Significa elegir qué compartir porque puede ayudar a la recuperación de la otra persona, no para satisfacer tu propia necesidad de ser escuchado. Antes de compartir, pregúntate:',
          },
          {
            type: 'list',
            ordered: true,
            items: [
              '**¿A qué necesidades responde esto?** Comparte cuando sea probable que ayude a la persona que tienes delante, por ejemplo, porque le ofrece esperanza o una idea práctica.',
              '**¿Cuál es el punto?** Elige la parte de tu experiencia que se relaciona con lo que la persona está viviendo, y sé breve.',
              '**¿Deja espacio para su propio camino?** Su forma de recuperarse es un ejemplo, no una regla. Los trabajadores de pares apoyan a las personas para que encuentren y sigan su propio camino, sin juicios ni expectativas.',
              '**¿Puedo devolverle el protagonismo?** Termina volviendo la atención a la persona, por ejemplo, preguntándole qué se lleva de lo que escuchó o qué le podría funcionar a ella.',
            ],
          },
          {
            type: 'paragraph',
            text: 'Compartir con un propósito también ayuda a desmentir mitos sobre las condiciones de salud mental y los trastornos por consumo de sustancias. Cuando un trabajador de pares habla con apertura y calma sobre la recuperación, tanto los colegas como las personas atendidas pueden ver que la recuperación es real y que la gente sí se recupera.',
          },
          {
            type: 'paragraph',
            text: 'Tú decides qué partes de tu historia llevas al trabajo, y está bien guardar algunas en privado. SAMHSA describe la experiencia compartida de estar en recuperación, o de ser familiar de alguien en recuperación, como la base de la relación de apoyo entre pares. Esa base no te exige contarlo todo. Tu supervisor puede ayudarte a pensar cómo compartir en un entorno nuevo o con un grupo nuevo.',
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
              { term: 'Experiencia vivida', definition: 'La experiencia personal de recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos; la herramienta clave que usan los especialistas de apoyo entre pares.' },
              { term: 'Reciprocidad (el sentido de ser pares, “peerness”)', definition: 'El vínculo entre un trabajador de pares y una persona en recuperación o que busca recuperarse, basado en la experiencia compartida, que crea conexión y esperanza.' },
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
            text: "Recovery is lived in everyday life, not only in treatment. The Peer Recovery Center of Excellence defines **recovery capital** as the breadth and depth of inner and outer resources a person can draw on. These help a person begin recovery and keep it going. Inner resources include hope and confidence. Outer ones include the supports named below. Peer workers help people build both.",
          },
          {
            type: 'paragraph',
            text: "A peer support web page whose publisher is not given says peer support links people who are new to recovery with resources. These include health care, education, job and parenting help. They improve quality of life and help people succeed. SAMHSA counts sharing resources, and linking people to tools and resources, among the main tasks of peer workers. The Peer Support Specialist page says peer specialists help people get information and support from their community to make their goals real. They also help people find their way through systems.",
          },
          {
            type: 'paragraph',
            text: "The Center describes a **recovery-oriented system of care** as a range of personal supports. They work together to foster healthy growth and a meaningful life. Peer workers help people find their way through that range.",
          },
          { type: 'heading', text: 'Linking the peer way' },
          {
            type: 'paragraph',
            text: 'Linking is more than handing over a phone number. True to the peer role, it follows the person\'s own goals and choices:',
          },
          {
            type: 'list',
            items: [
              '**Start with goals.** Help the person name their goals, hopes and dreams. Then look for resources that fit. Peer specialists help people make service plans and their own wellness plans.',
              '**Offer options, respect choices.** Share what you know about the options and let the person decide. Peer specialists grow people\'s ability to make informed, independent choices. They support people\'s own decisions.',
              '**Build on strengths.** Notice the resources the person already has, such as relationships, skills and past successes, and build from there.',
              '**Share what you learned.** What you know firsthand about how systems work can make a new service feel less scary.',
              '**Work with the team.** Peer workers add to the treatment people already get and complement the rest of the team. So work with co-workers, not around them.',
            ],
          },
          { type: 'heading', text: 'What the research shows' },
          {
            type: 'paragraph',
            text: "Research summed up in the sources links peer support with better access to treatment and more engagement in it. It links peer support with more stable housing, more primary care visits, and fewer hospital and emergency department admissions. The Peer Support Specialist page notes that peer support has been shown to increase social support and community life. The unsigned peer support page reports that structured peer support can help people feel more able and more hopeful about the future. The sources do not say which part of peer support brings each result. Linking is one part of the work they describe.",
          },
          {
            type: 'paragraph',
            text: "Linking also goes on over time. Peer workers walk with people on their recovery journeys. So a link made today can be checked tomorrow. Did the appointment happen? Did the group feel welcoming? Does the plan still fit? Checking back respects the person's choices and keeps the roadmap theirs.",
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
              { term: 'Recovery capital', definition: 'The range and depth of internal and external resources a person can call on to start recovery and keep it going.' },
              { term: 'Recovery-oriented system of care', definition: 'A range of personalized supports that work together to foster healthy growth and a meaningful life.' },
              { term: 'System navigation', definition: 'Helping a person find their way through health, social and community services to reach the supports they choose.' },
              { term: 'Self-directed wellness plan', definition: 'A wellness plan that the person builds and leads, with support from a peer specialist.' },
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
            text: 'La recuperación se vive en el día a día, no solo en el tratamiento. El Peer Recovery Center of Excellence define el **capital de recuperación** como la amplitud y la profundidad de los recursos internos y externos con los que una persona puede contar para iniciar y sostener su recuperación. Los recursos internos incluyen, por ejemplo, la esperanza y la confianza en uno mismo; los externos incluyen apoyos como los que se mencionan más abajo. Los trabajadores de pares ayudan a fortalecer ambos.',
          },
          {
            type: 'paragraph',
            text: 'Una página web sobre apoyo entre pares cuyo editor no se indica describe el apoyo entre pares como una ayuda para conectar a quienes recién comienzan su recuperación con recursos de salud, educación, servicios vocacionales y apoyo para la crianza que mejoran la calidad de vida y favorecen el éxito. SAMHSA cuenta el compartir recursos, y conectar a las personas con herramientas y recursos, entre las tareas centrales de los trabajadores de pares. La página Peer Support Specialist describe a los especialistas de pares como personas que ayudan a obtener información y apoyo de la comunidad para hacer realidad las metas, y que ayudan a orientarse dentro de los sistemas.',
          },
          {
            type: 'paragraph',
            text: 'El Centro describe un **sistema de atención orientado a la recuperación** como un conjunto de apoyos personalizados que funcionan en conjunto para favorecer un crecimiento saludable y una vida con sentido. Los trabajadores de pares ayudan a las personas a orientarse dentro de ese conjunto.',
          },
          { type: 'heading', text: 'Conectar al estilo de los pares' },
          {
            type: 'paragraph',
            text: 'Conectar es mucho más que entregar un número de teléfono. Fiel al rol de pares, sigue las metas y las decisiones de la propia persona:',
          },
          {
            type: 'list',
            items: [
              '**Empieza por las metas.** Ayuda a la persona a nombrar sus metas, esperanzas y sueños, y luego busquen juntos recursos que encajen. Los especialistas de pares ayudan a crear planes de servicio individuales y planes de bienestar autodirigidos.',
              '**Ofrece opciones y respeta las decisiones.** Comparte lo que sabes de cada opción y deja que la persona decida. Los especialistas de pares fortalecen la capacidad de tomar decisiones informadas e independientes y apoyan la toma de decisiones.',
              '**Construye sobre las fortalezas.** Fíjate en los recursos que la persona ya tiene, como sus relaciones, habilidades y logros anteriores, y parte de ahí.',
              '**Comparte lo que aprendiste.** Tu conocimiento, basado en la experiencia, de cómo funcionan los sistemas puede hacer que un servicio desconocido intimide menos.',
              '**Trabaja con el equipo.** Los trabajadores de pares complementan el tratamiento existente y el trabajo de los demás integrantes del equipo, así que coordina con tus colegas en lugar de actuar por separado.',
            ],
          },
          { type: 'heading', text: 'Lo que muestran las investigaciones' },
          {
            type: 'paragraph',
            text: 'Las investigaciones resumidas en los documentos fuente asocian el apoyo entre pares con un mayor acceso al tratamiento y una mayor participación en él, una vivienda más estable, más visitas de atención primaria y menos ingresos al hospital y a la sala de emergencias. La página Peer Support Specialist señala que se ha demostrado que los servicios de apoyo entre pares aumentan el apoyo social y la participación en la comunidad, y la página sin editor identificado indica que el apoyo estructurado entre pares puede aumentar la sensación de autoeficacia y el optimismo sobre el futuro. Conectar a las personas con los recursos que eligen es una de las maneras en que los trabajadores de pares contribuyen a estos resultados.',
          },
          {
            type: 'paragraph',
            text: 'Conectar también es un proceso que continúa. Los trabajadores de pares acompañan a las personas a lo largo de su camino de recuperación, así que una conexión hecha hoy puede retomarse mañana: ¿se dio la cita?, ¿el grupo fue acogedor?, ¿el plan todavía le sirve? Volver a preguntar respeta las decisiones de la persona y mantiene la ruta en sus manos.',
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
              { term: 'Capital de recuperación', definition: 'La amplitud y la profundidad de los recursos internos y externos con los que una persona puede contar para iniciar y sostener su recuperación.' },
              { term: 'Sistema de atención orientado a la recuperación', definition: 'Un conjunto de apoyos personalizados que funcionan en conjunto para favorecer un crecimiento saludable y una vida con sentido.' },
              { term: 'Orientación en los sistemas', definition: 'Ayudar a una persona a moverse entre los servicios de salud, sociales y comunitarios para llegar a los apoyos que elige.' },
              { term: 'Plan de bienestar autodirigido', definition: 'Un plan de bienestar que la propia persona elabora y dirige, con el apoyo de un especialista de pares.' },
            ],
          },
        ],
      },
    },
  ],
}
