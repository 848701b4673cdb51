import type { ModuleContent } from './types'

import { SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_PRCOE, SRC_SAMHSA_PEER_WORKERS, SRC_VALUE_OF_PEERS } from './sources'

/**
 * Module 2 of the PeerPath curriculum, following module 2 of the Philadelphia
 * DBHIDS Peer Support Toolkit: Recruiting and Hiring Peer Staff: What’s Different?
 * Facts come from the seed documents listed in each lesson's `sources`.
 */

export const module2: ModuleContent = {
  slug: 'recruiting-and-hiring',
  order: 2,
  area: 'recruiting-and-hiring',
  estimatedMinutes: 49,
  competencies: ['C3-LIVED-EXPERIENCE', 'C10-COLLABORATION', 'C11-LEADERSHIP-ADVOCACY', 'C12-GROWTH'],
  en: {
    title: 'Recruiting and Hiring Peer Staff: What’s Different?',
    summary:
      'A module for managers and HR staff: why lived experience is the key qualification for peer roles, which titles peer workers go by, how peer certification varies from state to state, how to write a peer job description, and how to recruit and interview in a fair, recovery-friendly way.',
  },
  es: {
    title: 'Reclutamiento y contratación de personal de pares: ¿qué cambia?',
    summary:
      'Un módulo para gerentes y personal de recursos humanos: por qué la experiencia vivida es el requisito clave de los puestos de pares, qué títulos reciben los trabajadores de pares, cómo varía la certificación de un estado a otro, cómo redactar la descripción de un puesto de pares y cómo reclutar y entrevistar de manera justa y respetuosa de la recuperación.',
  },
  lessons: [
    // ───────────────────────────── Lesson 1 ─────────────────────────────
    {
      slug: 'lived-experience-as-qualification',
      order: 1,
      estimatedMinutes: 8,
      competencies: ['C3-LIVED-EXPERIENCE', 'C11-LEADERSHIP-ADVOCACY'],
      sources: [SRC_PRCOE, SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Lived Experience: The Qualification at the Heart of the Role',
        summary:
          'Why lived experience of recovery is the central qualification for peer staff, what “experientially credentialed” means, and how this changes the way managers and HR look at a candidate’s history.',
        body: [
          { type: 'heading', text: 'What makes peer hiring different' },
          {
            type: 'paragraph',
            text: 'Hiring in a behavioral health organization often starts with degrees, licenses and years of clinical work. Hiring peer staff starts somewhere else. A peer support worker has lived through recovery from a mental health condition, a substance use disorder, or both. They use that experience to help others who face the same kind of struggle. A usual screening process might see this history as a gap in a résumé, or as something to keep quiet. For this role, it is the core of what the candidate brings.',
          },
          {
            type: 'paragraph',
            text: 'The Peer Recovery Center of Excellence (PR CoE) is a peer-led national center funded by the Substance Abuse and Mental Health Services Administration (SAMHSA). It is clear on this point. Lived experience in recovery is the key tool peer support specialists use in their work, in every kind of setting. So managers and HR staff should not ask whether a candidate’s history can be overlooked. They should ask how that recovery prepares the person to help others.',
          },
          { type: 'heading', text: 'Experientially credentialed' },
          {
            type: 'paragraph',
            text: 'Two sources describe peer workers as **experientially credentialed** by their own recovery journey. One is from SAMHSA’s Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS). The other is a peer support web page that does not say who wrote it. The phrase comes from Davidson and colleagues (1999). The credential is the journey itself. It works alongside formal training and does not replace it. The Peer Support Specialist page says peer supporters pair their experience with skills often learned in training. Add what they know about how systems work, and they are in a unique position to offer support. As that page puts it, peer supporters are more than people who have been there.',
          },
          {
            type: 'paragraph',
            text: 'The sources also describe peer support as non-clinical and strengths-based. Peer workers are not junior clinicians. Their value does not rest on clinical knowledge. It comes from shared experience. A peer worker can show, in a personal and believable way, that recovery is possible.',
          },
          { type: 'heading', text: 'Why shared experience matters to the people served' },
          {
            type: 'paragraph',
            text: 'The sources name a mutuality between the peer worker and the person in or seeking recovery. It is often called **peerness**. This mutuality builds connection and inspires hope. Mead and McNeil (2006) noted that peer support offers a kind of acceptance, understanding and validation missing from many other professional relationships. When peer workers share their story with thought, they model recovery and offer hope (Davidson, Bellamy, Guy and Miller, 2012). Research gathered by SAMHSA links peer support with more self-esteem and confidence, more hope and inspiration, and fewer hospital admissions.',
          },
          {
            type: 'paragraph',
            text: 'SAMHSA adds that in behavioral health, the peer bond rests on a shared experience. It may be recovery from a mental health or substance use condition, or both. It may be life as a family member of someone in that situation. Some peer roles are built around family experience. Peer workers may build extra skills to serve groups such as family members.',
          },
          { type: 'heading', text: 'What this means for your hiring process' },
          {
            type: 'list',
            items: [
              '**Name lived experience as a requirement**, not as something the organization is willing to tolerate. Put it in the posting and in the screening criteria.',
              '**Decide which lived experience the role needs** (mental health recovery, substance use recovery, both, or family experience), based on the job, the setting and the people you serve.',
              '**Look for experience and skill together.** A strong candidate has a recovery story and the training, or the willingness to train, to use it with purpose for someone else’s benefit.',
              '**Prepare before you recruit.** The PR CoE advises organizations to be clear about what they expect from peer workers, and to have a plan for supervision and retention, before recruitment begins.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Look at your own process',
            text: 'Walk through the screening steps your organization uses for any new hire. Which of them might screen out a person because of the very experience that fits them for a peer role? What would have to change for lived experience to count as a credential?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Lived experience', definition: 'First-hand experience of recovery from a mental health condition, a substance use disorder or both, or, for some roles, experience as a family member.' },
              { term: 'Experientially credentialed', definition: 'Qualified for the peer role by one’s own recovery journey (Davidson et al., 1999), usually together with formal training.' },
              { term: 'Peerness', definition: 'The mutuality between a peer worker and a person in or seeking recovery that builds connection and inspires hope.' },
              { term: 'Strengths-based support', definition: 'Support that starts from a person’s abilities, resources and hopes rather than their deficits.' },
            ],
          },
        ],
      },
      es: {
        title: 'La experiencia vivida: el requisito que está en el centro del puesto',
        summary:
          'Por qué la experiencia vivida de recuperación es el requisito central para el personal de pares, qué significa estar “acreditado por la experiencia” y cómo cambia esto la manera en que gerentes y recursos humanos ven la historia de un candidato.',
        body: [
          { type: 'heading', text: 'Qué hace diferente la contratación de pares' },
          {
            type: 'paragraph',
            text: 'En una organización de salud conductual, las contrataciones suelen partir de títulos universitarios, licencias y años de práctica clínica. Contratar personal de pares parte de otro lugar. Un trabajador de apoyo entre pares es alguien que ha vivido la recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos, y que usa esa experiencia para apoyar a otras personas que enfrentan retos parecidos. Esa misma historia, que un proceso de selección tradicional podría ver como un hueco en el currículum o como algo que conviene callar, es en este puesto lo esencial de lo que el candidato ofrece.',
          },
          {
            type: 'paragraph',
            text: 'El Peer Recovery Center of Excellence (PR CoE), un centro nacional dirigido por pares y financiado por la Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA, por sus siglas en inglés), lo dice sin rodeos: la experiencia vivida de recuperación es la herramienta clave con la que trabajan los especialistas de apoyo entre pares, en cualquier tipo de servicio. Por eso, para gerentes y personal de recursos humanos, la primera pregunta sobre un candidato no es si se puede pasar por alto su historia, sino cómo su experiencia de recuperación lo prepara para ayudar a otros.',
          },
          { type: 'heading', text: 'Acreditado por la experiencia' },
          {
            type: 'paragraph',
            text: 'Los materiales de Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS), de SAMHSA, y una página web sobre apoyo entre pares cuyo editor no se indica describen a los trabajadores de pares como **acreditados por la experiencia** (“experientially credentialed”) gracias a su propio camino de recuperación, una expresión que viene de Davidson y sus colegas (1999). La credencial es ese camino. No reemplaza la preparación formal, sino que la acompaña: la página Peer Support Specialist señala que quienes brindan apoyo entre pares combinan su experiencia con habilidades que a menudo adquieren en una capacitación formal, y que esa combinación, junto con lo que saben sobre cómo funcionan los sistemas, les da una posición única para apoyar. Según esa página, son mucho más que personas que “ya pasaron por eso”.',
          },
          {
            type: 'paragraph',
            text: 'Las fuentes también describen el apoyo entre pares como no clínico y basado en las fortalezas. Los trabajadores de pares no son clínicos principiantes, y su valor no depende del conocimiento clínico. Nace de la experiencia compartida, que les permite mostrar de forma creíble y personal que la recuperación es posible.',
          },
          { type: 'heading', text: 'Por qué importa la experiencia compartida para las personas atendidas' },
          {
            type: 'paragraph',
            text: 'Las fuentes hablan de una reciprocidad entre el trabajador de pares y la persona que está en recuperación o que la busca, a menudo llamada **“peerness”** o el sentido de ser pares. Esa reciprocidad crea conexión e inspira esperanza. Mead y McNeil (2006) observaron que el apoyo entre pares ofrece una aceptación, una comprensión y una validación que faltan en muchas otras relaciones profesionales. Cuando los trabajadores de pares comparten su experiencia con cuidado, muestran con el ejemplo cómo es la recuperación y dan esperanza (Davidson, Bellamy, Guy y Miller, 2012). Las investigaciones que reúne SAMHSA relacionan el apoyo entre pares con beneficios como mayor autoestima y confianza, un mayor sentido de esperanza e inspiración y menos ingresos hospitalarios.',
          },
          {
            type: 'paragraph',
            text: 'SAMHSA agrega que la base de la relación entre pares en la salud conductual es una experiencia compartida: estar en recuperación de una condición de salud mental o de consumo de sustancias, o ser familiar de alguien que lo está. Algunos puestos de pares se basan en esa experiencia familiar, y los trabajadores de pares pueden desarrollar competencias adicionales para atender a grupos como los familiares.',
          },
          { type: 'heading', text: 'Qué significa esto para tu proceso de contratación' },
          {
            type: 'list',
            items: [
              '**Presenta la experiencia vivida como un requisito**, no como algo que la organización está dispuesta a tolerar. Inclúyela en el anuncio y en los criterios de selección.',
              '**Define qué experiencia vivida necesita el puesto** (recuperación en salud mental, en consumo de sustancias, ambas, o experiencia como familiar), según el trabajo, el entorno y las personas que atiendes.',
              '**Busca experiencia y habilidad a la vez.** Un buen candidato tiene una historia de recuperación y la capacitación, o la disposición a capacitarse, para usarla con un propósito y en beneficio de otra persona.',
              '**Prepárate antes de reclutar.** El PR CoE recomienda que la organización tenga claro qué espera de los trabajadores de pares, y cuente con un plan de supervisión y retención, antes de iniciar el reclutamiento.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Revisa tu propio proceso',
            text: 'Repasa los pasos de selección que tu organización usa con cualquier persona nueva. ¿Cuáles podrían dejar fuera a alguien justamente por la experiencia que lo califica para un puesto de pares? ¿Qué tendría que cambiar para que la experiencia vivida se trate como una credencial?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Experiencia vivida', definition: 'La experiencia personal y directa de recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos; en algunos puestos, la experiencia como familiar.' },
              { term: 'Acreditado por la experiencia', definition: 'Calificado para el puesto de pares por su propio camino de recuperación (Davidson et al., 1999), por lo general junto con una capacitación formal.' },
              { term: 'Sentido de ser pares (peerness)', definition: 'La reciprocidad entre un trabajador de pares y una persona en recuperación o que la busca, que crea conexión e inspira esperanza.' },
              { term: 'Apoyo basado en las fortalezas', definition: 'Un apoyo que parte de las capacidades, los recursos y las esperanzas de la persona, no de sus carencias.' },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 2 ─────────────────────────────
    {
      slug: 'peer-titles-and-roles',
      order: 2,
      estimatedMinutes: 8,
      competencies: ['C10-COLLABORATION', 'C11-LEADERSHIP-ADVOCACY'],
      sources: [SRC_PRCOE, SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Peer Titles and Roles: Knowing What You Are Hiring For',
        summary:
          'The many job titles used for peer staff, the activities peer workers carry out, the settings where they practice, and how the peer role sits alongside clinical roles on a team.',
        body: [
          { type: 'heading', text: 'One role, many names' },
          {
            type: 'paragraph',
            text: 'Before you write a job posting, find out what the role is called in your field and your state. Peer workers have different titles in different places. SAMHSA, the PR CoE and a peer support web page whose publisher is not given all list the same common titles: **peer specialists, peer recovery coaches, peer advocates and peer recovery support specialists**. The Peer Support Specialist page adds peer support specialists and certified recovery support specialists. In the Department of Veterans Affairs, the title is peer support technician. The unsigned peer support page calls trained and certified volunteers and paid staff Certified Peer Support Workers, or **CPSWs**.',
          },
          {
            type: 'paragraph',
            text: 'Behind the different names, the Peer Support Specialist page sees one shared goal: helping peers by building on their strengths. Choose a title that fits your setting. Where it applies, match the certification your state recognizes (the next lesson covers certification). Many organizations find it helps to use the same title in postings, charts and staff messages. Then candidates can find you, and co-workers know what the role is.',
          },
          { type: 'heading', text: 'What peer workers do' },
          {
            type: 'paragraph',
            text: 'SAMHSA describes a core set of peer support activities:',
          },
          {
            type: 'list',
            items: [
              'Advocating for people in recovery',
              'Sharing resources and building skills',
              'Building community and relationships',
              'Leading recovery groups',
              'Mentoring and setting goals',
            ],
          },
          {
            type: 'paragraph',
            text: 'The Peer Support Specialist page says peer specialists work with people one-on-one and in small groups. They help people build service plans around their own recovery goals. They use recovery tools to help with challenges. They help people make their own wellness plans and back them up in their choices. They start and run self-help and education groups. Peer workers also reach out to people and help them engage. In all of this, they inspire hope that people can and do recover. They walk with people on their journeys, challenge myths about mental health conditions and substance use disorders, and link people to tools and resources.',
          },
          {
            type: 'paragraph',
            text: 'Peer roles can reach beyond direct support. SAMHSA notes that peer workers may provide services or training and supervise other peer workers. They may develop resources, run programs or agencies, and teach the public and lawmakers. With this range in mind, you can design peer jobs at more than one level, not just entry-level jobs.',
          },
          { type: 'heading', text: 'Where peer workers practice' },
          {
            type: 'paragraph',
            text: 'The sources list many settings. Peer workers serve in recovery homes, groups run by peers and recovery community centers. They serve in hospital emergency departments, drug courts and other parts of the justice system. They serve in child welfare agencies, shelters for people without a home, and behavioral health and primary care services. The Peer Support Specialist page adds inpatient care, community services, respite services run by people who use services, drop-in centers and prisons. Roles there include case management, wellness coaching, education and crisis services. Most peer specialists work as paid staff, while some choose to volunteer.',
          },
          { type: 'heading', text: 'How the role fits the team' },
          {
            type: 'paragraph',
            text: 'The peer role is meant to complement what therapists, case managers and the rest of the team do. It does not copy it or stand in for it. Peer workers can help break down walls of experience and understanding. They can ease the power dynamics that get in the way of working with the rest of the treatment team. Their task is to help people find and follow their own recovery paths, without judgment, expectations, rules or demands. Keep this in view when you hire. Otherwise a “peer” job can turn into a short-staffed clinical or office job with a peer title.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Which title fits?',
            text: 'List the titles your organization, your funders and your state use for peer staff. Do they match? Picture a candidate in recovery reading your posting. Would the title tell them at once that this is a peer role built on lived experience?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Peer specialist', definition: 'Someone with lived experience of recovery who has completed peer training and certification and helps peers build hope and move ahead in their own recovery.' },
              { term: 'Peer recovery coach', definition: 'One of the common titles for a peer support worker, used in many recovery settings.' },
              { term: 'CPSW', definition: 'Certified Peer Support Worker: the term used on a peer support web page (publisher not given) for trained and certified peer staff and volunteers.' },
              { term: 'Peer support technician', definition: 'The title the Department of Veterans Affairs uses for the peer specialists it employs.' },
              { term: 'Non-clinical role', definition: 'A role that supports recovery through shared experience and practical guidance rather than through diagnosis or therapy.' },
            ],
          },
        ],
      },
      es: {
        title: 'Títulos y funciones de los pares: saber para qué puesto contrata',
        summary:
          'Los distintos títulos que recibe el personal de pares, las actividades que realizan los trabajadores de pares, los entornos en los que trabajan y cómo se ubica el rol de pares junto a los roles clínicos del equipo.',
        body: [
          { type: 'heading', text: 'Un rol con muchos nombres' },
          {
            type: 'paragraph',
            text: 'Antes de redactar un anuncio, los gerentes necesitan saber cómo se llama el puesto en su campo y en su estado. Los trabajadores de pares reciben títulos distintos según dónde trabajan. SAMHSA, el PR CoE y una página web sobre apoyo entre pares cuyo editor no se indica mencionan como títulos comunes **especialistas de pares (peer specialists), coaches de recuperación entre pares (peer recovery coaches), defensores de pares (peer advocates) y especialistas en apoyo a la recuperación entre pares (peer recovery support specialists)**. La página Peer Support Specialist agrega especialistas de apoyo entre pares, especialistas certificados en apoyo a la recuperación y, en el Departamento de Asuntos de Veteranos (VA), técnicos de apoyo entre pares (peer support technicians). En esa página sin editor identificado, a los voluntarios y empleados que han sido capacitados y certificados se les llama Certified Peer Support Workers, o **CPSW**.',
          },
          {
            type: 'paragraph',
            text: 'Detrás de tantos nombres, la página Peer Support Specialist ve un compromiso común: ayudar a los pares desde una perspectiva centrada en sus fortalezas. Elige un título que se ajuste a tu entorno y, cuando corresponda, a la certificación reconocida en tu estado (la próxima lección trata la certificación). Usar el mismo título en los anuncios, los organigramas y la comunicación interna ayuda a que los candidatos lo encuentren y a que los colegas entiendan en qué consiste el puesto.',
          },
          { type: 'heading', text: 'Qué hacen los trabajadores de pares' },
          {
            type: 'paragraph',
            text: 'SAMHSA describe un conjunto básico de actividades de apoyo entre pares:',
          },
          {
            type: 'list',
            items: [
              'Abogar por las personas en recuperación',
              'Compartir recursos y desarrollar habilidades',
              'Construir comunidad y relaciones',
              'Dirigir grupos de recuperación',
              'Dar mentoría y fijar metas',
            ],
          },
          {
            type: 'paragraph',
            text: 'La página Peer Support Specialist describe a los especialistas de pares trabajando con las personas de forma individual y en grupos pequeños. Ayudan a armar planes de servicio a partir de las propias metas de recuperación de cada persona, usan herramientas orientadas a la recuperación para enfrentar dificultades, apoyan a las personas para que creen sus propios planes de bienestar, las respaldan en la toma de decisiones, y organizan y mantienen grupos educativos y de autoayuda. También hacen trabajo de alcance comunitario y de vinculación. En todo esto, inspiran la esperanza de que la gente sí se recupera, acompañan a las personas en su camino, desmienten mitos sobre las condiciones de salud mental y los trastornos por consumo de sustancias, y conectan a las personas con herramientas y recursos.',
          },
          {
            type: 'paragraph',
            text: 'Los roles de pares pueden ir más allá del apoyo directo. SAMHSA señala que los trabajadores de pares pueden prestar servicios o dar capacitación, supervisar a otros trabajadores de pares, desarrollar recursos, administrar programas o agencias, y educar al público y a quienes crean políticas. Conocer este abanico le ayuda a diseñar puestos de pares de distintos niveles, no solo puestos de entrada.',
          },
          { type: 'heading', text: 'Dónde trabajan los pares' },
          {
            type: 'paragraph',
            text: 'Las fuentes mencionan muchos entornos: organizaciones dirigidas por pares, centros comunitarios de recuperación, residencias de recuperación, tribunales de drogas y otros espacios de justicia penal, salas de emergencia de hospitales, agencias de bienestar infantil, albergues para personas sin hogar, y servicios de salud conductual y de atención primaria. La página Peer Support Specialist agrega la atención hospitalaria, los servicios comunitarios, los servicios de respiro dirigidos por pares, los centros de acogida sin cita y las prisiones, con funciones en administración de casos, coaching de bienestar, educación y servicios de crisis. La mayoría de los especialistas de pares son empleados con sueldo, aunque algunos prefieren trabajar como voluntarios.',
          },
          { type: 'heading', text: 'Cómo encaja el rol en el equipo' },
          {
            type: 'paragraph',
            text: 'El rol de pares complementa el trabajo de terapeutas, administradores de casos y otros miembros del equipo; no lo duplica ni lo reemplaza. Los trabajadores de pares pueden ayudar a derribar barreras de experiencia y de comprensión, así como dinámicas de poder, que dificultan la colaboración con el resto del equipo de tratamiento. Su tarea es ayudar a las personas a encontrar y seguir su propio camino de recuperación, sin juicios, expectativas, reglas ni requisitos. Un gerente que tiene esto presente tiene menos riesgo de crear un puesto que en realidad es un trabajo clínico o administrativo con poco personal y un título de pares pegado encima.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: '¿Qué título le corresponde?',
            text: 'Anota los títulos que usan tu organización, tus fuentes de financiamiento y tu estado para el personal de pares. ¿Coinciden? Si una persona en recuperación leyera tu anuncio, ¿el título le diría de inmediato que se trata de un puesto de pares basado en la experiencia vivida?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Especialista de pares', definition: 'Una persona con experiencia vivida de recuperación, capacitada y certificada para ayudar a sus pares a recuperar la esperanza y avanzar en su propia recuperación.' },
              { term: 'Coach de recuperación entre pares', definition: 'Uno de los títulos comunes de los trabajadores de apoyo entre pares, usado en muchos entornos de recuperación.' },
              { term: 'CPSW', definition: 'Certified Peer Support Worker (trabajador certificado de apoyo entre pares): el término que usa una página web sobre apoyo entre pares (sin editor identificado) para el personal y los voluntarios de pares capacitados y certificados.' },
              { term: 'Técnico de apoyo entre pares', definition: 'El título que usa el Departamento de Asuntos de Veteranos para los especialistas de pares que emplea.' },
              { term: 'Rol no clínico', definition: 'Un rol que apoya la recuperación por medio de la experiencia compartida y la orientación práctica, no del diagnóstico ni de la terapia.' },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 3 ─────────────────────────────
    {
      slug: 'peer-certification-landscape',
      order: 3,
      estimatedMinutes: 8,
      competencies: ['C12-GROWTH', 'C11-LEADERSHIP-ADVOCACY'],
      sources: [SRC_PRCOE, SRC_PEER_SPECIALIST_PAGE],
      en: {
        title: 'The Peer Certification Landscape in the US',
        summary:
          'How peer training and certification are organized state by state, what the PR CoE reports about integrated and separate certifications, and what that means for the requirements you set when hiring.',
        body: [
          { type: 'heading', text: 'Certification is decided state by state' },
          {
            type: 'paragraph',
            text: 'The US has no single national rule for peer certification. The Peer Support Specialist page explains that each state sets its own training and certification rules for peer specialists. Some states run their own training and certification. Some pay outside groups to run it. Others let people train and certify through outside programs that the state has approved. The same page describes a peer specialist as a person with lived recovery experience who has been trained and certified. So certification is often part of what an employer looks for.',
          },
          {
            type: 'paragraph',
            text: 'The PR CoE adds that states differ by the kind of lived experience a peer specialist brings. It may be recovery from substance use, recovery from mental health conditions, or both.',
          },
          { type: 'heading', text: 'What the PR CoE reports' },
          {
            type: 'paragraph',
            text: 'The PR CoE sums up peer training and certification in the US as shown below. The summary gives no date for these figures. It says several states are in their position “currently.” So treat it as a snapshot, and check the rules in your own state today.',
          },
          {
            type: 'list',
            items: [
              '**34 states**, the majority, have one integrated peer certification within the state healthcare system, open to people whose lived experience is in substance use recovery, mental health recovery or both.',
              '**12 states** have separate certifications, depending on whether the peer specialist’s behavioral health lived experience is in substance use recovery or in mental health recovery.',
              '**Hawaii** at present has only a mental health peer certification.',
              '**New Hampshire and Vermont** at present have only a substance use peer certification.',
              '**California and South Dakota** have no peer certification in their state healthcare systems at present. California is working on developing one.',
            ],
          },
          {
            type: 'paragraph',
            text: 'Some states have one integrated certification. There, the certificate alone does not say which kind of lived experience a job needs. The PR CoE says that depends on the job’s own requirements, the service setting and the needs of the people served. So the employer makes more of this choice, and your job description has to spell it out.',
          },
          { type: 'heading', text: 'Other requirements you may meet' },
          {
            type: 'paragraph',
            text: 'Some employers accept another route besides the state’s. The Department of Veterans Affairs (VA) is one example. Its peer support technicians have two choices. They can complete the training and certification that their state mental health department approves. Or they can be trained and certified by a group whose training the VA has found gives peer specialists the skills they need.',
          },
          {
            type: 'paragraph',
            text: 'Funding is part of the picture too. The Peer Support Specialist page reports that peer support is available in all 50 states. Medicaid pays for it in 35. Do not mix up the two numbers. 35 is about Medicaid payment. 34 is the PR CoE count of states with one integrated certification. The sources do not describe each state’s billing rules. Check the details with your state and the agencies that pay for services.',
          },
          { type: 'heading', text: 'Practical steps for HR' },
          {
            type: 'list',
            ordered: true,
            items: [
              'Find out which peer certification or certifications your state offers, and who provides the approved training.',
              'Decide whether a position requires certification at the time of hire or lets a new hire complete it within a set period, and write that decision down.',
              'In an integrated-certification state, spell out which type of lived experience the job needs and why.',
              'Track certification in personnel records, and treat keeping it current as part of each peer worker’s professional growth.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Map your state',
            text: 'Which of the cases above fits your state? Does your organization work in more than one state, or hire peer staff who serve veterans? If so, how might the rules differ for what looks like the same job?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Peer certification', definition: 'A state-recognized credential showing that a person with lived experience has completed approved peer training and met the state’s requirements.' },
              { term: 'Integrated certification', definition: 'One peer certification covering lived experience in substance use and/or mental health recovery; offered in 34 states according to the PR CoE.' },
              { term: 'Separate certifications', definition: 'Distinct peer certifications for substance use recovery and for mental health recovery; offered in 12 states according to the PR CoE.' },
              { term: 'State-approved training', definition: 'Peer training and certification programs, sometimes run by outside organizations, that a state accepts toward its requirements.' },
            ],
          },
        ],
      },
      es: {
        title: 'El panorama de la certificación de pares en EE. UU.',
        summary:
          'Cómo se organizan la capacitación y la certificación de pares en cada estado, qué informa el PR CoE sobre certificaciones integradas y separadas, y qué implica eso para los requisitos que fijas al contratar.',
        body: [
          { type: 'heading', text: 'La certificación se decide estado por estado' },
          {
            type: 'paragraph',
            text: 'En Estados Unidos no existe una regla nacional única para la certificación de pares. La página Peer Support Specialist explica que cada estado fija sus propios requisitos de capacitación y certificación para los especialistas de pares. Algunos estados administran sus propios sistemas de capacitación y certificación, otros contratan a organizaciones externas para ofrecerlos, y otros permiten completar programas aprobados por el estado que imparten entidades externas. Como la página Peer Support Specialist describe al especialista de pares como una persona con experiencia vivida de recuperación que además ha sido capacitada y certificada, la certificación suele formar parte de lo que busca un empleador.',
          },
          {
            type: 'paragraph',
            text: 'El PR CoE agrega que los enfoques de los estados varían según el tipo de experiencia vivida que aporta el especialista de pares: recuperación del consumo de sustancias, recuperación de condiciones de salud mental, o ambas.',
          },
          { type: 'heading', text: 'Qué informa el PR CoE' },
          {
            type: 'paragraph',
            text: 'El resumen del PR CoE sobre la capacitación y certificación de especialistas de apoyo entre pares en EE. UU. presenta el siguiente panorama. El resumen no indica una fecha para estas cifras y describe la situación de varios estados como “actual”, así que tómalo como una foto del momento y confirma las reglas vigentes en tu propio estado.',
          },
          {
            type: 'list',
            items: [
              '**34 estados**, la mayoría, ofrecen una sola certificación integrada de pares en el sistema de salud estatal para personas con experiencia vivida de recuperación en consumo de sustancias, en salud mental o en ambos.',
              '**12 estados** ofrecen certificaciones separadas según el tipo de experiencia vivida en salud conductual del especialista: recuperación del consumo de sustancias o recuperación en salud mental.',
              '**Hawái** ofrece actualmente solo una certificación de pares en salud mental.',
              '**New Hampshire y Vermont** ofrecen actualmente solo una certificación de pares en consumo de sustancias.',
              '**California y Dakota del Sur** no ofrecen actualmente una certificación de pares en sus sistemas de salud estatales. California está desarrollando una.',
            ],
          },
          {
            type: 'paragraph',
            text: 'En los estados con una sola certificación integrada, el certificado por sí solo no define qué tipo de experiencia vivida requiere un puesto. Según el PR CoE, eso depende de los requisitos de cada trabajo, del entorno del servicio y de las necesidades de las personas atendidas. Por lo tanto, con una certificación integrada esa decisión queda más en manos del empleador, y la descripción del puesto tiene que tomarla.',
          },
          { type: 'heading', text: 'Otros requisitos que puede encontrar' },
          {
            type: 'paragraph',
            text: 'Algunos empleadores aceptan otra vía además de la del estado. El Departamento de Asuntos de Veteranos, por ejemplo, exige que los técnicos de apoyo entre pares que emplea completen el proceso de capacitación y certificación aprobado por el departamento de salud mental de su estado, o bien que se capaciten y certifiquen con una organización cuya capacitación, a juicio del VA, da a los especialistas de pares las habilidades y competencias necesarias.',
          },
          {
            type: 'paragraph',
            text: 'El financiamiento también cuenta. La página Peer Support Specialist informa que el apoyo entre pares está disponible en los 50 estados y que Medicaid lo reembolsa en 35. No confundas las dos cifras: 35 se refiere al reembolso de Medicaid, mientras que 34 es el número de estados con una certificación integrada según el PR CoE. Las fuentes no describen las reglas de facturación de cada estado, así que verifica los detalles con tu estado y con quienes pagan los servicios.',
          },
          { type: 'heading', text: 'Pasos prácticos para recursos humanos' },
          {
            type: 'list',
            ordered: true,
            items: [
              'Averigua qué certificación o certificaciones de pares ofrece tu estado y quién imparte la capacitación aprobada.',
              'Decide si el puesto exige la certificación al momento de la contratación o si la persona nueva puede completarla en un plazo fijo, y deja esa decisión por escrito.',
              'En un estado con certificación integrada, especifica qué tipo de experiencia vivida necesita el puesto y por qué.',
              'Registra la certificación en los expedientes de personal y considera su actualización como parte del crecimiento profesional de cada trabajador de pares.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Ubica a tu estado',
            text: '¿Cuál de las situaciones anteriores describe a tu estado? Si tu organización trabaja en más de un estado, o si emplea personal de pares que atiende a veteranos, ¿en qué podrían cambiar los requisitos de lo que parece ser el mismo puesto?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Certificación de pares', definition: 'Una credencial reconocida por el estado que muestra que una persona con experiencia vivida completó una capacitación de pares aprobada y cumplió los requisitos estatales.' },
              { term: 'Certificación integrada', definition: 'Una sola certificación de pares que abarca la experiencia vivida de recuperación en consumo de sustancias, en salud mental o en ambos; según el PR CoE, la ofrecen 34 estados.' },
              { term: 'Certificaciones separadas', definition: 'Certificaciones de pares distintas para la recuperación del consumo de sustancias y para la recuperación en salud mental; según el PR CoE, las ofrecen 12 estados.' },
              { term: 'Capacitación aprobada por el estado', definition: 'Programas de capacitación y certificación de pares, a veces a cargo de organizaciones externas, que el estado acepta para cumplir sus requisitos.' },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 4 ─────────────────────────────
    {
      slug: 'writing-peer-job-descriptions',
      order: 4,
      estimatedMinutes: 8,
      competencies: ['C3-LIVED-EXPERIENCE', 'C10-COLLABORATION', 'C11-LEADERSHIP-ADVOCACY'],
      sources: [SRC_PRCOE, SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Writing Job Descriptions for Peer Roles',
        summary:
          'How to set clear expectations before recruiting and turn them into a peer job description that names lived experience, lists genuine peer duties and shows how the role fits the team.',
        body: [
          { type: 'heading', text: 'Start with clear expectations' },
          {
            type: 'paragraph',
            text: 'The PR CoE gives advice to groups setting up a new peer program. Know what you expect from peer workers before you start to recruit. Have a plan for supervision and retention too. The job description is where those hopes become concrete. This course follows the Peer Support Toolkit from the Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS). The toolkit treats recruiting and hiring as its own stage. It comes after preparing the organization and before service delivery and supervision. That order is a reminder: a good posting rests on groundwork done first.',
          },
          { type: 'heading', text: 'What a peer job description should include' },
          {
            type: 'list',
            items: [
              '**Title.** Choose a title that fits your setting and the certification recognized in your state, such as peer specialist, peer recovery coach or certified peer support worker.',
              '**Purpose.** Describe non-clinical, strengths-based support that helps people find and follow their own recovery paths, and state that the role complements therapists, case managers and other team members.',
              '**Lived experience.** State the lived experience the job requires: recovery from a mental health condition, a substance use disorder, or both, or family experience for a family peer role. Base the choice on the job, the setting and the people you serve.',
              '**Training and certification.** Name the certification or state-approved training required, and whether it must be held at hire.',
              '**Duties.** Draw them from recognized peer activities: speaking up for people in recovery, sharing resources and teaching skills, building relationships and a sense of community, facilitating recovery groups, mentoring people and helping them set goals, doing outreach and engagement, and supporting people as they create their own wellness plans.',
              '**Setting and format.** Say where the work happens and whether it is one-to-one, in small groups, or both.',
              '**Supervision and growth.** Name who provides supervision and what training and advancement opportunities exist.',
            ],
          },
          { type: 'heading', text: 'Keep the role recognizably peer' },
          {
            type: 'paragraph',
            text: 'Many organizations have seen this risk. A description lists mostly clinical or office tasks and just adds the word peer to the title. The peer role complements other team roles and does not copy them. So each duty should draw on lived experience and on the mutual, hopeful bond at the heart of peer support. Here is a useful test. Could someone with no lived experience do this duty just as well? If so, ask whether it belongs in this job at all.',
          },
          {
            type: 'paragraph',
            text: 'Senior peer jobs are real jobs too. SAMHSA notes that peer roles can extend to training, supervising other peer workers and developing resources. They can extend to running programs or agencies and teaching the public and lawmakers. A senior job description should still put lived experience at the center. That keeps the organization’s peer leaders grounded in recovery.',
          },
          { type: 'heading', text: 'Choose your words carefully' },
          {
            type: 'paragraph',
            text: 'A job description is often the first thing a candidate reads about your organization. DBHIDS has published Person First Guidelines. They recommend person-first language about substance use and substance use disorders that does not shame people. The PR CoE lists them among its recommended resources. Use them in every posting. Write about a person in recovery, a person with a substance use disorder or a person living with a mental health condition. Words that reduce people to a diagnosis tell candidates with lived experience how they may be seen at work.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Test your draft',
            text: 'Read your draft job description as a candidate in recovery would. Does it show lived experience as a strength? Could you explain how each duty draws on that experience? Is there any wording that might lead a qualified person not to apply?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Job description', definition: 'The written statement of a position’s purpose, requirements, duties, setting and supervision, shared with candidates and used to guide the role after hire.' },
              { term: 'Lived experience requirement', definition: 'The part of a peer job description stating which type of recovery or family experience the position calls for.' },
              { term: 'Role clarity', definition: 'A shared understanding of what a peer role includes and does not include, so that it complements rather than duplicates other team roles.' },
              { term: 'Person-first language', definition: 'Wording that names the person before any condition, such as “a person with a substance use disorder”, as recommended in the DBHIDS Person First Guidelines.' },
            ],
          },
        ],
      },
      es: {
        title: 'Cómo redactar descripciones de puestos de pares',
        summary:
          'Cómo fijar expectativas claras antes de reclutar y convertirlas en una descripción de puesto de pares que nombre la experiencia vivida, incluya funciones auténticas de pares y muestre cómo encaja el rol en el equipo.',
        body: [
          { type: 'heading', text: 'Empieza con expectativas claras' },
          {
            type: 'paragraph',
            text: 'El PR CoE recomienda que las organizaciones que crean nuevos programas de apoyo entre pares tengan una idea clara de lo que esperan de los trabajadores de pares antes de empezar a reclutar, junto con un plan de supervisión y retención. La descripción del puesto es donde esas expectativas se vuelven concretas. El Peer Support Toolkit del Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS, por sus siglas en inglés), que sigue este programa de formación, trata el reclutamiento y la contratación como una etapa propia: viene después de preparar a la organización y antes de la prestación de servicios y la supervisión. Ese orden recuerda que un buen anuncio depende del trabajo previo.',
          },
          { type: 'heading', text: 'Qué debe incluir la descripción de un puesto de pares' },
          {
            type: 'list',
            items: [
              '**Título.** Elige un título que se ajuste a tu entorno y a la certificación reconocida en tu estado, como especialista de pares, coach de recuperación entre pares o trabajador certificado de apoyo entre pares.',
              '**Propósito.** Describe un apoyo no clínico, basado en las fortalezas, que ayuda a las personas a encontrar y seguir su propio camino de recuperación, y aclara que el rol complementa a terapeutas, administradores de casos y otros miembros del equipo.',
              '**Experiencia vivida.** Indica la experiencia vivida que requiere el puesto: recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos, o experiencia como familiar en un puesto de pares para familias. Basa la decisión en el trabajo, el entorno y las personas que atiendes.',
              '**Capacitación y certificación.** Menciona la certificación o la capacitación aprobada por el estado que se requiere, y si debe tenerse al momento de la contratación.',
              '**Funciones.** Tómalas de las actividades reconocidas de los pares: abogar por las personas en recuperación, compartir recursos y desarrollar habilidades, construir comunidad y relaciones, dirigir grupos de recuperación, dar mentoría y fijar metas, hacer alcance comunitario y vinculación, y apoyar a las personas para que creen sus propios planes de bienestar.',
              '**Entorno y formato.** Di dónde se realiza el trabajo y si es individual, en grupos pequeños o ambos.',
              '**Supervisión y crecimiento.** Indica quién supervisa y qué oportunidades de capacitación y de ascenso existen.',
            ],
          },
          { type: 'heading', text: 'Que el puesto siga siendo claramente de pares' },
          {
            type: 'paragraph',
            text: 'Un riesgo frecuente es una descripción que enumera sobre todo tareas clínicas o administrativas y solo agrega la palabra “pares” al título. Como el rol de pares complementa los demás roles del equipo en lugar de duplicarlos, cada función debería apoyarse en la experiencia vivida y en la relación mutua y esperanzadora que define el apoyo entre pares. Una prueba útil: si alguien sin experiencia vivida podría hacer una tarea igual de bien, pregúntate si de verdad corresponde a este puesto.',
          },
          {
            type: 'paragraph',
            text: 'Los puestos de pares de mayor nivel también son legítimos. SAMHSA señala que los roles de pares pueden abarcar la capacitación, la supervisión de otros trabajadores de pares, el desarrollo de recursos, la administración de programas o agencias, y la educación del público y de quienes crean políticas. La descripción de un puesto de mayor nivel también debe poner la experiencia vivida en el centro, para que el liderazgo de pares de la organización siga arraigado en la recuperación.',
          },
          { type: 'heading', text: 'Cuida las palabras' },
          {
            type: 'paragraph',
            text: 'La descripción del puesto suele ser lo primero que un candidato lee sobre tu organización. DBHIDS publicó unas pautas de lenguaje que pone a la persona primero (Person First Guidelines) con recomendaciones para hablar del consumo de sustancias y de los trastornos por consumo de sustancias sin estigmatizar, y el PR CoE las incluye entre sus recursos recomendados. Aplícalas en cada anuncio: habla de una persona en recuperación, de una persona con un trastorno por consumo de sustancias o de una persona que vive con una condición de salud mental. El lenguaje que reduce a la gente a un diagnóstico les dice a los candidatos con experiencia vivida cómo los verán en el trabajo.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Pon a prueba tu borrador',
            text: 'Lee el borrador de la descripción del puesto como lo leería un candidato en recuperación. ¿Presenta la experiencia vivida como una fortaleza? ¿Podrías explicar cómo cada función se apoya en esa experiencia? ¿Hay alguna frase que podría llevar a una persona calificada a no postularse?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Descripción del puesto', definition: 'El documento que expone el propósito, los requisitos, las funciones, el entorno y la supervisión de un puesto; se comparte con los candidatos y orienta el trabajo después de la contratación.' },
              { term: 'Requisito de experiencia vivida', definition: 'La parte de la descripción de un puesto de pares que indica qué tipo de experiencia de recuperación o familiar se necesita.' },
              { term: 'Claridad del rol', definition: 'Un entendimiento compartido de lo que incluye y lo que no incluye un puesto de pares, para que complemente y no duplique los demás roles del equipo.' },
              { term: 'Lenguaje que pone a la persona primero', definition: 'Una forma de hablar que nombra primero a la persona y después la condición, como “una persona con un trastorno por consumo de sustancias”, según las pautas Person First de DBHIDS.' },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 5 ─────────────────────────────
    {
      slug: 'recovery-friendly-recruiting-and-hiring',
      order: 5,
      estimatedMinutes: 7,
      competencies: ['C11-LEADERSHIP-ADVOCACY', 'C3-LIVED-EXPERIENCE'],
      sources: [SRC_PRCOE, SRC_VALUE_OF_PEERS, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Fair, Recovery-Friendly Recruiting and Hiring',
        summary:
          'Where to reach qualified peer candidates, how to interview for lived experience and skill without prying, and how to keep every step of hiring respectful of each candidate’s recovery.',
        body: [
          { type: 'heading', text: 'Reach candidates where the recovery community is' },
          {
            type: 'paragraph',
            text: 'Many organizations find good peer candidates through the recovery community. The PR CoE describes recovery community organizations (RCOs) as grassroots, independent nonprofits. The local recovery community founds and leads them. They make recovery visible and easy to reach. RCOs, peer-run groups and recovery community centers, where peer workers also work, are natural partners. You can share postings with them and build ties with future candidates. Peer-led training and help centers, such as the PR CoE itself, are another resource for building a peer workforce.',
          },
          { type: 'heading', text: 'Treat recovery as a credential, not a risk' },
          {
            type: 'paragraph',
            text: 'A recovery-friendly hiring process fits what the peer role is. Peer workers help people find and follow their own recovery paths without judgment, expectations, rules or demands. Do not grade candidates on how they recovered, or expect one path. That would go against the very values you are hiring for. A more useful lens is **recovery capital**. The PR CoE describes it as the breadth and depth of inner and outer resources a person can draw on to begin and keep up recovery. This lens keeps your attention on the strengths and resources a candidate brings.',
          },
          { type: 'heading', text: 'Interview for lived experience and skill' },
          {
            type: 'paragraph',
            text: 'Lived experience is the qualification, so the interview has to explore it, with respect. The aim is not to collect details of a diagnosis or a life story. It is to learn how the candidate uses their experience to help others. Davidson and colleagues (2012) write that thoughtful sharing of experience helps to model recovery and offer hope. So the interview can test that skill directly. For example:',
          },
          {
            type: 'list',
            items: [
              'Ask how the candidate decides which parts of their story to share, with whom and when.',
              'Ask for an example of supporting someone toward a goal that person chose for themselves.',
              'Explore how they would respond when a team member’s plan and a person’s own choice point in different directions.',
              'Ask about training they have completed or hope to complete, including certification.',
              'Invite experienced peer staff onto the interview panel. SAMHSA lists supervising other peer workers among peer roles. BRSS TACS itself draws on people in recovery in its leadership. Peer co-workers know what the role demands.',
            ],
          },
          { type: 'heading', text: 'A consistent, respectful process' },
          {
            type: 'paragraph',
            text: 'Many organizations find that fairness comes from preparation. Base every interview on the same core questions. Draw them from the expectations and job description you wrote before recruiting. Then each candidate is measured against the role, not against an interviewer’s guesses about recovery. Use person-first language in every letter, email and talk, following the DBHIDS Person First Guidelines. And have your supervision and retention plan ready before the first offer goes out, as the PR CoE advises. The DBHIDS toolkit gives a whole module to supporting, supervising and keeping peer staff.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'The candidate’s point of view',
            text: 'Think of the last person in recovery your organization interviewed. At what point might they have felt their past was held against them? What would make that same moment feel like a strength was being seen?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Recovery community organization (RCO)', definition: 'A grassroots, independent nonprofit founded and led by the local recovery community that makes recovery visible and accessible.' },
              { term: 'Recovery capital', definition: 'The range and depth of personal and outside resources a person can draw on to begin and sustain recovery.' },
              { term: 'Recovery-friendly hiring', definition: 'A hiring process that treats lived experience as a qualification and respects each candidate’s own recovery path.' },
              { term: 'Person First Guidelines', definition: 'DBHIDS recommendations for non-stigmatizing, person-first language about substance use and substance use disorders.' },
            ],
          },
        ],
      },
      es: {
        title: 'Reclutamiento y contratación justos y respetuosos de la recuperación',
        summary:
          'Dónde encontrar candidatos de pares calificados, cómo entrevistar sobre experiencia vivida y habilidades sin entrometerse, y cómo lograr que cada paso de la contratación respete la recuperación de cada candidato.',
        body: [
          { type: 'heading', text: 'Busca candidatos donde está la comunidad de recuperación' },
          {
            type: 'paragraph',
            text: 'Los candidatos de pares calificados muchas veces ya están vinculados a la comunidad de recuperación, así que ese es un lugar lógico para buscar. El PR CoE describe las organizaciones comunitarias de recuperación (RCO, por sus siglas en inglés) como organizaciones sin fines de lucro, independientes y de base, fundadas y dirigidas por la comunidad de recuperación local, que hacen que la recuperación sea visible y accesible. Junto con las organizaciones dirigidas por pares y los centros comunitarios de recuperación, donde también trabajan pares, las RCO son aliadas naturales para difundir anuncios y crear relaciones con futuros candidatos. Los centros de capacitación y asistencia técnica dirigidos por pares, como el propio PR CoE, son otro recurso para las organizaciones que forman un equipo de pares.',
          },
          { type: 'heading', text: 'Ve la recuperación como una credencial, no como un riesgo' },
          {
            type: 'paragraph',
            text: 'Un proceso de contratación respetuoso de la recuperación es, sencillamente, coherente con lo que es el rol de pares. Los trabajadores de pares ayudan a las personas a encontrar y seguir su propio camino de recuperación, sin juicios, expectativas, reglas ni requisitos. Un proceso que califique a los candidatos según cómo se recuperaron, o que espere un único camino, contradiría los mismos valores que buscas contratar. Un enfoque más útil es el del **capital de recuperación**, que el PR CoE describe como la amplitud y la profundidad de los recursos personales y externos con los que una persona cuenta para iniciar y mantener su recuperación. Pensar así mantiene la atención en las fortalezas y los recursos que el candidato aporta al trabajo.',
          },
          { type: 'heading', text: 'Entrevista sobre experiencia vivida y habilidades' },
          {
            type: 'paragraph',
            text: 'Como la experiencia vivida es el requisito, la entrevista tiene que explorarla, pero con respeto. El objetivo no es reunir detalles de un diagnóstico o de una historia personal, sino entender cómo usa el candidato su experiencia en beneficio de otros. Las fuentes señalan que compartir la experiencia con cuidado es lo que da al apoyo entre pares su fuerza para mostrar la recuperación y ofrecer esperanza, así que la entrevista puede evaluar esa habilidad directamente. Por ejemplo:',
          },
          {
            type: 'list',
            items: [
              'Pregunta cómo decide qué partes de su historia compartir, con quién y en qué momento.',
              'Pide un ejemplo de cuando apoyó a alguien para alcanzar una meta que esa persona eligió por sí misma.',
              'Explora cómo respondería si el plan de un miembro del equipo y la decisión propia de una persona van en direcciones distintas.',
              'Pregunta por la capacitación que ha completado o que quisiera completar, incluida la certificación.',
              'Invita a personal de pares con experiencia al panel de entrevistas. SAMHSA incluye la supervisión de otros trabajadores de pares entre los roles de pares, y el propio BRSS TACS cuenta con personas en recuperación en su liderazgo; los colegas pares saben lo que exige el puesto.',
            ],
          },
          { type: 'heading', text: 'Un proceso coherente y respetuoso' },
          {
            type: 'paragraph',
            text: 'La justicia nace de la preparación. Basa todas las entrevistas en las mismas preguntas centrales, tomadas de las expectativas y de la descripción del puesto que redactaste antes de reclutar, para que cada candidato se compare con el puesto y no con las suposiciones de un entrevistador sobre la recuperación. Usa un lenguaje que ponga a la persona primero en cada carta, correo y conversación, siguiendo las pautas Person First de DBHIDS. Y ten listo tu plan de supervisión y retención antes de hacer la primera oferta, como recomienda el PR CoE. El toolkit de DBHIDS dedica un módulo completo a apoyar, supervisar y retener al personal de pares, lo que muestra lo unidas que están la contratación y la permanencia de buenos trabajadores de pares.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Desde el punto de vista del candidato',
            text: 'Piensa en la última persona en recuperación que tu organización entrevistó. ¿En qué momento del proceso pudo haber sentido que su historia era un punto en contra? ¿Qué haría falta para que ese mismo momento se sintiera como el reconocimiento de una fortaleza?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Organización comunitaria de recuperación (RCO)', definition: 'Una organización sin fines de lucro, independiente y de base, fundada y dirigida por la comunidad de recuperación local, que hace visible y accesible la recuperación.' },
              { term: 'Capital de recuperación', definition: 'La amplitud y la profundidad de los recursos personales y externos con los que una persona cuenta para iniciar y mantener su recuperación.' },
              { term: 'Contratación respetuosa de la recuperación', definition: 'Un proceso de contratación que trata la experiencia vivida como un requisito y respeta el propio camino de recuperación de cada candidato.' },
              { term: 'Pautas Person First', definition: 'Las recomendaciones de DBHIDS para usar un lenguaje sin estigma que ponga a la persona primero al hablar del consumo de sustancias y de los trastornos por consumo de sustancias.' },
            ],
          },
        ],
      },
    },
  ],
}
