import type { ModuleContent } from './types'

import { SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_PRCOE, SRC_SAMHSA_PEER_WORKERS, SRC_VALUE_OF_PEERS } from './sources'

/**
 * Module 2 of the PeerPath curriculum, following module 2 of the Philadelphia
 * DBHIDS Peer Support Toolkit: Recruiting and Hiring Peer Staff: What’s Different?
 * Facts come from the seed documents listed in each lesson's `sources`; a `[n]` marker names the
 * source (1-based, in that lesson's `sources`) whose seed file holds the sentence's facts. Sentences
 * without a marker are practice guidance, worded as such.
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
      'A module for managers and human resources (HR) staff: why lived experience is the key qualification for peer roles, which titles peer workers go by, how peer certification varies from state to state, how to write a peer job description, and how to recruit and interview in a fair, recovery-friendly way.',
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
          'Why lived experience of recovery is the central qualification for peer staff, what “experientially credentialed” means, and how this changes the way managers and human resources (HR) staff look at a candidate’s history.',
        body: [
          { type: 'heading', text: 'What makes peer hiring different' },
          {
            type: 'paragraph',
            text: 'Hiring in a behavioral health organization often starts with degrees, licenses and years of clinical work. Hiring peer staff starts somewhere else. A peer support worker has lived through recovery from a mental health condition, a substance use disorder, or both [2]. They use that experience to help others who face the same kind of struggle [2]. A usual hiring process might see this history as a gap in a résumé, or something to hide. For this role, it is the core of what the candidate brings.',
          },
          {
            type: 'paragraph',
            text: 'The Peer Recovery Center of Excellence (PR CoE) is a national center led by peers [1]. The Substance Abuse and Mental Health Services Administration (SAMHSA) funds it [1]. The PR CoE is clear on one point [1]. Lived experience in recovery is the key tool of peer workers in every setting [1]. So managers and HR staff should not ask whether a candidate’s history can be overlooked. They should ask how that recovery prepares the person to help others.',
          },
          { type: 'heading', text: 'Experientially credentialed' },
          {
            type: 'paragraph',
            text: 'Two sources describe peer workers as **experientially credentialed** by their own recovery journey [2, 5]. One is from SAMHSA’s Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS) [2]. The other is a peer support web page that does not say who wrote it [5]. The phrase comes from Davidson and colleagues (1999) [2, 5]. The Peer Support Specialist page says peer supporters pair their experience with skills often learned in training [3]. They also know how systems work [3]. This puts them in a unique place to help [3]. That page says peer supporters are more than people who have been there [3].',
          },
          {
            type: 'paragraph',
            text: 'The sources also say peer support is non-clinical and builds on strengths [2, 5]. Peer workers are not junior clinicians. Their value comes from shared experience. It lets them show that recovery is possible.',
          },
          { type: 'heading', text: 'Why shared experience matters to the people served' },
          {
            type: 'paragraph',
            text: 'The sources speak of a mutual bond between a peer worker and a person who is in recovery or seeks it [1, 2]. It is often called **peerness** [1, 2]. It builds connection and inspires hope [1, 2]. Mead and McNeil (2006) found that peer support offers acceptance, understanding and validation [1, 2]. Many other work relationships lack these [1, 2]. When peer workers share their story with care, they model recovery and offer hope (Davidson, Bellamy, Guy and Miller, 2012) [2]. Studies that SAMHSA cites link peer support with more self-esteem and confidence, more hope, and fewer hospital admissions [2].',
          },
          {
            type: 'paragraph',
            text: 'SAMHSA adds that in behavioral health, the peer bond rests on a shared experience [4]. It may be recovery from a mental health or substance use condition, or both [4]. It may be life as a family member of someone in that situation [4]. So some peer roles are built around family experience, which may call for extra skills [4].',
          },
          { type: 'heading', text: 'What this means for your hiring process' },
          {
            type: 'list',
            items: [
              '**Name lived experience as a requirement**, not as something the organization puts up with. Put it in the job posting and in how you screen candidates.',
              '**Decide which lived experience the role needs.** It may be mental health recovery, substance use recovery, both, or family experience. Let the job, the setting and the people you serve guide you [1].',
              '**Look for experience and skill together.** A strong candidate has a recovery story and the training, or the will to train, to use it to help others.',
              '**Prepare before you recruit.** The PR CoE advises groups to know what they expect from peer workers before they recruit [1]. It also advises a plan for how to supervise and keep them [1].',
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
              { term: 'Lived experience', definition: 'First-hand experience of recovery from a mental health condition, a substance use disorder or both, or, for some roles, experience as a family member [2, 4].' },
              { term: 'Experientially credentialed', definition: 'Qualified for the peer role by one’s own recovery journey (Davidson et al., 1999), usually together with formal training [2, 3].' },
              { term: 'Peerness', definition: 'The mutuality between a peer worker and a person in or seeking recovery that builds connection and inspires hope [1, 2].' },
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
            text: 'En una organización de salud conductual, contratar suele empezar por títulos universitarios, licencias y años de trabajo clínico. Contratar personal de pares empieza en otro lugar. Un trabajador de apoyo entre pares ha vivido la recuperación de una condición de salud mental, de un trastorno por consumo de sustancias, o de ambos [2]. Usa esa experiencia para ayudar a otras personas que enfrentan retos parecidos [2]. Un proceso de contratación habitual podría ver esta historia como un hueco en el currículum, o como algo que conviene ocultar. En este puesto, es lo esencial de lo que el candidato ofrece.',
          },
          {
            type: 'paragraph',
            text: 'El Peer Recovery Center of Excellence (PR CoE) es un centro nacional dirigido por pares [1]. Lo financia la Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA, por sus siglas en inglés) [1]. El PR CoE es claro en un punto [1]. La experiencia vivida de recuperación es la herramienta clave de los trabajadores de pares en cualquier entorno [1]. Por eso, gerentes y personal de recursos humanos no deberían preguntarse si se puede pasar por alto la historia de un candidato. Deberían preguntarse cómo esa recuperación lo prepara para ayudar a otros.',
          },
          { type: 'heading', text: 'Acreditado por la experiencia' },
          {
            type: 'paragraph',
            text: 'Dos fuentes describen a los trabajadores de pares como **acreditados por la experiencia** (“experientially credentialed”) gracias a su propio camino de recuperación [2, 5]. Una es de Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS), de SAMHSA [2]. La otra es una página web sobre apoyo entre pares que no dice quién la escribió [5]. La expresión viene de Davidson y sus colegas (1999) [2, 5]. La página Peer Support Specialist dice que quienes dan apoyo entre pares combinan su experiencia con habilidades que a menudo aprenden en una capacitación [3]. También saben cómo funcionan los sistemas [3]. Esto les da un lugar único para ayudar [3]. Esa página dice que son más que personas que ya pasaron por eso [3].',
          },
          {
            type: 'paragraph',
            text: 'Las fuentes también dicen que el apoyo entre pares es no clínico y parte de las fortalezas [2, 5]. Los trabajadores de pares no son clínicos principiantes. Su valor nace de la experiencia compartida. Esta les permite mostrar que la recuperación es posible.',
          },
          { type: 'heading', text: 'Por qué importa la experiencia compartida para las personas atendidas' },
          {
            type: 'paragraph',
            text: 'Las fuentes hablan de una reciprocidad entre el trabajador de pares y la persona que está en recuperación o la busca [1, 2]. A menudo se la llama **“peerness”**, el sentido de ser pares [1, 2]. Crea conexión e inspira esperanza [1, 2]. Mead y McNeil (2006) encontraron que el apoyo entre pares ofrece aceptación, comprensión y validación [1, 2]. Muchas otras relaciones profesionales no las tienen [1, 2]. Cuando los trabajadores de pares comparten su historia con cuidado, modelan la recuperación y dan esperanza (Davidson, Bellamy, Guy y Miller, 2012) [2]. Los estudios que cita SAMHSA relacionan el apoyo entre pares con más autoestima y confianza, más esperanza y menos ingresos hospitalarios [2].',
          },
          {
            type: 'paragraph',
            text: 'SAMHSA agrega que, en la salud conductual, el vínculo de pares se basa en una experiencia compartida [4]. Puede ser la recuperación de una condición de salud mental o de consumo de sustancias, o de ambas [4]. Puede ser la vida como familiar de alguien en esa situación [4]. Por eso algunos puestos de pares se basan en la experiencia familiar, lo que puede requerir competencias adicionales [4].',
          },
          { type: 'heading', text: 'Qué significa esto para tu proceso de contratación' },
          {
            type: 'list',
            items: [
              '**Presenta la experiencia vivida como un requisito**, no como algo que la organización tolera. Inclúyela en el anuncio del puesto y en la forma de seleccionar candidatos.',
              '**Define qué experiencia vivida necesita el puesto.** Puede ser la recuperación en salud mental, en consumo de sustancias, ambas, o la experiencia como familiar. Déjate guiar por el trabajo, el entorno y las personas que atiendes [1].',
              '**Busca experiencia y habilidad a la vez.** Un buen candidato tiene una historia de recuperación y la capacitación, o las ganas de capacitarse, para usarla en ayuda de otros.',
              '**Prepárate antes de reclutar.** El PR CoE recomienda tener claro qué se espera de los trabajadores de pares antes de reclutar [1]. También recomienda un plan para supervisarlos y retenerlos [1].',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Revisa tu propio proceso',
            text: 'Repasa los pasos de selección que tu organización usa con cualquier persona nueva. ¿Cuáles podrían dejar fuera a alguien justamente por la experiencia que lo califica para un puesto de pares? ¿Qué tendría que cambiar para que la experiencia vivida cuente como una credencial?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Experiencia vivida', definition: 'La experiencia personal y directa de recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos; en algunos puestos, la experiencia como familiar [2, 4].' },
              { term: 'Acreditado por la experiencia', definition: 'Calificado para el puesto de pares por su propio camino de recuperación (Davidson et al., 1999), por lo general junto con una capacitación formal [2, 3].' },
              { term: 'Sentido de ser pares (peerness)', definition: 'La reciprocidad entre un trabajador de pares y una persona en recuperación o que la busca, que crea conexión e inspira esperanza [1, 2].' },
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
            text: 'Before you write a job posting, find out what the role is called in your field and your state. Peer workers have different titles in different places [2]. SAMHSA, the PR CoE and a peer support web page all list the same common titles [1, 2, 5]. They are **peer specialists, peer recovery coaches, peer advocates and peer recovery support specialists** [1, 2, 5]. The Peer Support Specialist page adds peer support specialists and certified recovery support specialists [3]. In the Department of Veterans Affairs, the title is peer support technician [3]. The same web page calls trained and certified volunteers and paid staff Certified Peer Support Workers, or **CPSWs** [5].',
          },
          {
            type: 'paragraph',
            text: 'Behind the different names, the Peer Support Specialist page sees one shared goal [3]. It is to help peers by building on their strengths [3]. Choose a title that fits your setting. Where it applies, match the certification your state recognizes (the next lesson covers certification). Many organizations find it helps to use the same title in postings, charts and staff messages. Then candidates can find you, and co-workers know what the role is.',
          },
          { type: 'heading', text: 'What peer workers do' },
          {
            type: 'paragraph',
            text: 'SAMHSA lists these core peer support tasks [4]:',
          },
          {
            type: 'list',
            items: [
              'Speaking up for people in recovery [4]',
              'Sharing resources and building skills [4]',
              'Building community and bonds between people [4]',
              'Leading recovery groups [4]',
              'Mentoring and setting goals [4]',
            ],
          },
          {
            type: 'paragraph',
            text: 'The Peer Support Specialist page says peer specialists work with people one-on-one and in small groups [3]. They help people build service plans around their own recovery goals [3]. They use recovery tools to help with challenges [3]. They help people make their own wellness plans and back them up in their choices [3]. They start and run self-help and education groups [3]. Peer workers also reach out to people and help them engage [2]. In all of this, they inspire hope that people can and do recover [2].',
          },
          {
            type: 'paragraph',
            text: 'Peer roles can reach beyond direct support [4]. SAMHSA notes that peer workers may provide services or training and supervise other peer workers [4]. They may develop resources, run programs or agencies, and teach the public and lawmakers [4]. So you can design peer jobs at more than one level.',
          },
          { type: 'heading', text: 'Where peer workers practice' },
          {
            type: 'paragraph',
            text: 'Peer workers serve in recovery homes, groups run by peers and recovery community centers [2]. They serve in hospital emergency departments, drug courts and other parts of the justice system [2]. They serve in child welfare agencies and in shelters for people without a home [2]. They serve in primary care and behavioral health services [2]. The Peer Support Specialist page adds hospital wards, community services and respite services run by people who use services [3]. It also names drop-in centers and prisons [3]. Peer roles there include case management, wellness coaching, teaching and crisis services [3]. Most peer specialists work as paid staff, while some choose to volunteer [3].',
          },
          { type: 'heading', text: 'How the role fits the team' },
          {
            type: 'paragraph',
            text: 'The peer role is meant to complement what therapists, case managers and the rest of the team do [2]. It does not copy it or stand in for it [2]. Peer workers can help break down walls of experience and understanding [2]. They can ease the power gaps that get in the way of working with the rest of the treatment team [2]. Their task is to help people find and follow their own recovery paths, without judgment, expectations, rules or demands [2]. Keep this in view when you hire. Otherwise a “peer” job can turn into a short-staffed clinical or office job with a peer title.',
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
              { term: 'Peer specialist', definition: 'Someone with lived experience of recovery who has completed peer training and certification and helps peers build hope and move ahead in their own recovery [3].' },
              { term: 'Peer recovery coach', definition: 'One of the common titles for a peer support worker [1, 2].' },
              { term: 'CPSW', definition: 'Certified Peer Support Worker: the term a peer support web page (publisher not given) uses for trained and certified peer staff and volunteers [5].' },
              { term: 'Peer support technician', definition: 'The title the Department of Veterans Affairs uses for the peer specialists it employs [3].' },
              { term: 'Non-clinical role', definition: 'A role that supports recovery through shared experience and practical guidance rather than through diagnosis or therapy.' },
            ],
          },
        ],
      },
      es: {
        title: 'Títulos y funciones de los pares: saber para qué puesto contratas',
        summary:
          'Los distintos títulos que recibe el personal de pares, las actividades que realizan los trabajadores de pares, los entornos en los que trabajan y cómo se ubica el rol de pares junto a los roles clínicos del equipo.',
        body: [
          { type: 'heading', text: 'Un rol con muchos nombres' },
          {
            type: 'paragraph',
            text: 'Antes de redactar un anuncio, averigua cómo se llama el puesto en tu campo y en tu estado. Los trabajadores de pares tienen títulos distintos en distintos lugares [2]. SAMHSA, el PR CoE y una página web sobre apoyo entre pares mencionan los mismos títulos comunes [1, 2, 5]. Son **especialistas de pares (peer specialists), coaches de recuperación entre pares (peer recovery coaches), defensores de pares (peer advocates) y especialistas en apoyo a la recuperación entre pares (peer recovery support specialists)** [1, 2, 5]. La página Peer Support Specialist agrega especialistas de apoyo entre pares y especialistas certificados en apoyo a la recuperación [3]. En el Departamento de Asuntos de Veteranos, el título es técnico de apoyo entre pares (peer support technician) [3]. Esa misma página web llama a los voluntarios y empleados capacitados y certificados Certified Peer Support Workers, o **CPSW** [5].',
          },
          {
            type: 'paragraph',
            text: 'Detrás de tantos nombres, la página Peer Support Specialist ve una meta común [3]. Es ayudar a los pares partiendo de sus fortalezas [3]. Elige un título que se ajuste a tu entorno. Cuando corresponda, haz que coincida con la certificación que reconoce tu estado (la próxima lección trata la certificación). Muchas organizaciones ven que ayuda usar el mismo título en los anuncios, los organigramas y los mensajes al personal. Así los candidatos te encuentran, y los colegas saben en qué consiste el puesto.',
          },
          { type: 'heading', text: 'Qué hacen los trabajadores de pares' },
          {
            type: 'paragraph',
            text: 'SAMHSA menciona estas tareas básicas de apoyo entre pares [4]:',
          },
          {
            type: 'list',
            items: [
              'Abogar por las personas en recuperación [4]',
              'Compartir recursos y desarrollar habilidades [4]',
              'Construir comunidad y vínculos entre las personas [4]',
              'Dirigir grupos de recuperación [4]',
              'Dar mentoría y fijar metas [4]',
            ],
          },
          {
            type: 'paragraph',
            text: 'La página Peer Support Specialist dice que los especialistas de pares trabajan con las personas de forma individual y en grupos pequeños [3]. Ayudan a armar planes de servicio a partir de las propias metas de recuperación de cada persona [3]. Usan herramientas de recuperación para enfrentar dificultades [3]. Ayudan a las personas a crear sus propios planes de bienestar y las respaldan en sus decisiones [3]. Organizan y mantienen grupos educativos y de autoayuda [3]. Los trabajadores de pares también hacen alcance comunitario y ayudan a las personas a vincularse [2]. En todo esto, inspiran la esperanza de que las personas sí se recuperan [2].',
          },
          {
            type: 'paragraph',
            text: 'Los roles de pares pueden ir más allá del apoyo directo [4]. SAMHSA señala que los trabajadores de pares pueden prestar servicios o dar capacitación, y supervisar a otros trabajadores de pares [4]. Pueden desarrollar recursos, administrar programas o agencias, y educar al público y a los responsables de políticas [4]. Así que puedes diseñar puestos de pares de más de un nivel.',
          },
          { type: 'heading', text: 'Dónde trabajan los pares' },
          {
            type: 'paragraph',
            text: 'Los trabajadores de pares están en residencias de recuperación, organizaciones dirigidas por pares y centros comunitarios de recuperación [2]. Están en salas de emergencia de hospitales, tribunales de drogas y otros espacios de la justicia penal [2]. Están en agencias de bienestar infantil y en albergues para personas sin hogar [2]. Están en servicios de atención primaria y de salud conductual [2]. La página Peer Support Specialist agrega la atención hospitalaria, los servicios comunitarios y los servicios de respiro dirigidos por quienes usan los servicios [3]. También menciona los centros de acogida sin cita y las prisiones [3]. Allí los pares tienen funciones en administración de casos, coaching de bienestar, educación y servicios de crisis [3]. La mayoría de los especialistas de pares son empleados con sueldo, aunque algunos prefieren ser voluntarios [3].',
          },
          { type: 'heading', text: 'Cómo encaja el rol en el equipo' },
          {
            type: 'paragraph',
            text: 'El rol de pares está pensado para complementar el trabajo de terapeutas, administradores de casos y el resto del equipo [2]. No lo duplica ni lo reemplaza [2]. Los trabajadores de pares pueden ayudar a derribar barreras de experiencia y de comprensión [2]. Pueden suavizar las dinámicas de poder que dificultan el trabajo con el resto del equipo de tratamiento [2]. Su tarea es ayudar a las personas a encontrar y seguir su propio camino de recuperación, sin juicios, expectativas, reglas ni requisitos [2]. Ten esto presente al contratar. Si no, un puesto “de pares” puede convertirse en un trabajo clínico o administrativo con poco personal y un título de pares.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: '¿Qué título le corresponde?',
            text: 'Anota los títulos que usan tu organización, tus fuentes de financiamiento y tu estado para el personal de pares. ¿Coinciden? Imagina que una persona en recuperación lee tu anuncio. ¿Le diría el título de inmediato que es un puesto de pares basado en la experiencia vivida?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Especialista de pares', definition: 'Una persona con experiencia vivida de recuperación, capacitada y certificada para ayudar a sus pares a recuperar la esperanza y avanzar en su propia recuperación [3].' },
              { term: 'Coach de recuperación entre pares', definition: 'Uno de los títulos comunes de los trabajadores de apoyo entre pares [1, 2].' },
              { term: 'CPSW', definition: 'Certified Peer Support Worker (trabajador certificado de apoyo entre pares): el término que usa una página web sobre apoyo entre pares (sin editor identificado) para el personal y los voluntarios de pares capacitados y certificados [5].' },
              { term: 'Técnico de apoyo entre pares', definition: 'El título que usa el Departamento de Asuntos de Veteranos para los especialistas de pares que emplea [3].' },
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
            text: 'The United States (US) has no single national rule for peer certification [2]. The Peer Support Specialist page says each state sets its own rules for training and certifying peer specialists [2]. Some states run their own training and certification [2]. Some pay outside groups to run it [2]. Others let people train and certify through outside programs the state has approved [2]. The same page says a peer specialist is a person with lived recovery experience who has been trained and certified [2]. So employers often look for certification.',
          },
          {
            type: 'paragraph',
            text: 'The PR CoE adds that states differ by the kind of lived experience a peer specialist brings [1]. It may be recovery from substance use, from mental health conditions, or both [1].',
          },
          { type: 'heading', text: 'What the PR CoE reports' },
          {
            type: 'paragraph',
            text: 'The PR CoE sums up peer training and certification in the US as shown below [1]. The summary gives no date for these figures [1]. It says some states are in their place “currently” [1]. So treat it as a snapshot, and check the rules in your own state today.',
          },
          {
            type: 'list',
            items: [
              '**34 states**, the majority, have one integrated peer certification in the state healthcare system [1]. It is open to people with lived experience in substance use recovery, mental health recovery or both [1].',
              '**12 states** have separate certifications [1]. Which one fits depends on the peer specialist’s lived experience: substance use recovery or mental health recovery [1].',
              '**Hawaii** for now has only a mental health peer certification [1].',
              '**New Hampshire and Vermont** for now have only a substance use peer certification [1].',
              '**California and South Dakota** have no peer certification in their state healthcare systems for now [1]. California is working on one [1].',
            ],
          },
          {
            type: 'paragraph',
            text: 'Some states have one integrated certification [1]. There, the certificate alone does not say which kind of lived experience a job needs [1]. The PR CoE says that depends on the job’s own needs, the service setting and the people served [1]. So the employer makes more of this choice, and your job description has to spell it out.',
          },
          { type: 'heading', text: 'Other requirements you may meet' },
          {
            type: 'paragraph',
            text: 'Some employers accept another route besides the state’s [2]. The Department of Veterans Affairs (VA) is one example [2]. Its peer support technicians have two choices [2]. They can complete the training and certification that their state mental health department approves [2]. Or they can be trained and certified by a group whose training the VA has found gives peer specialists the skills they need [2].',
          },
          {
            type: 'paragraph',
            text: 'Funding is part of the picture too. The Peer Support Specialist page reports that peer support is available in all 50 states [2]. Medicaid pays for it in 35 [2]. Do not mix up the two numbers. The 35 is about Medicaid payment [2]. The 34 is the PR CoE count of states with one integrated certification [1]. The sources do not describe each state’s billing rules. Check the details with your state and the agencies that pay for services.',
          },
          { type: 'heading', text: 'Practical steps for HR' },
          {
            type: 'list',
            ordered: true,
            items: [
              'Find out which peer certification or certifications your state offers, and who provides the approved training.',
              'Decide whether a job needs certification at hire or lets a new hire finish it within a set time. Write that choice down.',
              'In a state with one integrated certification, spell out which type of lived experience the job needs and why.',
              'Track certification in staff records. Treat keeping it current as part of each peer worker’s growth.',
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
              { term: 'Peer certification', definition: 'A state-recognized credential showing that a person with lived experience has completed approved peer training and met the state’s requirements [2].' },
              { term: 'Integrated certification', definition: 'One peer certification covering lived experience in substance use and/or mental health recovery; offered in 34 states according to the PR CoE [1].' },
              { term: 'Separate certifications', definition: 'Distinct peer certifications for substance use recovery and for mental health recovery; offered in 12 states according to the PR CoE [1].' },
              { term: 'State-approved training', definition: 'Peer training and certification programs, sometimes run by outside organizations, that a state accepts toward its requirements [2].' },
            ],
          },
        ],
      },
      es: {
        title: 'El panorama de la certificación de pares en los Estados Unidos',
        summary:
          'Cómo se organizan la capacitación y la certificación de pares en cada estado, qué informa el PR CoE sobre las certificaciones integradas y separadas, y qué significa eso para los requisitos que fijas al contratar.',
        body: [
          { type: 'heading', text: 'Cada estado decide sobre la certificación' },
          {
            type: 'paragraph',
            text: 'En los Estados Unidos no hay una sola regla nacional para la certificación de pares [2]. La página Peer Support Specialist dice que cada estado fija sus propias reglas de capacitación y certificación de especialistas de pares [2]. Algunos estados organizan su propia capacitación y certificación [2]. Otros contratan a grupos externos para hacerlo [2]. Otros permiten capacitarse y certificarse en programas externos que el estado ha aprobado [2]. La misma página dice que un especialista de pares es una persona con experiencia vivida de recuperación que ha sido capacitada y certificada [2]. Por eso los empleadores suelen pedir la certificación.',
          },
          {
            type: 'paragraph',
            text: 'El PR CoE agrega que los estados varían según el tipo de experiencia vivida que aporta el especialista de pares [1]. Puede ser la recuperación del consumo de sustancias, de condiciones de salud mental, o de ambos [1].',
          },
          { type: 'heading', text: 'Lo que informa el PR CoE' },
          {
            type: 'paragraph',
            text: 'El PR CoE resume así la capacitación y la certificación de pares en los Estados Unidos [1]. El resumen no da fecha para estas cifras [1]. Dice que algunos estados están en esa situación “actualmente” [1]. Así que tómalo como una foto del momento, y revisa hoy las reglas de tu propio estado.',
          },
          {
            type: 'list',
            items: [
              '**34 estados**, la mayoría, tienen una sola certificación de pares integrada en el sistema de salud estatal [1]. Está abierta a personas con experiencia vivida de recuperación del consumo de sustancias, de salud mental o de ambos [1].',
              '**12 estados** tienen certificaciones separadas [1]. La que corresponde depende de la experiencia vivida del especialista de pares: recuperación del consumo de sustancias o recuperación en salud mental [1].',
              '**Hawái** por ahora solo tiene una certificación de pares en salud mental [1].',
              '**New Hampshire y Vermont** por ahora solo tienen una certificación de pares en consumo de sustancias [1].',
              '**California y Dakota del Sur** por ahora no tienen certificación de pares en sus sistemas de salud estatales [1]. California está trabajando en una [1].',
            ],
          },
          {
            type: 'paragraph',
            text: 'Algunos estados tienen una sola certificación integrada [1]. Allí, el certificado por sí solo no dice qué tipo de experiencia vivida necesita un puesto [1]. El PR CoE dice que eso depende de los requisitos del propio puesto, del lugar del servicio y de las personas atendidas [1]. Así que el empleador toma más parte de esta decisión, y tu descripción del puesto tiene que dejarla clara.',
          },
          { type: 'heading', text: 'Otros requisitos que puedes encontrar' },
          {
            type: 'paragraph',
            text: 'Algunos empleadores aceptan otra vía además de la del estado [2]. El Departamento de Asuntos de Veteranos (VA, por sus siglas en inglés) es un ejemplo [2]. Sus técnicos de apoyo entre pares tienen dos opciones [2]. Pueden completar la capacitación y certificación que aprueba el departamento de salud mental de su estado [2]. O pueden capacitarse y certificarse con un grupo cuya capacitación, según el VA, da a los especialistas de pares las habilidades que necesitan [2].',
          },
          {
            type: 'paragraph',
            text: 'El financiamiento también es parte del panorama. La página Peer Support Specialist informa que el apoyo entre pares está disponible en los 50 estados [2]. Medicaid lo paga en 35 [2]. No confundas las dos cifras. El 35 se refiere al pago de Medicaid [2]. El 34 es el número de estados con una sola certificación integrada, según el PR CoE [1]. Las fuentes no describen las reglas de facturación de cada estado. Confirma los detalles con tu estado y con las agencias que pagan los servicios.',
          },
          { type: 'heading', text: 'Pasos prácticos para recursos humanos' },
          {
            type: 'list',
            ordered: true,
            items: [
              'Averigua qué certificación o certificaciones de pares ofrece tu estado y quién imparte la capacitación aprobada.',
              'Decide si un puesto exige la certificación al contratar o si permite obtenerla en un plazo fijo. Deja esa decisión por escrito.',
              'En un estado con una sola certificación integrada, deja claro qué tipo de experiencia vivida necesita el puesto y por qué.',
              'Registra la certificación en los expedientes del personal. Trata mantenerla al día como parte del crecimiento profesional de cada trabajador de pares.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Ubica a tu estado',
            text: '¿Cuál de las situaciones anteriores describe a tu estado? ¿Tu organización trabaja en más de un estado, o emplea personal de pares que atiende a veteranos? Si es así, ¿en qué podrían cambiar las reglas de lo que parece ser el mismo puesto?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Certificación de pares', definition: 'Una credencial reconocida por el estado que muestra que una persona con experiencia vivida completó una capacitación de pares aprobada y cumplió los requisitos estatales [2].' },
              { term: 'Certificación integrada', definition: 'Una sola certificación de pares que abarca la experiencia vivida de recuperación en consumo de sustancias, en salud mental o en ambos; según el PR CoE, la ofrecen 34 estados [1].' },
              { term: 'Certificaciones separadas', definition: 'Certificaciones de pares distintas para la recuperación del consumo de sustancias y para la recuperación en salud mental; según el PR CoE, las ofrecen 12 estados [1].' },
              { term: 'Capacitación aprobada por el estado', definition: 'Programas de capacitación y certificación de pares, a veces a cargo de organizaciones externas, que el estado acepta para cumplir sus requisitos [2].' },
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
            text: 'The PR CoE gives advice to groups setting up a new peer program [1]. Know what you expect from peer workers before you start to recruit [1]. Have a plan for supervision and retention too [1]. The job description is where those plans become real. This course follows the four modules of the Peer Support Toolkit [1]. The Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS) made it [1]. The toolkit treats recruiting and hiring as its own stage [1]. It comes after preparing the organization and before service delivery and supervision [1]. That order is a reminder: a good job posting rests on groundwork done first.',
          },
          { type: 'heading', text: 'What a peer job description should include' },
          {
            type: 'list',
            items: [
              '**Title.** Choose a title that fits your setting and the certification your state recognizes. Examples are peer specialist, peer recovery coach or certified peer support worker [1, 5].',
              '**Purpose.** Describe non-clinical, strengths-based support that helps people find and follow their own recovery paths [2]. State that the role complements therapists, case managers and other team members [2].',
              '**Lived experience.** State the lived experience the job requires. It may be recovery from a mental health condition, a substance use disorder, or both [2]. For a family peer role, it may be family experience [4]. Base the choice on the job, the setting and the people you serve [1].',
              '**Training and certification.** Name the certification or state-approved training the job requires, and whether the person must hold it when hired.',
              '**Duties.** Draw them from known peer tasks [4]. These include speaking up for people in recovery, sharing resources, teaching skills and building community [4]. They also include leading recovery groups, mentoring and helping people set goals [4]. Add outreach and engagement, and helping people make their own wellness plans [2, 3].',
              '**Setting and format.** Say where the work happens and whether it is one-on-one, in small groups, or both.',
              '**Supervision and growth.** Name who provides supervision and what chances exist for training and moving up.',
            ],
          },
          { type: 'heading', text: 'Keep the role recognizably peer' },
          {
            type: 'paragraph',
            text: 'Many organizations have seen this risk. A job description lists mostly clinical or office tasks and just adds the word peer to the title. The peer role complements other team roles and does not copy them [2]. So each duty should draw on lived experience and on the mutual, hopeful bond at the heart of peer support. Here is a useful test. Could someone with no lived experience do this duty just as well? If so, ask whether it belongs in this job at all.',
          },
          {
            type: 'paragraph',
            text: 'Senior peer jobs are real jobs too. SAMHSA notes that peer roles can extend to training, supervising other peer workers and developing resources [4]. They can extend to running programs or agencies and teaching the public and lawmakers [4]. A senior job description should still put lived experience at the center. That keeps the organization’s peer leaders grounded in recovery.',
          },
          { type: 'heading', text: 'Choose your words carefully' },
          {
            type: 'paragraph',
            text: 'A job description is often the first thing a candidate reads about your organization. DBHIDS has published Person First Guidelines [1]. They advise person-first words about substance use and substance use disorders, words that do not shame people [1]. The PR CoE lists them among its recommended resources [1]. Use them in every posting. Write about a person in recovery, a person with a substance use disorder or a person living with a mental health condition. Words that reduce people to a diagnosis tell candidates with lived experience how they may be seen at work.',
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
              { term: 'Role clarity', definition: 'A shared understanding of what a peer role includes and does not include, so that it complements rather than duplicates other team roles [2].' },
              { term: 'Person-first language', definition: 'Wording that names the person before any condition, such as “a person with a substance use disorder”, as recommended in the DBHIDS Person First Guidelines [1].' },
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
            text: 'El PR CoE da consejos a los grupos que crean un nuevo programa de pares [1]. Ten claro lo que esperas de los trabajadores de pares antes de empezar a reclutar [1]. Ten también un plan de supervisión y retención [1]. La descripción del puesto es donde esos planes se vuelven concretos. Este curso sigue los cuatro módulos del Peer Support Toolkit [1]. Lo creó el Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS, por sus siglas en inglés) [1]. El toolkit trata el reclutamiento y la contratación como una etapa propia [1]. Viene después de preparar a la organización y antes de la prestación de servicios y la supervisión [1]. Ese orden es un recordatorio: un buen anuncio depende del trabajo previo.',
          },
          { type: 'heading', text: 'Qué debe incluir la descripción de un puesto de pares' },
          {
            type: 'list',
            items: [
              '**Título.** Elige un título que se ajuste a tu entorno y a la certificación que reconoce tu estado. Algunos ejemplos son especialista de pares, coach de recuperación entre pares o trabajador certificado de apoyo entre pares [1, 5].',
              '**Propósito.** Describe un apoyo no clínico, basado en las fortalezas, que ayuda a las personas a encontrar y seguir su propio camino de recuperación [2]. Aclara que el rol complementa a terapeutas, administradores de casos y otros miembros del equipo [2].',
              '**Experiencia vivida.** Indica la experiencia vivida que requiere el puesto. Puede ser la recuperación de una condición de salud mental, de un trastorno por consumo de sustancias, o de ambos [2]. En un puesto de pares para familias, puede ser la experiencia como familiar [4]. Basa la decisión en el trabajo, el entorno y las personas que atiendes [1].',
              '**Capacitación y certificación.** Menciona la certificación o la capacitación aprobada por el estado que exige el puesto, y si la persona debe tenerla al ser contratada.',
              '**Funciones.** Tómalas de las tareas reconocidas de los pares [4]. Entre ellas están abogar por las personas en recuperación, compartir recursos, enseñar habilidades y crear comunidad [4]. También están dirigir grupos de recuperación, dar mentoría y ayudar a fijar metas [4]. Agrega el alcance comunitario y la vinculación, y el apoyo a las personas para que creen sus propios planes de bienestar [2, 3].',
              '**Entorno y formato.** Di dónde se realiza el trabajo y si es individual, en grupos pequeños o ambos.',
              '**Supervisión y crecimiento.** Indica quién supervisa y qué oportunidades hay de capacitación y de ascenso.',
            ],
          },
          { type: 'heading', text: 'Que el puesto siga siendo claramente de pares' },
          {
            type: 'paragraph',
            text: 'Muchas organizaciones han visto este riesgo. Una descripción enumera sobre todo tareas clínicas o administrativas y solo agrega la palabra “pares” al título. El rol de pares complementa los demás roles del equipo y no los duplica [2]. Así que cada función debería apoyarse en la experiencia vivida y en el vínculo mutuo y esperanzador que está en el centro del apoyo entre pares. Esta es una prueba útil. ¿Podría alguien sin experiencia vivida hacer esta tarea igual de bien? Si es así, pregúntate si de verdad corresponde a este puesto.',
          },
          {
            type: 'paragraph',
            text: 'Los puestos de pares de mayor nivel también son puestos reales. SAMHSA señala que los roles de pares pueden abarcar la capacitación, la supervisión de otros trabajadores de pares y el desarrollo de recursos [4]. Pueden abarcar la administración de programas o agencias y la educación del público y de los responsables de políticas [4]. La descripción de un puesto de mayor nivel también debe poner la experiencia vivida en el centro. Así el liderazgo de pares de la organización sigue arraigado en la recuperación.',
          },
          { type: 'heading', text: 'Cuida las palabras' },
          {
            type: 'paragraph',
            text: 'La descripción del puesto suele ser lo primero que un candidato lee sobre tu organización. DBHIDS publicó unas pautas llamadas Person First Guidelines [1]. Recomiendan un lenguaje que pone a la persona primero al hablar del consumo de sustancias y de los trastornos por consumo de sustancias, un lenguaje que no avergüenza [1]. El PR CoE las incluye entre sus recursos recomendados [1]. Aplícalas en cada anuncio. Habla de una persona en recuperación, de una persona con un trastorno por consumo de sustancias o de una persona que vive con una condición de salud mental. Las palabras que reducen a la gente a un diagnóstico les dicen a los candidatos con experiencia vivida cómo los verán en el trabajo.',
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
              { term: 'Claridad del rol', definition: 'Un entendimiento compartido de lo que incluye y lo que no incluye un puesto de pares, para que complemente y no duplique los demás roles del equipo [2].' },
              { term: 'Lenguaje que pone a la persona primero', definition: 'Una forma de hablar que nombra primero a la persona y después la condición, como “una persona con un trastorno por consumo de sustancias”, según las Person First Guidelines de DBHIDS [1].' },
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
            text: 'Many employers find good peer candidates through the recovery community. The PR CoE describes recovery community organizations (RCOs) as grassroots, independent nonprofits [1]. The local recovery community founds and leads them [1]. They make recovery visible and easy to reach [1]. Peer workers also work in groups run by peers and in recovery community centers [2]. These groups, and RCOs, are natural partners. Share job posts with them and get to know future candidates. The PR CoE itself is a peer-led center that offers training and help [1].',
          },
          { type: 'heading', text: 'Treat recovery as a credential, not a risk' },
          {
            type: 'paragraph',
            text: 'A recovery-friendly hiring process fits what the peer role is. Peer workers help people find and follow their own recovery paths without judgment, expectations, rules or demands [2]. Do not grade candidates on how they recovered, or expect one path. That would go against the very values you are hiring for. A more useful lens is **recovery capital**. The PR CoE describes it as the breadth and depth of inner and outer resources a person can draw on to begin and keep up recovery [1]. This lens keeps your focus on the strengths and resources a candidate brings.',
          },
          { type: 'heading', text: 'Interview for lived experience and skill' },
          {
            type: 'paragraph',
            text: 'Lived experience is the key qualification. So the interview should explore it, with respect. The aim is not to collect details of a diagnosis or a life story. It is to learn how the candidate uses their experience to help others. Davidson and colleagues (2012) write that sharing one’s story with care helps to model recovery and offer hope [2]. So the interview can test that skill. For example:',
          },
          {
            type: 'list',
            items: [
              'Ask how the candidate decides which parts of their story to share, with whom and when.',
              'Ask for an example of helping someone reach a goal they chose for themselves.',
              'Ask what they would do when a team member’s plan and a person’s own choice do not match.',
              'Ask what training they have had or plan to get, such as certification.',
              'Ask skilled peer staff to join the interview panel. SAMHSA says peer workers may supervise other peer workers [3]. BRSS TACS itself has people in recovery among its leaders [3]. Peer co-workers know what the role demands.',
            ],
          },
          { type: 'heading', text: 'A consistent, respectful process' },
          {
            type: 'paragraph',
            text: 'Many employers find that a fair process starts with planning. Base every interview on the same core questions. Draw them from the expectations and job description you wrote before recruiting. Then each candidate is judged against the role, not against what an interviewer guesses about recovery. Use person-first language in every letter, email and talk, as the DBHIDS Person First Guidelines advise [1]. And have your plan for supervising and keeping staff ready before the first offer goes out, as the PR CoE advises [1]. The DBHIDS toolkit gives a whole module to supporting, supervising and keeping peer staff [1].',
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
              { term: 'Recovery community organization (RCO)', definition: 'A grassroots, independent nonprofit founded and led by the local recovery community that makes recovery visible and accessible [1].' },
              { term: 'Recovery capital', definition: 'The range and depth of personal and outside resources a person can draw on to begin and sustain recovery [1].' },
              { term: 'Recovery-friendly hiring', definition: 'A hiring process that treats lived experience as a qualification and respects each candidate’s own recovery path.' },
              { term: 'Person First Guidelines', definition: 'DBHIDS recommendations for non-stigmatizing, person-first language about substance use and substance use disorders [1].' },
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
            text: 'Muchos empleadores encuentran buenos candidatos de pares a través de la comunidad de recuperación. El PR CoE describe las organizaciones comunitarias de recuperación (RCO, por sus siglas en inglés) como organizaciones sin fines de lucro, independientes y de base [1]. Las funda y dirige la comunidad local en recuperación [1]. Hacen que la recuperación sea visible y accesible [1]. Los trabajadores de pares también trabajan en organizaciones dirigidas por pares y en centros comunitarios de recuperación [2]. Estos grupos, y las RCO, son aliados naturales. Comparte con ellos tus anuncios y conoce a futuros candidatos. El propio PR CoE es un centro dirigido por pares que ofrece capacitación y ayuda [1].',
          },
          { type: 'heading', text: 'Ve la recuperación como una credencial, no como un riesgo' },
          {
            type: 'paragraph',
            text: 'Un proceso de contratación respetuoso de la recuperación es coherente con lo que es el rol de pares. Los trabajadores de pares ayudan a las personas a encontrar y seguir su propio camino de recuperación, sin juicios, expectativas, reglas ni requisitos [2]. No califiques a los candidatos según cómo se recuperaron, ni esperes un único camino. Eso iría en contra de los mismos valores que buscas contratar. Un enfoque más útil es el del **capital de recuperación**. El PR CoE lo describe como la amplitud y la profundidad de los recursos internos y externos a los que una persona puede recurrir para iniciar y mantener su recuperación [1]. Este enfoque mantiene tu atención en las fortalezas y los recursos que aporta el candidato.',
          },
          { type: 'heading', text: 'Entrevista sobre experiencia vivida y habilidades' },
          {
            type: 'paragraph',
            text: 'La experiencia vivida es el requisito clave. Así que la entrevista debe explorarla, con respeto. El objetivo no es reunir detalles de un diagnóstico o de una historia personal. Es entender cómo usa el candidato su experiencia para ayudar a otros. Davidson y sus colegas (2012) escriben que compartir la propia historia con cuidado ayuda a modelar la recuperación y a ofrecer esperanza [2]. Así que la entrevista puede evaluar esa habilidad. Por ejemplo:',
          },
          {
            type: 'list',
            items: [
              'Pregunta cómo decide qué partes de su historia compartir, con quién y en qué momento.',
              'Pide un ejemplo de cuando ayudó a alguien a lograr una meta que esa persona eligió.',
              'Pregunta qué haría si el plan de un miembro del equipo y la decisión propia de una persona no coinciden.',
              'Pregunta qué capacitación ha tenido o piensa tener, como la certificación.',
              'Pide a personal de pares con experiencia que se una al panel de entrevistas. SAMHSA dice que los trabajadores de pares pueden supervisar a otros trabajadores de pares [3]. El propio BRSS TACS tiene personas en recuperación entre sus líderes [3]. Los colegas pares saben lo que exige el puesto.',
            ],
          },
          { type: 'heading', text: 'Un proceso coherente y respetuoso' },
          {
            type: 'paragraph',
            text: 'Muchos empleadores ven que un proceso justo empieza con la planificación. Basa todas las entrevistas en las mismas preguntas centrales. Tómalas de las expectativas y de la descripción del puesto que redactaste antes de reclutar. Así cada candidato se compara con el puesto, y no con las suposiciones de un entrevistador sobre la recuperación. Usa un lenguaje que ponga a la persona primero en cada carta, correo y conversación, como recomiendan las Person First Guidelines de DBHIDS [1]. Y ten listo tu plan para supervisar y retener al personal antes de hacer la primera oferta, como recomienda el PR CoE [1]. El toolkit de DBHIDS dedica un módulo completo a apoyar, supervisar y retener al personal de pares [1].',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Desde el punto de vista del candidato',
            text: 'Piensa en la última persona en recuperación que tu organización entrevistó. ¿En qué momento pudo haber sentido que su pasado era un punto en contra? ¿Qué haría falta para que ese mismo momento se sintiera como el reconocimiento de una fortaleza?',
          },
          {
            type: 'keyTerms',
            terms: [
              { term: 'Organización comunitaria de recuperación (RCO)', definition: 'Una organización sin fines de lucro, independiente y de base, fundada y dirigida por la comunidad local en recuperación, que hace visible y accesible la recuperación [1].' },
              { term: 'Capital de recuperación', definition: 'La amplitud y la profundidad de los recursos personales y externos a los que una persona puede recurrir para iniciar y mantener su recuperación [1].' },
              { term: 'Contratación respetuosa de la recuperación', definition: 'Un proceso de contratación que trata la experiencia vivida como un requisito y respeta el propio camino de recuperación de cada candidato.' },
              { term: 'Person First Guidelines', definition: 'Las recomendaciones de DBHIDS para usar un lenguaje sin estigma que ponga a la persona primero al hablar del consumo de sustancias y de los trastornos por consumo de sustancias [1].' },
            ],
          },
        ],
      },
    },
  ],
}
