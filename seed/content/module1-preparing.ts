import type { ModuleContent } from './types'

import { SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_PRCOE, SRC_SAMHSA_PEER_WORKERS, SRC_VALUE_OF_PEERS } from './sources'

/**
 * Module 1 of the PeerPath curriculum, following module 1 of the Philadelphia
 * DBHIDS Peer Support Toolkit: Preparing the Organization: Why Do It?
 * Facts come from the seed documents listed in each lesson's `sources`.
 */

export const module1: ModuleContent = {
  slug: 'preparing-the-organization',
  order: 1,
  area: 'preparing-the-organization',
  estimatedMinutes: 50,
  competencies: [
    'C1-ENGAGES',
    'C2-SUPPORT',
    'C3-LIVED-EXPERIENCE',
    'C5-RECOVERY-PLANNING',
    'C6-LINKS-RESOURCES',
    'C9-COMMUNICATION',
    'C10-COLLABORATION',
    'C11-LEADERSHIP-ADVOCACY',
    'C12-GROWTH',
  ],
  en: {
    title: 'Preparing the Organization: Why Do It?',
    summary:
      'A module for managers and staff of behavioral health organizations: what peer support is, why the mutuality of “peerness” matters, what the research says about its benefits, how it fits a recovery-oriented system of care and helps people build recovery capital, and how to tell whether your culture is ready for peer staff.',
  },
  es: {
    title: 'Preparar a la organización: ¿por qué hacerlo?',
    summary:
      'Un módulo para gerentes y personal de organizaciones de salud conductual: qué es el apoyo entre pares, por qué importa la reciprocidad que llamamos “peerness”, qué dice la investigación sobre sus beneficios, cómo encaja en un sistema de atención orientado a la recuperación y ayuda a las personas a reunir capital de recuperación, y cómo saber si la cultura de tu organización está lista para recibir personal de pares.',
  },
  lessons: [
    // ───────────────────────────── Lesson 1 ─────────────────────────────
    {
      slug: 'what-is-peer-support',
      order: 1,
      estimatedMinutes: 9,
      competencies: ['C2-SUPPORT', 'C3-LIVED-EXPERIENCE', 'C10-COLLABORATION'],
      sources: [SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'What Peer Support Is and What Peer Workers Do',
        summary:
          'A working definition of peer support, who peer support workers are, what they do day to day, and how their role sits alongside clinical staff.',
        body: [
          { type: 'heading', text: 'Peer support in plain terms' },
          {
            type: 'paragraph',
            text: 'Peer support is not one single service. It covers many kinds of help between people who have been through something alike. Each has been told they have a mental health condition, a substance use disorder, or both. One web page on peer support (it does not say who wrote it) calls it “peer-to-peer” help. It says this help is structured and based on evidence. People who are new to recovery learn from others who have already walked that road. Certified Peer Support Workers (CPSWs) may be paid staff or volunteers. They bring their own grasp of recovery, and their commitment to it. Both sides gain from the bond, and it makes treatment work better.',
          },
          {
            type: 'paragraph',
            text: 'A peer support worker has lived through recovery from a mental health condition, a substance use disorder, or both. They use that life story to help others who face the same kind of struggle. Their support is **non-clinical** and **strengths-based**. Davidson and colleagues (1999) call peer workers “experientially credentialed.” Their own recovery is part of what makes them fit for the job. The Peer Support Specialist page adds that peer specialists are trained and certified. That way they can help others find hope and move forward in recovery.',
          },
          { type: 'heading', text: 'Many titles, one shared commitment' },
          {
            type: 'paragraph',
            text: 'The job title depends on the place. You may hear peer specialist, peer recovery coach or peer advocate. You may also hear peer recovery support specialist or certified recovery support specialist. In the Department of Veterans Affairs, the title is peer support technician. Whatever the title, these workers share one goal. They help their peers by building on what is strong in each person.',
          },
          { type: 'heading', text: 'What peer workers do' },
          {
            type: 'paragraph',
            text: 'The Value of Peers papers from the Substance Abuse and Mental Health Services Administration (SAMHSA) sum up the heart of the work (SAMHSA also publishes its Peer Support sheet in Spanish, under the title “Apoyo entre compañeros”). Peer support workers:',
          },
          {
            type: 'list',
            items: [
              'Inspire hope by showing, through their own lives, that people can and do recover',
              'Walk beside people throughout their recovery journeys',
              'Challenge myths about what it means to live with a mental health condition or a substance use disorder',
              'Offer self-help education and connect people with tools and resources',
              'Help people name their goals, hopes and dreams and map out a route to reach them',
            ],
          },
          {
            type: 'paragraph',
            text: 'Day to day, peer workers speak up for people in recovery. They share resources and teach skills. They build community and ties between people. They lead recovery groups, mentor people and help them set goals. They also reach out to people who are not yet in services. They work with one person at a time and with small groups. Peer roles can grow, too. Peer staff may train others, supervise other peer workers, make new resources, run programs or agencies, and teach the public and lawmakers.',
          },
          { type: 'heading', text: 'How the role fits with the rest of the team' },
          {
            type: 'paragraph',
            text: 'For managers, one point matters most. The peer role **complements** the work of therapists, case managers and the rest of the team. It does not copy or replace those roles. The peer worker helps people find and follow their own path to recovery. They do this without judgment, expectations, rules or demands. Peer workers can also help break down walls of experience and understanding. They can ease the power gaps that make it hard for a person to work with the rest of the treatment team.',
          },
          {
            type: 'paragraph',
            text: 'Peer workers work in many places. These include recovery community centers, groups run by peers and recovery homes. They work in hospital emergency departments, drug courts and other parts of the justice system. They work in child welfare agencies and in shelters for people without a home. They also work in primary care and behavioral health services. The Peer Support Specialist page adds hospital wards, community programs and respite services run by peers. Most peer specialists are paid staff, though some choose to volunteer.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Think about your organization',
            text: 'Where in your services could someone who has lived through recovery offer something your staff cannot? Which co-workers might fear that a peer worker would replace them? How would you explain that the peer role adds to theirs?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Peer support',
                definition:
                  'The many activities and exchanges that take place among people who have each been diagnosed with a mental health condition, a substance use disorder, or both.',
              },
              {
                term: 'Peer support worker',
                definition:
                  'A person with lived experience of recovery who is trained, and often certified, to support others facing similar challenges. Titles vary by setting.',
              },
              {
                term: 'Experientially credentialed',
                definition:
                  'Qualified in part by one’s own recovery journey (Davidson et al., 1999).',
              },
              {
                term: 'Strengths-based support',
                definition:
                  'Non-clinical support that starts from a person’s abilities, resources and hopes rather than from their problems.',
              },
            ],
          },
        ],
      },
      es: {
        title: 'Qué es el apoyo entre pares y qué hacen los trabajadores de pares',
        summary:
          'Una definición práctica del apoyo entre pares, quiénes son los trabajadores de apoyo entre pares, qué hacen en su día a día y cómo encaja su función junto al personal clínico.',
        body: [
          { type: 'heading', text: 'El apoyo entre pares, en palabras sencillas' },
          {
            type: 'paragraph',
            text: 'El apoyo entre pares no es un solo servicio. Abarca muchas actividades e interacciones entre personas que han pasado por algo parecido: un diagnóstico de una condición de salud mental, de un trastorno por consumo de sustancias, o de ambos. Una página web sobre apoyo entre pares cuyo editor no se indica lo describe, a veces con el nombre de apoyo “de par a par”, como una forma estructurada y basada en la evidencia de ayudar a quienes empiezan su recuperación, aprovechando la experiencia compartida de otras personas que ya recorrieron ese camino. Los trabajadores certificados de apoyo entre pares (CPSW, por sus siglas en inglés), ya sean empleados o voluntarios, aportan su propia comprensión de la recuperación y su compromiso con ella a relaciones que benefician a ambas partes y hacen más eficaz el tratamiento profesional.',
          },
          {
            type: 'paragraph',
            text: 'Un trabajador de apoyo entre pares es una persona con experiencia vivida de recuperación de una condición de salud mental, de un trastorno por consumo de sustancias, o de ambos, que usa esa experiencia para apoyar a otras personas con retos similares. Su apoyo es **no clínico** y está **basado en las fortalezas**. Davidson y sus colegas (1999) dicen que los trabajadores de pares están “acreditados por la experiencia”: su propio camino de recuperación es parte de lo que los califica. La página Peer Support Specialist añade que los especialistas de pares reciben capacitación y certificación para ayudar a otros a encontrar esperanza y avanzar en su propia recuperación.',
          },
          { type: 'heading', text: 'Muchos títulos, un mismo compromiso' },
          {
            type: 'paragraph',
            text: 'Según el lugar de trabajo, encontrará distintos títulos: especialista de pares, coach de recuperación entre pares, defensor de pares, especialista en apoyo a la recuperación entre pares, especialista certificado en apoyo a la recuperación o, en el Departamento de Asuntos de Veteranos, técnico de apoyo entre pares. Sea cual sea el título, todos comparten el compromiso de ayudar a sus pares desde una perspectiva centrada en las fortalezas.',
          },
          { type: 'heading', text: 'Qué hacen los trabajadores de pares' },
          {
            type: 'paragraph',
            text: 'El documento Value of Peers de la Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA, por sus siglas en inglés) resume lo esencial del trabajo (SAMHSA publica en español su hoja Peer Support con el título “Apoyo entre compañeros”). Los trabajadores de apoyo entre pares:',
          },
          {
            type: 'list',
            items: [
              'Inspiran esperanza al mostrar, con su propia vida, que las personas sí se recuperan',
              'Acompañan a las personas a lo largo de su camino de recuperación',
              'Desmienten mitos sobre lo que significa vivir con una condición de salud mental o un trastorno por consumo de sustancias',
              'Ofrecen educación de autoayuda y conectan a las personas con herramientas y recursos',
              'Ayudan a las personas a identificar sus metas, esperanzas y sueños, y a trazar una ruta para alcanzarlos',
            ],
          },
          {
            type: 'paragraph',
            text: 'En el día a día, esto puede significar abogar por las personas en recuperación, compartir recursos y desarrollar habilidades, crear comunidad y relaciones, dirigir grupos de recuperación, y dar mentoría y fijar metas. Los trabajadores de pares también hacen labores de alcance y vinculación, y trabajan tanto de forma individual como en grupos pequeños. Con experiencia, el personal de pares puede llegar a impartir capacitaciones, supervisar a otros trabajadores de pares, crear recursos, dirigir programas o agencias, y educar al público y a los responsables de políticas.',
          },
          { type: 'heading', text: 'Cómo encaja la función en el equipo' },
          {
            type: 'paragraph',
            text: 'Para los gerentes hay un punto clave: la función de pares **complementa** el trabajo de terapeutas, administradores de casos y demás miembros del equipo. No lo duplica ni lo reemplaza. La tarea del trabajador de pares es ayudar a cada persona a encontrar y seguir su propio camino de recuperación, sin juicios, expectativas, reglas ni requisitos. Como comparten experiencia vivida con las personas que atienden, los trabajadores de pares también pueden ayudar a derribar barreras de experiencia y comprensión, así como dinámicas de poder que a veces dificultan que una persona trabaje con el resto del equipo de tratamiento.',
          },
          {
            type: 'paragraph',
            text: 'Los trabajadores de pares ejercen en muchos lugares: organizaciones dirigidas por pares, centros comunitarios de recuperación, residencias de recuperación, tribunales de drogas y otros ámbitos de la justicia penal, salas de emergencia de hospitales, agencias de bienestar infantil, albergues para personas sin hogar, y servicios de salud conductual y de atención primaria. La página Peer Support Specialist menciona además la atención hospitalaria, los servicios comunitarios y los servicios de respiro dirigidos por pares. La mayoría de los especialistas de pares son empleados remunerados, aunque algunos prefieren ser voluntarios.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Piensa en tu organización',
            text: '¿En qué parte de tus servicios podría alguien que ha vivido la recuperación aportar algo que tu personal actual no puede ofrecer? ¿Qué colegas podrían temer que un trabajador de pares los reemplace, y cómo les explicarías que la función de pares complementa la suya?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Apoyo entre pares',
                definition:
                  'Conjunto de actividades e interacciones entre personas que comparten la experiencia de haber sido diagnosticadas con una condición de salud mental, un trastorno por consumo de sustancias, o ambos.',
              },
              {
                term: 'Trabajador de apoyo entre pares',
                definition:
                  'Persona con experiencia vivida de recuperación, capacitada y a menudo certificada para apoyar a otras con retos similares. Su título varía según el lugar de trabajo.',
              },
              {
                term: 'Acreditado por la experiencia',
                definition:
                  'Calificado en parte por su propio camino de recuperación (Davidson et al., 1999).',
              },
              {
                term: 'Apoyo basado en las fortalezas',
                definition:
                  'Apoyo no clínico que parte de las capacidades, los recursos y las esperanzas de la persona, y no de sus problemas.',
              },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 2 ─────────────────────────────
    {
      slug: 'peerness-and-mutuality',
      order: 2,
      estimatedMinutes: 8,
      competencies: ['C1-ENGAGES', 'C3-LIVED-EXPERIENCE', 'C9-COMMUNICATION'],
      sources: [SRC_PRCOE, SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Peerness: Why Mutuality Matters',
        summary:
          'What “peerness” means, why a relationship built on shared experience creates connection and hope, and what it asks of the organization around it.',
        body: [
          { type: 'heading', text: 'The bond at the center of peer support' },
          {
            type: 'paragraph',
            text: 'At the heart of peer support is a relationship. The sources use the word **peerness** for the mutuality between a peer support worker and someone who is in recovery or seeking it. This shared ground builds connection and inspires hope. The Peer Recovery Center of Excellence (PR CoE) says peer recovery support happens when people with shared lived experience connect. The bond that forms can create shared moments of empathy that foster growth and recovery.',
          },
          {
            type: 'paragraph',
            text: 'Mead and McNeil (2006) noted that peer support offers a kind of acceptance, understanding and validation that many other professional relationships do not. The Peer Support Specialist page puts this in everyday terms. In every part of life, relationships matter to well-being. We call friends in hard times. We look for people who have faced the same thing, such as a long illness or the loss of a loved one. We expect them to understand. Peer specialists can offer that understanding at a time when many people feel alone and without hope.',
          },
          { type: 'heading', text: 'Mutuality grows through thoughtful sharing' },
          {
            type: 'paragraph',
            text: 'Peerness does not just happen. It grows when a peer worker shares their story with care and purpose. Davidson, Bellamy, Guy and Miller (2012) wrote that the mutuality built by thoughtful sharing helps to model recovery and offer hope. Peer workers know firsthand what it is like to live well with a mental health condition or a substance use disorder. They can give real examples of what recovery looks like. People quoted in SAMHSA’s Value of Peers say that seeing others recover gave them hope that they could too. Another says peer support allowed them to feel “normal.”',
          },
          {
            type: 'paragraph',
            text: 'SAMHSA names three parts of this relationship: shared understanding, respect and mutual empowerment. Through them, peer workers help people take part in recovery and keep at it, and lower the chance of a return to use. Shared experience can take more than one form. In behavioral health, the peer bond rests on being in recovery from a mental health or substance use condition, or both. It can also rest on being a family member of someone who is. Some peer workers build extra skills to serve certain groups, such as families.',
          },
          { type: 'heading', text: 'What peerness asks of the organization' },
          {
            type: 'paragraph',
            text: 'The sources say the peer role helps people follow their own recovery paths. It does so without judgment, expectations, rules or demands. It can also ease the power gaps between people and their treatment team. Many organizations find that asking peer staff to enforce rules, check up on people or act as junior clinicians works against this. It can weaken the mutuality that gives the role its value. Some signs that an organization protects peerness:',
          },
          {
            type: 'list',
            items: [
              'Peer staff feel free to share parts of their own recovery story when it helps the person they are supporting.',
              'People served are treated as partners who set their own goals.',
              'Team meetings, records and everyday conversation use respectful, person-first language.',
              'Peer workers are not assigned to police rules or report on compliance.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Your own experience of mutuality',
            text: 'Think of a time when someone who had been through the same thing as you made a difference. What did they offer that a professional without that experience could not? What in your organization might make it harder for peer staff to offer that kind of bond?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Peerness',
                definition:
                  'The sense of mutuality a peer support worker shares with someone who is in recovery or looking for it, rooted in common experience; it builds connection and hope.',
              },
              {
                term: 'Mutuality',
                definition:
                  'A relationship in which both people relate as equals and both gain something; it grows through thoughtful sharing of experience.',
              },
              {
                term: 'Lived experience',
                definition:
                  'Personal experience of recovery from a mental health condition, a substance use disorder, or both, or of being a family member of someone in that situation.',
              },
              {
                term: 'Mutual empowerment',
                definition:
                  'Strength that both people draw from the peer relationship, which helps people engage and stay engaged in recovery.',
              },
            ],
          },
        ],
      },
      es: {
        title: 'Peerness: por qué importa la reciprocidad',
        summary:
          'Qué significa “peerness” (el sentido de ser pares), por qué una relación basada en la experiencia compartida crea conexión y esperanza, y qué le exige a la organización que la rodea.',
        body: [
          { type: 'heading', text: 'El vínculo en el centro del apoyo entre pares' },
          {
            type: 'paragraph',
            text: 'Lo que distingue al apoyo entre pares de otros servicios es la relación misma. Las fuentes llaman **peerness**, el sentido de ser pares, a la reciprocidad entre un trabajador de apoyo entre pares y una persona que está en recuperación o la busca. Este terreno común crea conexión e inspira esperanza. Según el Peer Recovery Center of Excellence (PR CoE), el apoyo entre pares para la recuperación ocurre cuando personas con experiencias vividas en común se conectan, y el vínculo que surge puede generar experiencias mutuas de empatía que impulsan el crecimiento y la recuperación.',
          },
          {
            type: 'paragraph',
            text: 'Mead y McNeil (2006) observaron que el apoyo entre pares brinda un nivel de aceptación, comprensión y validación que muchas otras relaciones profesionales no ofrecen. La página Peer Support Specialist lo explica con ejemplos cotidianos. En todos los ámbitos de la vida, las relaciones son esenciales para el bienestar: llamamos a los amigos en los momentos difíciles y buscamos a quienes han enfrentado retos parecidos, como una enfermedad crónica o la pérdida de un ser querido, porque esperamos que nos entiendan. Los especialistas de pares pueden ofrecer esa comprensión en un momento en que muchas personas se sienten aisladas y sin esperanza.',
          },
          { type: 'heading', text: 'La reciprocidad crece cuando se comparte con cuidado' },
          {
            type: 'paragraph',
            text: 'El sentido de ser pares no surge solo. Crece cuando el trabajador de pares comparte su experiencia con cuidado y con un propósito. Davidson, Bellamy, Guy y Miller (2012) encontraron que la reciprocidad que nace de compartir con reflexión tiene un papel importante para modelar la recuperación y ofrecer esperanza. Los trabajadores de pares aportan su conocimiento personal de lo que es vivir, y salir adelante, con una condición de salud mental o un trastorno por consumo de sustancias, junto con ejemplos reales de cómo puede ser la recuperación. Personas citadas en Value of Peers, de SAMHSA, cuentan que ver a otros recuperarse fue lo que les hizo creer que ellas también podían, y que el apoyo entre pares las ayudó a sentirse “normales”.',
          },
          {
            type: 'paragraph',
            text: 'SAMHSA señala como ingredientes de esta relación la comprensión compartida, el respeto y el empoderamiento mutuo. Juntos ayudan a que las personas se involucren en su recuperación, sigan involucradas y tengan menos probabilidades de volver a consumir. La experiencia compartida puede tomar más de una forma: en la salud conductual, la relación de pares se basa en estar en recuperación de una condición de salud mental o de consumo de sustancias (o de ambas), o en ser familiar de alguien en esa situación. Algunos trabajadores de pares desarrollan competencias adicionales para atender a grupos específicos, como las familias.',
          },
          { type: 'heading', text: 'Lo que el sentido de ser pares le pide a la organización' },
          {
            type: 'paragraph',
            text: 'Las fuentes describen la función de pares como ayudar a las personas a seguir su propio camino de recuperación sin juicios, expectativas, reglas ni requisitos, y como una manera de suavizar las dinámicas de poder que pueden interponerse entre las personas y su equipo de tratamiento. Pedir al personal de pares que haga cumplir las reglas del programa, vigile el cumplimiento o actúe como un clínico de menor rango va en contra de esa descripción y puede debilitar la reciprocidad que da valor a la función. Algunas señales de que una organización protege el sentido de ser pares:',
          },
          {
            type: 'list',
            items: [
              'El personal de pares se siente con libertad para compartir partes de su historia de recuperación cuando eso ayuda a la persona que acompaña.',
              'Las personas atendidas son tratadas como socias que fijan sus propias metas.',
              'En las reuniones de equipo, los expedientes y las conversaciones diarias se usa un lenguaje respetuoso que pone a la persona primero.',
              'A los trabajadores de pares no se les asigna vigilar reglas ni informar sobre su cumplimiento.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Tu propia experiencia de reciprocidad',
            text: 'Recuerda una ocasión en que alguien que había pasado por algo parecido a lo tuyo marcó una diferencia. ¿Qué te ofreció esa persona que un profesional sin esa experiencia no podía darte? ¿Qué aspectos de tu organización podrían dificultar que el personal de pares ofrezca ese mismo tipo de conexión?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Peerness (sentido de ser pares)',
                definition:
                  'La reciprocidad entre un trabajador de apoyo entre pares y una persona que está en recuperación o la busca, basada en la experiencia compartida; favorece la conexión e inspira esperanza.',
              },
              {
                term: 'Reciprocidad',
                definition:
                  'Relación en la que ambas personas se tratan como iguales y ambas ganan algo; crece cuando la experiencia se comparte con reflexión.',
              },
              {
                term: 'Experiencia vivida',
                definition:
                  'Experiencia personal de recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos, o de ser familiar de alguien en esa situación.',
              },
              {
                term: 'Empoderamiento mutuo',
                definition:
                  'Fortaleza que ambas personas obtienen de la relación de pares y que ayuda a involucrarse y mantenerse en la recuperación.',
              },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 3 ─────────────────────────────
    {
      slug: 'benefits-of-peer-support',
      order: 3,
      estimatedMinutes: 8,
      competencies: ['C2-SUPPORT', 'C11-LEADERSHIP-ADVOCACY'],
      sources: [SRC_PRCOE, SRC_VALUE_OF_PEERS, SRC_PEER_SPECIALIST_PAGE, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'The Evidence: Benefits of Peer Support',
        summary:
          'The benefits that research cited by SAMHSA, the PR CoE and two peer support web pages links with peer support, for the people served and for services, and how to present that evidence accurately.',
        body: [
          { type: 'heading', text: 'Why the evidence matters to your organization' },
          {
            type: 'paragraph',
            text: 'Leaders who propose a peer program may be asked to justify it. The Peer Support Specialist page reports that peer support is available in all 50 states. Medicaid pays for it in 35 of them. SAMHSA considers it a best practice. SAMHSA’s Value of Peers notes that new research shows peer support works to support recovery from behavioral health conditions. Below is a summary of the benefits the sources link with peer support, with the studies they cite.',
          },
          { type: 'heading', text: 'Benefits for people in recovery' },
          {
            type: 'list',
            items: [
              'Greater self-esteem and confidence (Davidson et al., 1999; Salzer, 2002)',
              'A stronger sense of hope and inspiration (Davidson et al., 2006; Ratzlaff et al., 2006; Davidson et al., 2012)',
              'A greater sense of control and of being able to bring about changes in one’s life (Davidson et al., 2012)',
              'Higher empowerment scores (Davidson et al., 1999; Dumont & Jones, 2002; Ochoka et al., 2006; Resnick & Rosenheck, 2008)',
              'More social support and better social functioning (Kurtz, 1990; Nelson et al., 2006; Trainor et al., 1997; Yanos et al., 2001)',
              'More empathy and acceptance, a sense of camaraderie (Coatsworth-Puspokey et al., 2006; Davidson et al., 1999)',
              'Less substance use and depression, fewer psychotic symptoms, and more engagement in self-care and wellness (Davidson et al., 2012)',
              'Higher rates of abstinence, better adherence to substance use disorder treatment, and lower rates of use and of return to use (Reif et al., 2014)',
            ],
          },
          { type: 'heading', text: 'Benefits for services and systems' },
          {
            type: 'list',
            items: [
              'Lower hospital admission rates and longer community tenure (Chinman et al., 2001; Davidson et al., 2012; Forchuk et al., 2005; Min et al., 2007)',
              'Greater housing stability and more primary care visits, with fewer hospital and emergency department admissions (Bassuk et al., 2016)',
              'Better access to and engagement in treatment, less time in out-of-home child welfare care and faster family reunification (Huebner et al., 2012; Sears et al., 2017)',
              'Fewer criminal justice charges and less probation or parole (Davidson et al., 2012)',
              'A stronger sense among people served that treatment responds to and includes their needs (Davidson et al., 2012)',
            ],
          },
          {
            type: 'paragraph',
            text: 'The Peer Support Specialist page sums up similar findings. It lists fewer symptoms and hospital stays, shorter stays and lower costs. It lists more social support and community life, better well-being, and recoveries that are fuller and last longer. A peer support web page whose publisher is not given adds more. It says structured peer support can help keep people in treatment and strengthen the drive to change. It can reduce substance use and lower risky behavior linked to crime, disease spread and long-term health problems. It can support sobriety in times of stress or crisis. And it can build belief in oneself, belonging and hope for the future.',
          },
          { type: 'heading', text: 'Using the evidence responsibly' },
          {
            type: 'paragraph',
            text: 'When you present this evidence to staff, boards or funders, stay close to what the research says. SAMHSA describes benefits that peer support **may** include, based on new research. So do not promise that any one program will produce a certain result. Name the study when you cite a finding. Do not add figures the sources do not give. The studies also describe peer workers doing peer work. Many organizations find that the benefits depend on letting peer workers stay in that role. That is why the rest of this module turns to the system and culture around them.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Making the case',
            text: 'Which two or three of these benefits matter most to the people you serve? Which matter most to your funders? How would you explain them to a co-worker who doubts that peer support adds anything to clinical care?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Best practice',
                definition:
                  'An approach recognized as effective; SAMHSA considers peer support a best practice.',
              },
              {
                term: 'Empowerment',
                definition:
                  'A person’s sense of control over their life and ability to bring about change; research links peer support with higher empowerment scores.',
              },
              {
                term: 'Community tenure',
                definition:
                  'The length of time a person lives in the community rather than in a hospital.',
              },
              {
                term: 'Return to use',
                definition:
                  'Resuming substance use after a period of recovery; a neutral, person-first way to describe it.',
              },
            ],
          },
        ],
      },
      es: {
        title: 'La evidencia: beneficios del apoyo entre pares',
        summary:
          'Los beneficios que la investigación citada por SAMHSA, el PR CoE y dos páginas web sobre apoyo entre pares asocia con el apoyo entre pares, para las personas atendidas y para los servicios, y cómo presentar esa evidencia con precisión.',
        body: [
          { type: 'heading', text: 'Por qué la evidencia importa a tu organización' },
          {
            type: 'paragraph',
            text: 'A quienes proponen un programa de pares casi siempre se les pide que lo justifiquen. La página Peer Support Specialist informa que el apoyo entre pares está disponible en los 50 estados, que Medicaid lo reembolsa en 35 de ellos y que SAMHSA lo considera una buena práctica. El documento Value of Peers, de SAMHSA, señala que la investigación reciente muestra que el apoyo entre pares es eficaz para apoyar la recuperación de condiciones de salud conductual. A continuación encontrará un resumen de los beneficios que las fuentes asocian con el apoyo entre pares, junto con los estudios que citan.',
          },
          { type: 'heading', text: 'Beneficios para las personas en recuperación' },
          {
            type: 'list',
            items: [
              'Mayor autoestima y confianza (Davidson et al., 1999; Salzer, 2002)',
              'Más esperanza e inspiración (Davidson et al., 2006; Ratzlaff et al., 2006; Davidson et al., 2012)',
              'Mayor sensación de control y de capacidad para lograr cambios en la propia vida (Davidson et al., 2012)',
              'Puntuaciones más altas de empoderamiento (Davidson et al., 1999; Dumont & Jones, 2002; Ochoka et al., 2006; Resnick & Rosenheck, 2008)',
              'Más apoyo social y mejor funcionamiento social (Kurtz, 1990; Nelson et al., 2006; Trainor et al., 1997; Yanos et al., 2001)',
              'Más empatía y aceptación, un sentido de compañerismo (Coatsworth-Puspokey et al., 2006; Davidson et al., 1999)',
              'Menos consumo de sustancias y depresión, menos síntomas psicóticos y mayor participación en el autocuidado y el bienestar (Davidson et al., 2012)',
              'Tasas más altas de abstinencia, mejor adherencia al tratamiento del trastorno por consumo de sustancias y tasas más bajas de consumo y de regreso al consumo (Reif et al., 2014)',
            ],
          },
          { type: 'heading', text: 'Beneficios para los servicios y los sistemas' },
          {
            type: 'list',
            items: [
              'Menos hospitalizaciones y más tiempo viviendo en la comunidad (Chinman et al., 2001; Davidson et al., 2012; Forchuk et al., 2005; Min et al., 2007)',
              'Mayor estabilidad de vivienda y más visitas de atención primaria, con menos ingresos al hospital y a la sala de emergencias (Bassuk et al., 2016)',
              'Mejor acceso al tratamiento y mayor participación en él, menos tiempo en cuidado fuera del hogar del sistema de bienestar infantil y reunificación familiar más rápida (Huebner et al., 2012; Sears et al., 2017)',
              'Menos cargos penales y menos casos de libertad condicional o bajo palabra (Davidson et al., 2012)',
              'Una mayor sensación, entre las personas atendidas, de que el tratamiento responde a sus necesidades y las incluye (Davidson et al., 2012)',
            ],
          },
          {
            type: 'paragraph',
            text: 'La página Peer Support Specialist resume hallazgos parecidos: menos síntomas y hospitalizaciones, estancias hospitalarias más cortas y menores costos de servicios, más apoyo social y participación comunitaria, mayor bienestar y recuperaciones más completas y duraderas. Una página web sobre apoyo entre pares cuyo editor no se indica añade que el apoyo estructurado entre pares puede ayudar a que las personas permanezcan en tratamiento, reforzar la motivación para el cambio, reducir los episodios de consumo de sustancias, disminuir conductas de alto riesgo relacionadas con el delito, la transmisión de enfermedades y los problemas crónicos de salud, sostener la recuperación en épocas de estrés o crisis, y fortalecer la autoeficacia, el sentido de pertenencia y el optimismo sobre el futuro.',
          },
          { type: 'heading', text: 'Usar la evidencia con responsabilidad' },
          {
            type: 'paragraph',
            text: 'Cuando presentes esta evidencia al personal, a la junta directiva o a quienes financian, mantente fiel a lo que dice la investigación. SAMHSA habla de beneficios que el apoyo entre pares **puede** incluir, según la investigación reciente, así que evita prometer que un programa concreto dará un resultado determinado. Nombra el estudio cuando cites un hallazgo y no agregues cifras que las fuentes no dan. Los estudios también describen a trabajadores de pares haciendo trabajo de pares. Muchas organizaciones comprueban que estos beneficios dependen de que los trabajadores de pares puedan mantenerse en esa función, y por eso el resto de este módulo se ocupa del sistema y la cultura que los rodean.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Cómo presentar tus argumentos',
            text: '¿Cuáles dos o tres de estos beneficios son los más importantes para las personas que atiende tu organización, y cuáles para quienes la financian? ¿Cómo se los explicarías a un colega que duda de que el apoyo entre pares aporte algo a la atención clínica?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Buena práctica',
                definition:
                  'Un enfoque reconocido como eficaz; SAMHSA considera el apoyo entre pares una buena práctica.',
              },
              {
                term: 'Empoderamiento',
                definition:
                  'La sensación de una persona de tener control sobre su vida y capacidad para lograr cambios; la investigación asocia el apoyo entre pares con puntuaciones más altas de empoderamiento.',
              },
              {
                term: 'Permanencia en la comunidad',
                definition:
                  'El tiempo que una persona vive en la comunidad en lugar de estar hospitalizada.',
              },
              {
                term: 'Regreso al consumo',
                definition:
                  'Volver a consumir sustancias después de un período de recuperación; una forma de decirlo que pone a la persona primero.',
              },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 4 ─────────────────────────────
    {
      slug: 'recovery-oriented-systems-and-recovery-capital',
      order: 4,
      estimatedMinutes: 8,
      competencies: ['C5-RECOVERY-PLANNING', 'C6-LINKS-RESOURCES'],
      sources: [SRC_PRCOE, SRC_PEER_SPECIALIST_PAGE, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Recovery-Oriented Systems of Care and Recovery Capital',
        summary:
          'How peer support fits into a recovery-oriented system of care, what recovery capital is, and how peer workers help people build it in the community.',
        body: [
          { type: 'heading', text: 'Seeing recovery as more than treatment' },
          {
            type: 'paragraph',
            text: 'Many organizations find that peer support works best when they see themselves as one part of a wider system. The PR CoE defines a **recovery-oriented system of care** as a range of personal supports for people with substance use disorders. These supports work together to foster healthy growth and a meaningful life. The point is that supports fit the person and link up. No single program does it alone. SAMHSA’s Recovery and Recovery Support topic makes a similar point. Care that aims at recovery, together with recovery support, helps people with mental health conditions, substance use disorders, or both to manage them well.',
          },
          {
            type: 'paragraph',
            text: 'Peer workers take this approach beyond the clinic walls. SAMHSA notes that peer support can extend the reach of treatment into people’s everyday lives. The Peer Support Specialist page says peer specialists add to the treatment people already get. They add education, a sense of power over one’s own life, and help finding one’s way through the system.',
          },
          { type: 'heading', text: 'Recovery capital' },
          {
            type: 'paragraph',
            text: 'The PR CoE defines **recovery capital** as the breadth and depth of inner and outer resources a person can draw on. These resources help a person begin recovery and keep it going. Breadth is how many resources a person has. Depth is how strong and steady they are. It helps to think of recovery capital as something that can grow. It is not something a person simply has or lacks.',
          },
          {
            type: 'paragraph',
            text: 'Inner resources are the ones a person carries within. Several outcomes linked to peer support fit here. They include hope, self-esteem and confidence, a sense of control, the drive to change, and belief in oneself. Outer resources are the supports around a person. One web page on peer support (it does not say who wrote it) lists some of them. Peer workers help people reach health care, education, job services and parenting support. These improve quality of life. Relationships count too. The same page says peer support can help people make new friends and feel they belong. The Peer Support Specialist page says peer specialists strengthen social networks.',
          },
          { type: 'heading', text: 'How peer workers help build recovery capital' },
          {
            type: 'list',
            items: [
              'Helping people identify their strengths and build on them',
              'Helping people gain information and support from the community so their goals can become reality',
              'Supporting people as they create service plans based on their own recovery goals, and as they build self-directed wellness plans',
              'Linking people to tools, resources and services that improve quality of life',
              'Setting up and sustaining peer self-help and educational groups',
            ],
          },
          { type: 'heading', text: 'Recovery community organizations and partners' },
          {
            type: 'paragraph',
            text: 'Recovery community organizations (RCOs) are one key source of outer recovery capital. The PR CoE describes them as independent, grassroots nonprofits. Members of the local recovery community start and lead them. RCOs make recovery visible and easier to reach. Partnerships can reach further still. In Philadelphia, the police department works with PRO-ACT, a community group that offers treatment and recovery services for substance use disorders. Through this work, people in a pre-arrest diversion program can get peer recovery support.',
          },
          {
            type: 'paragraph',
            text: 'So preparing for peer support means asking two questions. How will peer staff fit into your own programs? And how will they help link people with everything beyond them?',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Mapping recovery capital',
            text: 'Think of one person your team served recently, without naming them. What internal and external recovery capital did they have when they arrived? Which community resources could a peer worker help them reach that your current services do not?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Recovery-oriented system of care',
                definition:
                  'A set of personalized supports that, working together, encourage healthy growth and a meaningful life.',
              },
              {
                term: 'Recovery capital',
                definition:
                  'The breadth and depth of internal and external resources a person can draw on to begin and sustain recovery.',
              },
              {
                term: 'Recovery community organization (RCO)',
                definition:
                  'An independent, grassroots nonprofit started and run by members of the local recovery community; it makes recovery visible and easier to reach.',
              },
              {
                term: 'Self-directed wellness plan',
                definition:
                  'A plan for staying well that the person creates and leads, with support from a peer worker.',
              },
            ],
          },
        ],
      },
      es: {
        title: 'Sistemas de atención orientados a la recuperación y capital de recuperación',
        summary:
          'Cómo encaja el apoyo entre pares en un sistema de atención orientado a la recuperación, qué es el capital de recuperación y cómo los trabajadores de pares ayudan a las personas a reunirlo en la comunidad.',
        body: [
          { type: 'heading', text: 'La recuperación va más allá del tratamiento' },
          {
            type: 'paragraph',
            text: 'El apoyo entre pares cobra todo su sentido cuando una organización se ve como parte de un sistema más amplio. El PR CoE define un **sistema de atención orientado a la recuperación** como un conjunto de apoyos personalizados para personas con trastornos por consumo de sustancias que funcionan en conjunto para favorecer un crecimiento sano y una vida con sentido. Lo importante es que los apoyos sean personalizados y estén conectados, en lugar de que un solo programa actúe por su cuenta. En la misma línea, los materiales de SAMHSA sobre recuperación y apoyo a la recuperación explican cómo la atención orientada a la recuperación y los sistemas de apoyo ayudan a las personas con trastornos de salud mental o por consumo de sustancias a manejar con éxito sus condiciones.',
          },
          {
            type: 'paragraph',
            text: 'Los trabajadores de pares llevan este enfoque más allá de las paredes de la clínica. SAMHSA señala que los servicios de apoyo entre pares pueden extender el alcance del tratamiento desde el entorno clínico hasta la vida diaria de quienes buscan una recuperación duradera. La página Peer Support Specialist describe a los especialistas de pares como un complemento del tratamiento que las personas ya reciben, al aportar educación, empoderamiento y ayuda para orientarse en el sistema.',
          },
          { type: 'heading', text: 'Capital de recuperación' },
          {
            type: 'paragraph',
            text: 'El PR CoE define el **capital de recuperación** como la amplitud y la profundidad de los recursos internos y externos a los que una persona puede recurrir para iniciar su recuperación y mantenerla. La amplitud se refiere a la variedad de recursos con que cuenta; la profundidad, a qué tan sólidos y confiables son. Conviene pensar en el capital de recuperación como algo que puede crecer con el tiempo, y no como algo que se tiene o no se tiene.',
          },
          {
            type: 'paragraph',
            text: 'Los recursos internos son los que la persona lleva dentro. Aquí encajan varios resultados asociados al apoyo entre pares: la esperanza, la autoestima y la confianza, la sensación de control, la motivación para el cambio y la autoeficacia. Los recursos externos son los apoyos que rodean a la persona. Una página web sobre apoyo entre pares cuyo editor no se indica da ejemplos de recursos con los que los trabajadores de pares ayudan a conectar, como la atención de salud, la educación, los servicios vocacionales y el apoyo para la crianza, que mejoran la calidad de vida. Las relaciones también cuentan: esa misma página señala que el apoyo entre pares puede ayudar a hacer nuevas amistades y a sentir responsabilidad y pertenencia, y la página Peer Support Specialist afirma que los especialistas de pares fortalecen las redes de apoyo de las personas.',
          },
          { type: 'heading', text: 'Cómo ayudan los trabajadores de pares a reunir capital de recuperación' },
          {
            type: 'list',
            items: [
              'Ayudan a las personas a identificar sus fortalezas y a apoyarse en ellas',
              'Ayudan a las personas a obtener información y apoyo de la comunidad para hacer realidad sus metas',
              'Acompañan a las personas mientras crean planes de servicio basados en sus propias metas de recuperación y mientras elaboran planes de bienestar autodirigidos',
              'Conectan a las personas con herramientas, recursos y servicios que mejoran su calidad de vida',
              'Organizan y mantienen grupos de autoayuda y grupos educativos entre pares',
            ],
          },
          { type: 'heading', text: 'Organizaciones comunitarias de recuperación y aliados' },
          {
            type: 'paragraph',
            text: 'Las organizaciones comunitarias de recuperación (RCO, por sus siglas en inglés) son una fuente importante de capital de recuperación externo. El PR CoE las describe como organizaciones sin fines de lucro, independientes y de base, fundadas y dirigidas por la comunidad local en recuperación, que hacen visible y accesible la recuperación. Las alianzas pueden llegar aún más lejos. En Filadelfia, el departamento de policía colabora con PRO-ACT, una organización comunitaria de tratamiento y recuperación centrada en los trastornos por consumo de sustancias, para ofrecer servicios de apoyo entre pares a quienes participan en un programa de desvío previo al arresto.',
          },
          {
            type: 'paragraph',
            text: 'Para tu organización, prepararse para el apoyo entre pares significa preguntarse no solo cómo encajará el personal de pares en sus propios programas, sino también cómo ayudará a conectar a las personas con todo lo que existe fuera de ellos.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Un mapa del capital de recuperación',
            text: 'Piensa en una persona que tu equipo atendió hace poco, sin decir su nombre. ¿Qué capital de recuperación interno y externo tenía al llegar? ¿A qué recursos de la comunidad podría ayudarle a llegar un trabajador de pares que tus servicios actuales no alcanzan?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Sistema de atención orientado a la recuperación',
                definition:
                  'Conjunto de apoyos personalizados que funcionan en conjunto para favorecer un crecimiento sano y una vida con sentido.',
              },
              {
                term: 'Capital de recuperación',
                definition:
                  'La amplitud y la profundidad de los recursos internos y externos a los que una persona puede recurrir para iniciar y mantener su recuperación.',
              },
              {
                term: 'Organización comunitaria de recuperación (RCO)',
                definition:
                  'Organización sin fines de lucro, independiente y de base, fundada y dirigida por la comunidad local en recuperación, que hace visible y accesible la recuperación.',
              },
              {
                term: 'Plan de bienestar autodirigido',
                definition:
                  'Plan para mantenerse bien que la propia persona crea y dirige, con el apoyo de un trabajador de pares.',
              },
            ],
          },
        ],
      },
    },

    // ───────────────────────────── Lesson 5 ─────────────────────────────
    {
      slug: 'is-your-culture-ready',
      order: 5,
      estimatedMinutes: 7,
      competencies: ['C10-COLLABORATION', 'C11-LEADERSHIP-ADVOCACY', 'C12-GROWTH'],
      sources: [SRC_PRCOE, SRC_VALUE_OF_PEERS, SRC_SAMHSA_PEER_WORKERS, SRC_PEER_SUPPORT_PAGE],
      en: {
        title: 'Is Your Organization’s Culture Ready?',
        summary:
          'What the sources say an organization should settle before bringing in peer staff, and how leaders can judge whether their culture will let peer support do its job.',
        body: [
          { type: 'heading', text: 'Preparation comes before recruitment' },
          {
            type: 'paragraph',
            text: 'The Peer Support Toolkit developed by the Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS) offers step-by-step guidance for setting up peer recovery support services. It begins with preparing the culture of the organization. Its four modules follow in order: “Preparing the Organization: Why Do It?”, “Recruiting and Hiring Peer Staff: What’s Different?”, “Effective Service Delivery: What, Why, and How?” and “Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?”. The PR CoE advises groups starting a new peer program to know what they expect from peer workers before they recruit. They should also plan how to supervise and keep those workers.',
          },
          { type: 'heading', text: 'Signs of a culture that is ready' },
          {
            type: 'paragraph',
            text: 'The sources do not offer one readiness checklist. But they describe what peer support needs. Use this list to take an honest look at your own organization.',
          },
          {
            type: 'list',
            items: [
              '**A shared understanding of the role.** Staff at every level know that peer work is non-clinical and strengths-based. They know it complements clinical roles and does not copy or replace them.',
              '**Respect for self-direction.** Teams accept that peer workers help people find and follow their own recovery paths without judgment, expectations, rules or requirements.',
              '**Willingness to share power.** Leaders expect peer workers to question gaps in experience and understanding, and power gaps, within a treatment team. They welcome that challenge.',
              '**Person-first language.** The organization uses non-stigmatizing, person-first language, such as the recommendations in the DBHIDS Person First Guidelines.',
              '**Supervision that understands peer work.** Supervisors are prepared to support peer staff. SAMHSA’s Supervision of Peer Workers resource, which includes a self-assessment tool for supervisors, is one place to start.',
              '**Room to grow.** The organization sees career paths for peer staff. Peer staff can go on to train others, supervise other peer workers, create resources, run programs and teach lawmakers.',
            ],
          },
          { type: 'heading', text: 'Clarify expectations early' },
          {
            type: 'paragraph',
            text: 'Before you recruit, decide what kind of lived experience the role needs. Certification differs from state to state. The PR CoE reports that 34 states have one combined certification. It covers recovery from substance use, mental health conditions, or both. Another 12 states certify the two apart. Where certification is combined, the job decides what lived experience it needs. So do the setting and the people it serves. Many organizations find that settling this early helps everyone, from hiring managers to clinical co-workers, see what the role is for.',
          },
          {
            type: 'paragraph',
            text: 'Last, SAMHSA notes that peer workers are emerging as important members of treatment teams. SAMHSA’s Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS) draws on people in recovery. They play key roles in its leadership, development and work. That is a useful model. Many organizations involve people with lived experience early, even in planning the peer program. It shows that they value what these people bring.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'The first week',
            text: 'Imagine a peer worker joins your team next month. In their first week, what would they hear from co-workers, in meetings and in case notes? Would it tell them that their lived experience is valued? What would you want to change first?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Organizational readiness',
                definition:
                  'The degree to which an organization’s expectations, culture, supervision and retention plans are in place before peer staff are recruited.',
              },
              {
                term: 'Person-first language',
                definition:
                  'Wording that puts the person before a condition, such as “person with a substance use disorder,” to avoid stigma.',
              },
              {
                term: 'Peer Support Toolkit',
                definition:
                  'Step-by-step guidance from the Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS) for integrating peer staff, organized in four modules.',
              },
              {
                term: 'Integrated certification',
                definition:
                  'One state peer certification that covers lived experience of recovery from substance use, mental health conditions, or both.',
              },
            ],
          },
        ],
      },
      es: {
        title: '¿Está lista la cultura de tu organización?',
        summary:
          'Lo que, según las fuentes, una organización debe definir antes de incorporar personal de pares, y cómo pueden los líderes evaluar si su cultura permitirá que el apoyo entre pares cumpla su función.',
        body: [
          { type: 'heading', text: 'La preparación va antes del reclutamiento' },
          {
            type: 'paragraph',
            text: 'El Peer Support Toolkit, creado por el Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS, por sus siglas en inglés), ofrece una guía paso a paso para poner en marcha servicios de apoyo entre pares para la recuperación, y empieza por preparar la cultura de la organización. Sus cuatro módulos siguen un orden lógico (títulos en inglés): “Preparing the Organization: Why Do It?” (preparar a la organización: ¿por qué hacerlo?), “Recruiting and Hiring Peer Staff: What’s Different?” (reclutar y contratar personal de pares: ¿qué cambia?), “Effective Service Delivery: What, Why, and How?” (prestación eficaz de servicios: ¿qué, por qué y cómo?) y “Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?” (apoyar, supervisar y retener al personal de pares: ¿por qué invertir en apoyarlo y supervisarlo?). El PR CoE recomienda que una organización que inicia un programa de pares tenga una idea clara de lo que espera de los trabajadores de pares antes de empezar a reclutar, además de un plan de supervisión y retención.',
          },
          { type: 'heading', text: 'Señales de una cultura preparada' },
          {
            type: 'paragraph',
            text: 'Las fuentes no ofrecen una lista única para medir si una organización está lista, pero sí describen las condiciones que necesita el apoyo entre pares. Úsalas para mirar con honestidad a tu propia organización.',
          },
          {
            type: 'list',
            items: [
              '**Un entendimiento común de la función.** El personal de todos los niveles sabe que el trabajo de pares es no clínico y basado en las fortalezas, y que complementa las funciones clínicas en lugar de duplicarlas o reemplazarlas.',
              '**Respeto por la autodeterminación.** Los equipos aceptan que los trabajadores de pares ayudan a las personas a encontrar y seguir su propio camino de recuperación sin juicios, expectativas, reglas ni requisitos.',
              '**Disposición a compartir el poder.** Los líderes esperan que los trabajadores de pares ayuden a derribar barreras de experiencia y comprensión, y dinámicas de poder dentro del equipo de tratamiento, y reciben bien ese desafío.',
              '**Lenguaje que pone a la persona primero.** La organización usa un lenguaje que no estigmatiza y que pone a la persona primero, como el que recomiendan las Person First Guidelines del DBHIDS.',
              '**Supervisión que entiende el trabajo de pares.** Los supervisores están preparados para apoyar al personal de pares. El recurso de SAMHSA Supervision of Peer Workers, que incluye una herramienta de autoevaluación para supervisores, es un buen punto de partida.',
              '**Espacio para crecer.** La organización prevé trayectorias profesionales para el personal de pares, ya que las funciones de pares pueden incluir impartir capacitación, supervisar a otros trabajadores de pares, crear recursos, administrar programas y educar a los responsables de políticas.',
            ],
          },
          { type: 'heading', text: 'Aclara las expectativas desde el principio' },
          {
            type: 'paragraph',
            text: 'Antes de reclutar, decida qué tipo de experiencia vivida requiere el puesto. La certificación cambia de un estado a otro: el PR CoE informa que 34 estados ofrecen una sola certificación integrada para personas con experiencia vivida de recuperación del consumo de sustancias o de una condición de salud mental (o de ambas), mientras que 12 ofrecen certificaciones separadas. Donde la certificación es integrada, el tipo de experiencia vivida que exige un puesto depende del propio puesto, del lugar donde se prestan los servicios y de las necesidades de las personas atendidas. Definir esto de antemano ayuda a que todos, desde quienes contratan hasta los colegas clínicos, entiendan para qué sirve el puesto.',
          },
          {
            type: 'paragraph',
            text: 'Por último, recuerda que los trabajadores de pares se están consolidando como miembros importantes de los equipos de tratamiento. El proyecto Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS) de SAMHSA se nutre de personas en recuperación que ocupan funciones clave en su liderazgo, desarrollo e implementación. Es un buen modelo: incluir desde el principio a personas con experiencia vivida, también en la planificación de tu programa de pares, demuestra que tu organización valora lo que aportan.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'La primera semana',
            text: 'Imagina que un trabajador de pares se une a tu equipo el mes próximo. ¿Qué escucharía en su primera semana, de sus colegas, en las reuniones y en las notas de los casos, que le indicara si se valora su experiencia vivida? ¿Qué te gustaría cambiar primero?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Preparación de la organización',
                definition:
                  'El grado en que las expectativas, la cultura y los planes de supervisión y retención de una organización están definidos antes de reclutar personal de pares.',
              },
              {
                term: 'Lenguaje que pone a la persona primero',
                definition:
                  'Forma de expresarse que nombra primero a la persona y después la condición, como “persona con un trastorno por consumo de sustancias”, para evitar el estigma.',
              },
              {
                term: 'Peer Support Toolkit',
                definition:
                  'Guía paso a paso del Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS, por sus siglas en inglés) para integrar personal de pares, organizada en cuatro módulos.',
              },
              {
                term: 'Certificación integrada',
                definition:
                  'Una sola certificación estatal de pares que abarca la experiencia vivida de recuperación del consumo de sustancias o de una condición de salud mental, o de ambas.',
              },
            ],
          },
        ],
      },
    },
  ],
}
