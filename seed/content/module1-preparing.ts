import type { ModuleContent } from './types'

import { SRC_PEER_SUPPORT_PAGE, SRC_PEER_SPECIALIST_PAGE, SRC_PRCOE, SRC_SAMHSA_PEER_WORKERS, SRC_VALUE_OF_PEERS } from './sources'

/**
 * Module 1 of the PeerPath curriculum, following module 1 of the Philadelphia
 * DBHIDS Peer Support Toolkit: Preparing the Organization: Why Do It?
 * Facts come from the seed documents listed in each lesson's `sources`; a `[n]` marker names the
 * source (1-based, in that lesson's `sources`) whose seed file holds the sentence's facts. Sentences
 * without a marker are practice guidance, worded as such.
 */

export const module1: ModuleContent = {
  slug: 'preparing-the-organization',
  order: 1,
  area: 'preparing-the-organization',
  estimatedMinutes: 51,
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
            text: 'Peer support is not one single service [1]. It covers many kinds of help between people who have been through something alike [1]. Each has been told they have a mental health condition, a substance use disorder, or both [1]. One web page on peer support (it does not say who wrote it) calls it “peer-to-peer” help [4]. It says this help is structured and based on evidence [4]. People who are new to recovery learn from others who have already walked that road [4]. Certified Peer Support Workers (CPSWs) may be paid staff or volunteers [4]. They bring their own grasp of recovery, and their commitment to it [4]. Both sides gain from the bond, and it makes treatment work better [4].',
          },
          {
            type: 'paragraph',
            text: 'A peer support worker has lived through recovery from a mental health condition, a substance use disorder, or both [1]. They use that life story to help others who face the same kind of struggle [1]. Their support is **non-clinical** and **strengths-based** [1]. Davidson and colleagues (1999) call peer workers “experientially credentialed” [1]. Their own recovery is part of what makes them fit for the job [1]. The Peer Support Specialist page adds that peer specialists are trained and certified [2]. That way they can help others find hope and move forward in recovery [2].',
          },
          { type: 'heading', text: 'Many titles, one shared commitment' },
          {
            type: 'paragraph',
            text: 'The job title depends on the place [1]. You may hear peer specialist, peer recovery coach or peer advocate [1]. You may also hear peer recovery support specialist or certified recovery support specialist [1, 2]. In the Department of Veterans Affairs, the title is peer support technician [2]. Whatever the title, these workers share one goal [2]. They help their peers by building on what is strong in each person [2].',
          },
          { type: 'heading', text: 'What peer workers do' },
          {
            type: 'paragraph',
            text: 'The Substance Abuse and Mental Health Services Administration (SAMHSA) sums up the heart of the work in its Value of Peers sheet on peer support [1]. SAMHSA also publishes that sheet in Spanish, under the title “Apoyo entre compañeros” [3]. Peer support workers:',
          },
          {
            type: 'list',
            items: [
              'Inspire hope by showing, through their own lives, that people can and do recover [1]',
              'Walk beside people throughout their recovery journeys [1]',
              'Challenge myths about what it means to live with a mental health condition or a substance use disorder [1]',
              'Offer self-help education and connect people with tools and resources [1]',
              'Help people name their goals, hopes and dreams and map out a route to reach them [1]',
            ],
          },
          {
            type: 'paragraph',
            text: 'Day to day, peer workers speak up for people in recovery [3]. They share resources and teach skills [3]. They build community and ties between people [3]. They lead recovery groups, mentor people and help them set goals [3]. They also do outreach and engagement work [1]. They work with one person at a time and with small groups [2]. Peer roles can grow, too [3]. Peer staff may train others, supervise other peer workers, make new resources, run programs or agencies, and teach the public and lawmakers [3].',
          },
          { type: 'heading', text: 'How the role fits with the rest of the team' },
          {
            type: 'paragraph',
            text: 'For managers, one point matters most. The peer role **complements** the work of therapists, case managers and the rest of the team [1]. It does not copy or replace those roles [1]. The peer worker helps people find and follow their own path to recovery [1]. They do this without judgment, expectations, rules or demands [1]. Peer workers can also help break down walls of experience and understanding [1]. They can ease the power gaps that make it hard for a person to work with the rest of the treatment team [1].',
          },
          {
            type: 'paragraph',
            text: 'Peer workers work in many places [1]. These include recovery community centers, groups run by peers and recovery homes [1]. They work in hospital emergency departments, drug courts and other parts of the justice system [1]. They work in child welfare agencies and in shelters for people without a home [1]. They also work in primary care and behavioral health services [1]. The Peer Support Specialist page adds hospital wards, community programs and respite services run by peers [2]. Most peer specialists are paid staff, though some choose to volunteer [2].',
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
                  'The many activities and exchanges that take place among people who have each been diagnosed with a mental health condition, a substance use disorder, or both [1].',
              },
              {
                term: 'Peer support worker',
                definition:
                  'A person with lived experience of recovery who is trained, and often certified, to support others facing similar challenges [1, 2]. Titles vary by setting [1].',
              },
              {
                term: 'Experientially credentialed',
                definition:
                  'Qualified in part by one’s own recovery journey (Davidson et al., 1999) [1].',
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
            text: 'El apoyo entre pares no es un solo servicio [1]. Abarca muchas formas de ayuda entre personas que han pasado por algo parecido [1]. Cada una ha recibido un diagnóstico de una condición de salud mental, de un trastorno por consumo de sustancias, o de ambos [1]. Una página web sobre apoyo entre pares (no dice quién la escribió) lo llama ayuda “de par a par” [4]. Dice que es una ayuda estructurada y basada en la evidencia [4]. Quienes empiezan su recuperación aprenden de otras personas que ya recorrieron ese camino [4]. Los trabajadores certificados de apoyo entre pares (CPSW, por sus siglas en inglés) pueden ser empleados o voluntarios [4]. Aportan su propia comprensión de la recuperación y su compromiso con ella [4]. Ambas partes ganan con el vínculo, y este hace que el tratamiento funcione mejor [4].',
          },
          {
            type: 'paragraph',
            text: 'Un trabajador de apoyo entre pares ha vivido la recuperación de una condición de salud mental, de un trastorno por consumo de sustancias, o de ambos [1]. Usa esa historia de vida para ayudar a otras personas que enfrentan retos parecidos [1]. Su apoyo es **no clínico** y está **basado en las fortalezas** [1]. Davidson y sus colegas (1999) dicen que los trabajadores de pares están “acreditados por la experiencia” [1]. Su propia recuperación es parte de lo que los hace aptos para el trabajo [1]. La página Peer Support Specialist añade que los especialistas de pares reciben capacitación y certificación [2]. Así pueden ayudar a otros a encontrar esperanza y avanzar en su recuperación [2].',
          },
          { type: 'heading', text: 'Muchos títulos, un mismo compromiso' },
          {
            type: 'paragraph',
            text: 'El título del puesto depende del lugar [1]. Puedes oír especialista de pares, coach de recuperación entre pares o defensor de pares [1]. También puedes oír especialista en apoyo a la recuperación entre pares o especialista certificado en apoyo a la recuperación [1, 2]. En el Departamento de Asuntos de Veteranos, el título es técnico de apoyo entre pares [2]. Sea cual sea el título, estos trabajadores comparten una meta [2]. Ayudan a sus pares partiendo de las fortalezas de cada persona [2].',
          },
          { type: 'heading', text: 'Qué hacen los trabajadores de pares' },
          {
            type: 'paragraph',
            text: 'La Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA, por sus siglas en inglés) resume lo esencial del trabajo en su hoja Value of Peers sobre apoyo entre pares [1]. SAMHSA también publica esa hoja en español, con el título “Apoyo entre compañeros” [3]. Los trabajadores de apoyo entre pares:',
          },
          {
            type: 'list',
            items: [
              'Inspiran esperanza al mostrar, con su propia vida, que las personas sí se recuperan [1]',
              'Acompañan a las personas a lo largo de su camino de recuperación [1]',
              'Desmienten mitos sobre lo que significa vivir con una condición de salud mental o un trastorno por consumo de sustancias [1]',
              'Ofrecen educación de autoayuda y conectan a las personas con herramientas y recursos [1]',
              'Ayudan a las personas a nombrar sus metas, esperanzas y sueños, y a trazar una ruta para alcanzarlos [1]',
            ],
          },
          {
            type: 'paragraph',
            text: 'En el día a día, los trabajadores de pares abogan por las personas en recuperación [3]. Comparten recursos y enseñan habilidades [3]. Crean comunidad y relaciones entre las personas [3]. Dirigen grupos de recuperación, dan mentoría y ayudan a fijar metas [3]. También hacen labores de alcance y vinculación [1]. Trabajan con una persona a la vez y con grupos pequeños [2]. Las funciones de pares también pueden crecer [3]. El personal de pares puede capacitar a otros, supervisar a otros trabajadores de pares, crear recursos, dirigir programas o agencias, y educar al público y a los responsables de políticas [3].',
          },
          { type: 'heading', text: 'Cómo encaja la función en el equipo' },
          {
            type: 'paragraph',
            text: 'Para los gerentes, un punto importa más que ningún otro. La función de pares **complementa** el trabajo de terapeutas, administradores de casos y demás miembros del equipo [1]. No lo duplica ni lo reemplaza [1]. El trabajador de pares ayuda a las personas a encontrar y seguir su propio camino de recuperación [1]. Lo hace sin juicios, expectativas, reglas ni requisitos [1]. Los trabajadores de pares también pueden ayudar a derribar barreras de experiencia y comprensión [1]. Pueden suavizar las dinámicas de poder que dificultan que una persona trabaje con el resto del equipo de tratamiento [1].',
          },
          {
            type: 'paragraph',
            text: 'Los trabajadores de pares trabajan en muchos lugares [1]. Entre ellos están los centros comunitarios de recuperación, las organizaciones dirigidas por pares y las residencias de recuperación [1]. Trabajan en salas de emergencia de hospitales, tribunales de drogas y otros ámbitos de la justicia penal [1]. Trabajan en agencias de bienestar infantil y en albergues para personas sin hogar [1]. También trabajan en servicios de atención primaria y de salud conductual [1]. La página Peer Support Specialist añade la atención hospitalaria, los servicios comunitarios y los servicios de respiro dirigidos por pares [2]. La mayoría de los especialistas de pares son empleados remunerados, aunque algunos prefieren ser voluntarios [2].',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Piensa en tu organización',
            text: '¿En qué parte de tus servicios podría alguien que ha vivido la recuperación aportar algo que tu personal no puede dar? ¿Qué colegas podrían temer que un trabajador de pares los reemplace? ¿Cómo les explicarías que la función de pares complementa la suya?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Apoyo entre pares',
                definition:
                  'Conjunto de actividades e interacciones entre personas que comparten la experiencia de haber sido diagnosticadas con una condición de salud mental, un trastorno por consumo de sustancias, o ambos [1].',
              },
              {
                term: 'Trabajador de apoyo entre pares',
                definition:
                  'Persona con experiencia vivida de recuperación, capacitada y a menudo certificada para apoyar a otras con retos similares [1, 2]. Su título varía según el lugar de trabajo [1].',
              },
              {
                term: 'Acreditado por la experiencia',
                definition:
                  'Calificado en parte por su propio camino de recuperación (Davidson et al., 1999) [1].',
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
            text: 'At the heart of peer support is a bond between two people. The sources use the word **peerness** for the mutuality between a peer support worker and someone in recovery or seeking it [1, 2]. This shared ground builds connection and inspires hope [1, 2]. The Peer Recovery Center of Excellence (PR CoE) says peer recovery support happens when people with shared lived experience connect [1]. The bond that forms can create shared feelings of empathy [1]. These help people grow and recover [1].',
          },
          {
            type: 'paragraph',
            text: 'Mead and McNeil (2006) found that peer support offers acceptance, understanding and validation [1, 2]. Many other work relationships do not offer these [1, 2]. The Peer Support Specialist page puts this in everyday terms [3]. In every part of life, good ties with others matter to well-being [3]. We call friends in hard times [3]. We look for people who have faced the same thing, such as a long illness or the loss of a loved one [3]. We hope they will understand. Peer specialists can offer that understanding when many people feel alone and without hope [3].',
          },
          { type: 'heading', text: 'Mutuality grows through thoughtful sharing' },
          {
            type: 'paragraph',
            text: 'Peerness does not just happen. It grows when a peer worker shares their story with care [2]. Davidson, Bellamy, Guy and Miller (2012) wrote that this kind of sharing helps to model recovery and offer hope [2]. Peer workers know firsthand what it is like to live well with a mental health condition or a substance use disorder [2]. They can give real examples of what recovery looks like [2]. People quoted in SAMHSA’s Value of Peers say that seeing others recover gave them hope [2]. Another says peer support let them feel “normal” [2].',
          },
          {
            type: 'paragraph',
            text: 'SAMHSA names three parts of this bond: shared understanding, respect and mutual empowerment [4]. Through them, peer workers help people take part in recovery and keep at it [4]. They also lower the chance of a return to use [4]. Shared experience can take more than one form [4]. In behavioral health, the peer bond rests on being in recovery from a mental health or substance use condition, or both [4]. It can also rest on being a family member [4]. Some peer workers build extra skills to serve certain groups, such as families [4].',
          },
          { type: 'heading', text: 'What peerness asks of the organization' },
          {
            type: 'paragraph',
            text: 'The sources say the peer role helps people follow their own recovery paths [2]. It does so without judgment, expectations, rules or demands [2]. It can also ease the power gaps between people and their treatment team [2]. Many organizations find that some tasks work against this. Peer staff may be asked to enforce rules, check up on people or act as junior clinicians. Such tasks can weaken the mutuality that gives the role its value. Here are some signs that an organization protects peerness:',
          },
          {
            type: 'list',
            items: [
              'Peer staff feel free to share parts of their own recovery story when it helps the person they support.',
              'People served are treated as partners who set their own goals.',
              'Team meetings, records and daily talk use respectful, person-first language.',
              'Peer workers are not asked to police rules or report on compliance.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Your own experience of mutuality',
            text: 'Think of a time when someone who had been through the same thing as you made a difference. What did they give you that a professional without that experience could not? What in your organization might make it hard for peer staff to offer that kind of bond?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Peerness',
                definition:
                  'The sense of mutuality a peer support worker shares with someone who is in recovery or looking for it, rooted in common experience; it builds connection and hope [1, 2].',
              },
              {
                term: 'Mutuality',
                definition:
                  'A relationship in which both people relate as equals and both gain something; it grows through thoughtful sharing of experience [2].',
              },
              {
                term: 'Lived experience',
                definition:
                  'Personal experience of recovery from a mental health condition, a substance use disorder, or both, or of being a family member of someone in that situation [2, 4].',
              },
              {
                term: 'Mutual empowerment',
                definition:
                  'Strength that both people draw from the peer relationship, which helps people engage and stay engaged in recovery [4].',
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
            text: 'En el corazón del apoyo entre pares hay un vínculo entre dos personas. Las fuentes llaman **peerness**, el sentido de ser pares, a la reciprocidad entre un trabajador de apoyo entre pares y una persona que está en recuperación o la busca [1, 2]. Este terreno común crea conexión e inspira esperanza [1, 2]. El Peer Recovery Center of Excellence (PR CoE) dice que el apoyo entre pares para la recuperación ocurre cuando se conectan personas con experiencias vividas en común [1]. El vínculo que surge puede crear experiencias compartidas de empatía [1]. Estas ayudan a las personas a crecer y recuperarse [1].',
          },
          {
            type: 'paragraph',
            text: 'Mead y McNeil (2006) encontraron que el apoyo entre pares ofrece aceptación, comprensión y validación [1, 2]. Muchas otras relaciones profesionales no las ofrecen [1, 2]. La página Peer Support Specialist lo explica con ejemplos cotidianos [3]. En todos los ámbitos de la vida, las relaciones son esenciales para el bienestar [3]. Llamamos a los amigos en los momentos difíciles [3]. Buscamos a quienes han enfrentado algo parecido, como una enfermedad crónica o la pérdida de un ser querido [3]. Esperamos que nos entiendan. Los especialistas de pares pueden ofrecer esa comprensión cuando muchas personas se sienten solas y sin esperanza [3].',
          },
          { type: 'heading', text: 'La reciprocidad crece cuando se comparte con cuidado' },
          {
            type: 'paragraph',
            text: 'El sentido de ser pares no surge solo. Crece cuando el trabajador de pares comparte su historia con cuidado [2]. Davidson, Bellamy, Guy y Miller (2012) escribieron que compartir así ayuda a modelar la recuperación y a ofrecer esperanza [2]. Los trabajadores de pares saben por experiencia propia lo que es vivir bien con una condición de salud mental o un trastorno por consumo de sustancias [2]. Pueden dar ejemplos reales de cómo es la recuperación [2]. Personas citadas en Value of Peers, de SAMHSA, cuentan que ver a otros recuperarse les dio esperanza [2]. Otra persona dice que el apoyo entre pares le permitió sentirse “normal” [2].',
          },
          {
            type: 'paragraph',
            text: 'SAMHSA nombra tres partes de este vínculo: la comprensión compartida, el respeto y el empoderamiento mutuo [4]. Con ellas, los trabajadores de pares ayudan a las personas a participar en su recuperación y a seguir en ella [4]. También reducen la probabilidad de un regreso al consumo [4]. La experiencia compartida puede tomar más de una forma [4]. En la salud conductual, el vínculo de pares se basa en estar en recuperación de una condición de salud mental o de consumo de sustancias, o de ambas [4]. También puede basarse en ser familiar de alguien en esa situación [4]. Algunos trabajadores de pares desarrollan competencias adicionales para atender a grupos específicos, como las familias [4].',
          },
          { type: 'heading', text: 'Lo que el sentido de ser pares le pide a la organización' },
          {
            type: 'paragraph',
            text: 'Las fuentes dicen que la función de pares ayuda a las personas a seguir su propio camino de recuperación [2]. Lo hace sin juicios, expectativas, reglas ni requisitos [2]. También puede suavizar las dinámicas de poder entre las personas y su equipo de tratamiento [2]. Muchas organizaciones ven que algunas tareas van en contra de esto. Al personal de pares se le puede pedir que haga cumplir reglas, que vigile a las personas o que actúe como un clínico de menor rango. Esas tareas pueden debilitar la reciprocidad que da valor a la función. Estas son algunas señales de que una organización protege el sentido de ser pares:',
          },
          {
            type: 'list',
            items: [
              'El personal de pares se siente libre de compartir partes de su historia de recuperación cuando eso ayuda a la persona que acompaña.',
              'Las personas atendidas son tratadas como socias que fijan sus propias metas.',
              'En las reuniones de equipo, los expedientes y las conversaciones diarias se usa un lenguaje respetuoso que pone a la persona primero.',
              'A los trabajadores de pares no se les pide vigilar reglas ni informar sobre su cumplimiento.',
            ],
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Tu propia experiencia de reciprocidad',
            text: 'Recuerda una ocasión en que alguien que había pasado por lo mismo que tú marcó una diferencia. ¿Qué te dio esa persona que un profesional sin esa experiencia no podía darte? ¿Qué cosas de tu organización podrían dificultar que el personal de pares ofrezca ese tipo de vínculo?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Peerness (sentido de ser pares)',
                definition:
                  'La reciprocidad entre un trabajador de apoyo entre pares y una persona que está en recuperación o la busca, basada en la experiencia compartida; favorece la conexión e inspira esperanza [1, 2].',
              },
              {
                term: 'Reciprocidad',
                definition:
                  'Relación en la que ambas personas se tratan como iguales y ambas ganan algo; crece cuando la experiencia se comparte con reflexión [2].',
              },
              {
                term: 'Experiencia vivida',
                definition:
                  'Experiencia personal de recuperación de una condición de salud mental, de un trastorno por consumo de sustancias o de ambos, o de ser familiar de alguien en esa situación [2, 4].',
              },
              {
                term: 'Empoderamiento mutuo',
                definition:
                  'Fortaleza que ambas personas obtienen de la relación de pares y que ayuda a involucrarse y mantenerse en la recuperación [4].',
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
            text: 'Leaders who propose a peer program may be asked to justify it. The Peer Support Specialist page reports that peer support is available in all 50 states [3]. Medicaid pays for it in 35 of them [3]. SAMHSA considers it a best practice [3]. SAMHSA’s Value of Peers notes that new research shows peer support works to support recovery from behavioral health conditions [2]. Below is a summary of the benefits the sources link with peer support, with the studies they cite.',
          },
          { type: 'heading', text: 'Benefits for people in recovery' },
          {
            type: 'list',
            items: [
              'Greater self-esteem and confidence (Davidson et al., 1999; Salzer, 2002) [1, 2]',
              'A stronger sense of hope and inspiration (Davidson et al., 2006; Ratzlaff et al., 2006; Davidson et al., 2012) [1, 2]',
              'A greater sense of control and of being able to bring about changes in one’s life (Davidson et al., 2012) [1, 2]',
              'Higher empowerment scores (Davidson et al., 1999; Dumont & Jones, 2002; Ochoka et al., 2006; Resnick & Rosenheck, 2008) [2]',
              'More social support and better social functioning (Kurtz, 1990; Nelson et al., 2006; Trainor et al., 1997; Yanos et al., 2001) [2]',
              'More empathy and acceptance, a sense of camaraderie (Coatsworth-Puspokey et al., 2006; Davidson et al., 1999) [2]',
              'Less substance use and depression, fewer psychotic symptoms, and more engagement in self-care and wellness (Davidson et al., 2012) [1, 2]',
              'Higher rates of abstinence, better adherence to substance use disorder treatment, and lower rates of use and of return to use (Reif et al., 2014) [1]',
            ],
          },
          { type: 'heading', text: 'Benefits for services and systems' },
          {
            type: 'list',
            items: [
              'Lower hospital admission rates and longer community tenure (Chinman et al., 2001; Davidson et al., 2012; Forchuk et al., 2005; Min et al., 2007) [2]',
              'Greater housing stability and more primary care visits, with fewer hospital and emergency department admissions (Bassuk et al., 2016) [1]',
              'Better access to and engagement in treatment, less time in out-of-home child welfare care and faster family reunification (Huebner et al., 2012; Sears et al., 2017) [1]',
              'Fewer criminal justice charges and less probation or parole (Davidson et al., 2012) [1]',
              'A stronger sense among people served that treatment responds to and includes their needs (Davidson et al., 2012) [2]',
            ],
          },
          {
            type: 'paragraph',
            text: 'The Peer Support Specialist page sums up similar findings [3]. It lists fewer symptoms and hospital stays, shorter stays and lower costs [3]. It lists more social support and community life, better well-being, and recoveries that are fuller and last longer [3]. A peer support web page whose publisher is not given adds more [4]. It says structured peer support can help keep people in treatment and strengthen the drive to change [4]. It can reduce substance use and lower risky behavior linked to crime, disease spread and long-term health problems [4]. It can support sobriety in times of stress or crisis [4]. And it can build belief in oneself, belonging and hope for the future [4].',
          },
          { type: 'heading', text: 'Using the evidence responsibly' },
          {
            type: 'paragraph',
            text: 'When you present this evidence to staff, boards or funders, stay close to what the research says. SAMHSA describes benefits that peer support **may** include, based on new research [2]. So do not promise that any one program will produce a certain result. Name the study when you cite a finding. Do not add figures the sources do not give. Many organizations find that the benefits depend on letting peer workers stay in their peer role. That is why the rest of this module turns to the system and culture around them.',
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
                  'An approach recognized as effective; SAMHSA considers peer support a best practice [3].',
              },
              {
                term: 'Empowerment',
                definition:
                  'A person’s sense of control over their life and ability to bring about change; research links peer support with higher empowerment scores [2].',
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
            text: 'A quienes proponen un programa de pares se les puede pedir que lo justifiquen. La página Peer Support Specialist informa que el apoyo entre pares está disponible en los 50 estados [3]. Medicaid lo paga en 35 de ellos [3]. SAMHSA lo considera una buena práctica [3]. El documento Value of Peers, de SAMHSA, señala que la investigación reciente muestra que el apoyo entre pares sirve para apoyar la recuperación de condiciones de salud conductual [2]. A continuación tienes un resumen de los beneficios que las fuentes asocian con el apoyo entre pares, con los estudios que citan.',
          },
          { type: 'heading', text: 'Beneficios para las personas en recuperación' },
          {
            type: 'list',
            items: [
              'Mayor autoestima y confianza (Davidson et al., 1999; Salzer, 2002) [1, 2]',
              'Más esperanza e inspiración (Davidson et al., 2006; Ratzlaff et al., 2006; Davidson et al., 2012) [1, 2]',
              'Mayor sensación de control y de capacidad para lograr cambios en la propia vida (Davidson et al., 2012) [1, 2]',
              'Puntuaciones más altas de empoderamiento (Davidson et al., 1999; Dumont & Jones, 2002; Ochoka et al., 2006; Resnick & Rosenheck, 2008) [2]',
              'Más apoyo social y mejor funcionamiento social (Kurtz, 1990; Nelson et al., 2006; Trainor et al., 1997; Yanos et al., 2001) [2]',
              'Más empatía y aceptación, un sentido de compañerismo (Coatsworth-Puspokey et al., 2006; Davidson et al., 1999) [2]',
              'Menos consumo de sustancias y depresión, menos síntomas psicóticos y mayor participación en el autocuidado y el bienestar (Davidson et al., 2012) [1, 2]',
              'Tasas más altas de abstinencia, mejor adherencia al tratamiento del trastorno por consumo de sustancias y tasas más bajas de consumo y de regreso al consumo (Reif et al., 2014) [1]',
            ],
          },
          { type: 'heading', text: 'Beneficios para los servicios y los sistemas' },
          {
            type: 'list',
            items: [
              'Menos hospitalizaciones y más tiempo viviendo en la comunidad (Chinman et al., 2001; Davidson et al., 2012; Forchuk et al., 2005; Min et al., 2007) [2]',
              'Mayor estabilidad de vivienda y más visitas de atención primaria, con menos ingresos al hospital y a la sala de emergencias (Bassuk et al., 2016) [1]',
              'Mejor acceso al tratamiento y mayor participación en él, menos tiempo en cuidado fuera del hogar del sistema de bienestar infantil y reunificación familiar más rápida (Huebner et al., 2012; Sears et al., 2017) [1]',
              'Menos cargos penales y menos casos de libertad condicional o bajo palabra (Davidson et al., 2012) [1]',
              'Una mayor sensación, entre las personas atendidas, de que el tratamiento responde a sus necesidades y las incluye (Davidson et al., 2012) [2]',
            ],
          },
          {
            type: 'paragraph',
            text: 'La página Peer Support Specialist resume hallazgos parecidos [3]. Menciona menos síntomas y hospitalizaciones, estancias más cortas y menores costos [3]. Menciona más apoyo social y vida comunitaria, mayor bienestar y recuperaciones más completas y duraderas [3]. Una página web sobre apoyo entre pares cuyo editor no se indica añade más [4]. Dice que el apoyo estructurado entre pares puede ayudar a que las personas sigan en tratamiento y a reforzar la motivación para el cambio [4]. Puede reducir el consumo de sustancias y las conductas de riesgo ligadas al delito, la transmisión de enfermedades y los problemas crónicos de salud [4]. Puede sostener la sobriedad en épocas de estrés o crisis [4]. Y puede fortalecer la confianza en uno mismo, el sentido de pertenencia y el optimismo sobre el futuro [4].',
          },
          { type: 'heading', text: 'Usar la evidencia con responsabilidad' },
          {
            type: 'paragraph',
            text: 'Cuando presentes esta evidencia al personal, a la junta directiva o a quienes financian, mantente fiel a lo que dice la investigación. SAMHSA habla de beneficios que el apoyo entre pares **puede** incluir, según la investigación reciente [2]. Así que no prometas que un programa concreto dará un resultado determinado. Nombra el estudio cuando cites un hallazgo. No agregues cifras que las fuentes no dan. Muchas organizaciones ven que los beneficios dependen de que los trabajadores de pares puedan mantenerse en su función de pares. Por eso el resto de este módulo se ocupa del sistema y la cultura que los rodean.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Cómo presentar tus argumentos',
            text: '¿Cuáles dos o tres de estos beneficios son los más importantes para las personas que atiendes? ¿Cuáles lo son para quienes te financian? ¿Cómo se los explicarías a un colega que duda de que el apoyo entre pares aporte algo a la atención clínica?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Buena práctica',
                definition:
                  'Un enfoque reconocido como eficaz; SAMHSA considera el apoyo entre pares una buena práctica [3].',
              },
              {
                term: 'Empoderamiento',
                definition:
                  'La sensación de una persona de tener control sobre su vida y capacidad para lograr cambios; la investigación asocia el apoyo entre pares con puntuaciones más altas de empoderamiento [2].',
              },
              {
                term: 'Permanencia en la comunidad',
                definition:
                  'El tiempo que una persona vive en la comunidad en lugar de estar hospitalizada.',
              },
              {
                term: 'Regreso al consumo',
                definition:
                  'Volver a consumir sustancias después de un período de recuperación; una forma neutral de decirlo que pone a la persona primero.',
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
            text: 'Many organizations find it helps to see themselves as one part of a larger system. The PR CoE defines a **recovery-oriented system of care** as a range of personal supports for people with substance use disorders [1]. These supports work together to foster healthy growth and a meaningful life [1]. The point is that supports fit the person and link up. No single program does it alone. SAMHSA’s Recovery and Recovery Support topic makes a similar point [3]. It says such care and support help people with mental or substance use disorders manage their conditions well [3].',
          },
          {
            type: 'paragraph',
            text: 'Peer workers take this approach beyond the clinic walls. SAMHSA notes that peer support can extend the reach of treatment into people’s everyday lives [3]. The Peer Support Specialist page says peer specialists add to the treatment people already get [2]. They add education, a sense of power over one’s own life, and help finding one’s way through the system [2].',
          },
          { type: 'heading', text: 'Recovery capital' },
          {
            type: 'paragraph',
            text: 'The PR CoE defines **recovery capital** as the breadth and depth of inner and outer resources a person can draw on [1]. These resources help a person begin recovery and keep it going [1]. Breadth is how many resources a person has. Depth is how strong and steady they are. It helps to think of recovery capital as something that can grow. It is not something a person simply has or lacks.',
          },
          {
            type: 'paragraph',
            text: 'Inner resources are the ones a person carries within. Several outcomes linked to peer support fit here [1, 4]. They include hope, self-esteem and confidence, a sense of control, the drive to change, and belief in oneself [1, 4]. Outer resources are the supports around a person. One web page on peer support (it does not say who wrote it) lists some of them [4]. Peer workers help people reach health care, education, job services and parenting support [4]. These improve quality of life [4]. Relationships count too. The same page says peer support can help people make new friends and feel they belong [4]. The Peer Support Specialist page says peer specialists strengthen social networks [2].',
          },
          { type: 'heading', text: 'How peer workers help build recovery capital' },
          {
            type: 'list',
            items: [
              'Helping people identify their strengths and build on them [2]',
              'Helping people find out what the community offers, and get its support, to reach their goals [2]',
              'Helping people make service plans built on their own recovery goals [2]',
              'Helping people build their own wellness plans [2]',
              'Linking people to tools and services that make life better [4]',
              'Setting up and running peer self-help and learning groups [2]',
            ],
          },
          { type: 'heading', text: 'Recovery community organizations and partners' },
          {
            type: 'paragraph',
            text: 'Recovery community organizations (RCOs) can be one source of outer recovery capital. The PR CoE describes them as independent, grassroots nonprofits [1]. Members of the local recovery community start and lead them [1]. RCOs make recovery visible and easier to reach [1]. Partnerships can reach further still. In Philadelphia, the police department works with PRO-ACT [1]. PRO-ACT is a community group that offers treatment and recovery help for people with substance use disorders [1]. Through this work, people in a pre-arrest diversion program can get peer recovery support [1].',
          },
          {
            type: 'paragraph',
            text: 'So preparing for peer support means asking two questions. How will peer staff fit into your own programs? And how will they help link people with everything beyond them?',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Map one person’s resources',
            text: 'Think of one person your team served recently, without naming them. What inner and outer recovery capital did they have when they arrived? Which community resources could a peer worker help them reach that your current services do not?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Recovery-oriented system of care',
                definition:
                  'A set of personalized supports that, working together, encourage healthy growth and a meaningful life [1].',
              },
              {
                term: 'Recovery capital',
                definition:
                  'The breadth and depth of internal and external resources a person can draw on to begin and sustain recovery [1].',
              },
              {
                term: 'Recovery community organization (RCO)',
                definition:
                  'An independent, grassroots nonprofit started and run by members of the local recovery community; it makes recovery visible and easier to reach [1].',
              },
              {
                term: 'Self-directed wellness plan',
                definition:
                  'A plan for staying well that the person creates and leads, with support from a peer worker [2].',
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
            text: 'Muchas organizaciones ven que les ayuda verse como parte de un sistema más amplio. El PR CoE define un **sistema de atención orientado a la recuperación** como un conjunto de apoyos personalizados para personas con trastornos por consumo de sustancias [1]. Estos apoyos funcionan en conjunto para favorecer un crecimiento sano y una vida con sentido [1]. Lo importante es que los apoyos se ajusten a la persona y estén conectados. Ningún programa lo logra por su cuenta. El tema de SAMHSA sobre recuperación y apoyo a la recuperación dice algo parecido [3]. Explica que esa atención y ese apoyo ayudan a las personas con trastornos mentales o por consumo de sustancias a manejar bien sus condiciones [3].',
          },
          {
            type: 'paragraph',
            text: 'Los trabajadores de pares llevan este enfoque más allá de las paredes de la clínica. SAMHSA señala que el apoyo entre pares puede extender el alcance del tratamiento a la vida diaria de las personas [3]. La página Peer Support Specialist dice que los especialistas de pares complementan el tratamiento que las personas ya reciben [2]. Aportan educación, empoderamiento y ayuda para orientarse en el sistema [2].',
          },
          { type: 'heading', text: 'Capital de recuperación' },
          {
            type: 'paragraph',
            text: 'El PR CoE define el **capital de recuperación** como la amplitud y la profundidad de los recursos internos y externos a los que una persona puede recurrir [1]. Estos recursos la ayudan a iniciar su recuperación y mantenerla [1]. La amplitud es cuántos recursos tiene. La profundidad es qué tan sólidos y estables son. Conviene pensar en el capital de recuperación como algo que puede crecer. No es algo que una persona simplemente tiene o no tiene.',
          },
          {
            type: 'paragraph',
            text: 'Los recursos internos son los que la persona lleva dentro. Aquí encajan varios resultados asociados al apoyo entre pares [1, 4]. Entre ellos están la esperanza, la autoestima y la confianza, la sensación de control, la motivación para el cambio y la confianza en uno mismo [1, 4]. Los recursos externos son los apoyos que rodean a la persona. Una página web sobre apoyo entre pares (no dice quién la escribió) menciona algunos [4]. Los trabajadores de pares ayudan a las personas a llegar a la atención de salud, la educación, los servicios de empleo y el apoyo para la crianza [4]. Estos recursos mejoran la calidad de vida [4]. Las relaciones también cuentan. Esa misma página dice que el apoyo entre pares puede ayudar a hacer nuevas amistades y a sentir pertenencia [4]. La página Peer Support Specialist dice que los especialistas de pares fortalecen las redes de apoyo [2].',
          },
          { type: 'heading', text: 'Cómo ayudan los trabajadores de pares a reunir capital de recuperación' },
          {
            type: 'list',
            items: [
              'Ayudan a las personas a identificar sus fortalezas y a apoyarse en ellas [2]',
              'Ayudan a las personas a conocer lo que ofrece la comunidad, y a recibir su apoyo, para alcanzar sus metas [2]',
              'Ayudan a las personas a crear planes de servicio basados en sus propias metas de recuperación [2]',
              'Ayudan a las personas a elaborar sus propios planes de bienestar [2]',
              'Conectan a las personas con herramientas y servicios que mejoran su vida [4]',
              'Organizan y mantienen grupos de autoayuda y de aprendizaje entre pares [2]',
            ],
          },
          { type: 'heading', text: 'Organizaciones comunitarias de recuperación y aliados' },
          {
            type: 'paragraph',
            text: 'Las organizaciones comunitarias de recuperación (RCO, por sus siglas en inglés) pueden ser una fuente de capital de recuperación externo. El PR CoE las describe como organizaciones sin fines de lucro, independientes y de base [1]. Las fundan y dirigen miembros de la comunidad local en recuperación [1]. Las RCO hacen visible y accesible la recuperación [1]. Las alianzas pueden llegar aún más lejos. En Filadelfia, el departamento de policía colabora con PRO-ACT [1]. PRO-ACT es una organización comunitaria que ofrece servicios de tratamiento y recuperación para trastornos por consumo de sustancias [1]. Gracias a este trabajo, quienes participan en un programa de desvío previo al arresto pueden recibir apoyo entre pares para la recuperación [1].',
          },
          {
            type: 'paragraph',
            text: 'Así que prepararse para el apoyo entre pares significa hacerse dos preguntas. ¿Cómo encajará el personal de pares en tus propios programas? ¿Y cómo ayudará a conectar a las personas con todo lo que existe fuera de ellos?',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'Haz un mapa de los recursos de una persona',
            text: 'Piensa en una persona que tu equipo atendió hace poco, sin decir su nombre. ¿Qué capital de recuperación interno y externo tenía al llegar? ¿A qué recursos de la comunidad podría ayudarle a llegar un trabajador de pares que tus servicios actuales no alcanzan?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Sistema de atención orientado a la recuperación',
                definition:
                  'Conjunto de apoyos personalizados que funcionan en conjunto para favorecer un crecimiento sano y una vida con sentido [1].',
              },
              {
                term: 'Capital de recuperación',
                definition:
                  'La amplitud y la profundidad de los recursos internos y externos a los que una persona puede recurrir para iniciar y mantener su recuperación [1].',
              },
              {
                term: 'Organización comunitaria de recuperación (RCO)',
                definition:
                  'Organización sin fines de lucro, independiente y de base, fundada y dirigida por la comunidad local en recuperación, que hace visible y accesible la recuperación [1].',
              },
              {
                term: 'Plan de bienestar autodirigido',
                definition:
                  'Plan para mantenerse bien que la propia persona crea y dirige, con el apoyo de un trabajador de pares [2].',
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
      estimatedMinutes: 8,
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
            text: 'The Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS) made the Peer Support Toolkit [1]. It gives step-by-step advice on how to set up peer recovery support services [1]. It starts with preparing the culture of the organization [1]. Its four modules come in this order [1]:',
          },
          {
            type: 'list',
            ordered: true,
            items: [
              'Preparing the Organization: Why Do It?',
              'Recruiting and Hiring Peer Staff: What’s Different?',
              'Effective Service Delivery: What, Why, and How?',
              'Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?',
            ],
          },
          {
            type: 'paragraph',
            text: 'The PR CoE gives advice to groups that start a new peer program [1]. Know what you expect from peer workers before you recruit [1]. Also plan how you will supervise them and keep them [1].',
          },
          { type: 'heading', text: 'Signs of a culture that is ready' },
          {
            type: 'paragraph',
            text: 'The sources do not offer one readiness checklist. But they do describe what peer support needs. Use this list to take an honest look at your own organization.',
          },
          {
            type: 'list',
            items: [
              '**A shared understanding of the role.** Staff at every level know that peer work is non-clinical and strengths-based [2]. They know it complements clinical roles and does not copy or replace them [2].',
              '**Respect for self-direction.** Teams accept that each person finds their own path to recovery, and peer workers help them follow it [2]. Peer workers do this without judgment, rules or demands [2].',
              '**Willingness to share power.** Peer workers can help break down gaps in experience and understanding, and power gaps, within a treatment team [2]. Leaders expect this and welcome it.',
              '**Person-first language.** The organization uses words that put the person first and do not shame [1]. The DBHIDS Person First Guidelines give advice on this [1].',
              '**Supervision that understands peer work.** Supervisors are ready to support peer staff. SAMHSA has a guide called Supervision of Peer Workers [3]. It comes with a self-check tool for supervisors [3].',
              '**Room to grow.** The organization sees a career path for peer staff. Peer staff can go on to train others, supervise other peer workers and make new resources [3]. They can also run programs and teach lawmakers [3].',
            ],
          },
          { type: 'heading', text: 'Clarify expectations early' },
          {
            type: 'paragraph',
            text: 'Before you recruit, decide what kind of lived experience the role needs. Certification differs from state to state [1]. The PR CoE reports that 34 states have one combined certification [1]. It covers recovery from substance use, mental health conditions, or both [1]. Another 12 states certify the two apart [1]. Where certification is combined, the job decides what lived experience it needs [1]. So do the setting and the people it serves [1]. Many organizations find that settling this early helps everyone see what the role is for, from hiring managers to clinical co-workers.',
          },
          {
            type: 'paragraph',
            text: 'Last, SAMHSA notes that peer workers are becoming key members of treatment teams [3]. SAMHSA’s Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS) draws on people in recovery [3]. They help lead it, build it and carry it out [3]. That is a useful model. Many organizations involve people with lived experience early, even in planning the peer program. It shows that they value what these people bring.',
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
                  'How far an organization has set its expectations, culture, and supervision and retention plans before it recruits peer staff [1].',
              },
              {
                term: 'Person-first language',
                definition:
                  'Wording that puts the person before a condition, such as “person with a substance use disorder,” to avoid stigma [1].',
              },
              {
                term: 'Peer Support Toolkit',
                definition:
                  'Step-by-step guidance from the Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS) for integrating peer staff, organized in four modules [1].',
              },
              {
                term: 'Integrated certification',
                definition:
                  'One state peer certification that covers lived experience of recovery from substance use, mental health conditions, or both [1].',
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
            text: 'El Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS, por sus siglas en inglés) creó el Peer Support Toolkit [1]. Da consejos paso a paso para poner en marcha servicios de apoyo entre pares para la recuperación [1]. Empieza por preparar la cultura de la organización [1]. Sus cuatro módulos siguen este orden (títulos en inglés) [1]:',
          },
          {
            type: 'list',
            ordered: true,
            items: [
              '“Preparing the Organization: Why Do It?” (preparar a la organización: ¿por qué hacerlo?)',
              '“Recruiting and Hiring Peer Staff: What’s Different?” (reclutar y contratar personal de pares: ¿qué cambia?)',
              '“Effective Service Delivery: What, Why, and How?” (prestación eficaz de servicios: ¿qué, por qué y cómo?)',
              '“Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?” (apoyar, supervisar y retener al personal de pares: ¿por qué invertir en apoyarlo y supervisarlo?)',
            ],
          },
          {
            type: 'paragraph',
            text: 'El PR CoE da consejos a los grupos que inician un programa de pares [1]. Ten claro lo que esperas de los trabajadores de pares antes de reclutar [1]. Planifica también cómo los vas a supervisar y retener [1].',
          },
          { type: 'heading', text: 'Señales de una cultura preparada' },
          {
            type: 'paragraph',
            text: 'Las fuentes no ofrecen una lista única para medir si una organización está lista. Pero sí describen lo que necesita el apoyo entre pares. Usa esta lista para mirar con honestidad a tu propia organización.',
          },
          {
            type: 'list',
            items: [
              '**Un entendimiento común de la función.** El personal de todos los niveles sabe que el trabajo de pares es no clínico y basado en las fortalezas [2]. Sabe que complementa las funciones clínicas y que no las duplica ni las reemplaza [2].',
              '**Respeto por la autodeterminación.** Los equipos aceptan que cada persona encuentra su propio camino de recuperación, y que los trabajadores de pares la ayudan a seguirlo [2]. Lo hacen sin juicios, reglas ni requisitos [2].',
              '**Disposición a compartir el poder.** Los trabajadores de pares pueden ayudar a derribar barreras de experiencia y comprensión, y dinámicas de poder, dentro del equipo de tratamiento [2]. Los líderes lo esperan y lo reciben bien.',
              '**Lenguaje que pone a la persona primero.** La organización usa palabras que ponen a la persona primero y no avergüenzan [1]. Las Person First Guidelines del DBHIDS dan recomendaciones sobre esto [1].',
              '**Supervisión que entiende el trabajo de pares.** Los supervisores están preparados para apoyar al personal de pares. SAMHSA tiene una guía llamada Supervision of Peer Workers [3]. Viene con una herramienta de autoevaluación para supervisores [3].',
              '**Espacio para crecer.** La organización prevé una trayectoria profesional para el personal de pares. El personal de pares puede llegar a capacitar a otros, supervisar a otros trabajadores de pares y crear recursos [3]. También puede administrar programas y educar a los responsables de políticas [3].',
            ],
          },
          { type: 'heading', text: 'Aclara las expectativas desde el principio' },
          {
            type: 'paragraph',
            text: 'Antes de reclutar, define qué tipo de experiencia vivida requiere el puesto. La certificación cambia de un estado a otro [1]. El PR CoE informa que 34 estados ofrecen una sola certificación integrada [1]. Esta abarca la recuperación del consumo de sustancias, de una condición de salud mental, o de ambos [1]. Otros 12 estados ofrecen certificaciones separadas [1]. Donde la certificación es integrada, el puesto decide qué experiencia vivida necesita [1]. También cuentan el lugar de trabajo y las personas atendidas [1]. Muchas organizaciones ven que definir esto pronto ayuda a que todos entiendan para qué sirve el puesto, desde quienes contratan hasta los colegas clínicos.',
          },
          {
            type: 'paragraph',
            text: 'Por último, SAMHSA señala que los trabajadores de pares se están convirtiendo en miembros clave de los equipos de tratamiento [3]. El proyecto Bringing Recovery Supports to Scale Technical Assistance Center Strategy (BRSS TACS) de SAMHSA se nutre de personas en recuperación [3]. Ellas ayudan a dirigirlo, desarrollarlo e implementarlo [3]. Es un buen modelo. Muchas organizaciones incluyen pronto a personas con experiencia vivida, incluso en la planificación del programa de pares. Así muestran que valoran lo que estas personas aportan.',
          },
          {
            type: 'callout',
            variant: 'reflection',
            title: 'La primera semana',
            text: 'Imagina que un trabajador de pares se une a tu equipo el mes próximo. En su primera semana, ¿qué escucharía de sus colegas, en las reuniones y en las notas de los casos? ¿Le diría eso que se valora su experiencia vivida? ¿Qué te gustaría cambiar primero?',
          },
          {
            type: 'keyTerms',
            terms: [
              {
                term: 'Preparación de la organización',
                definition:
                  'El grado en que una organización ha definido sus expectativas, su cultura y sus planes de supervisión y retención antes de reclutar personal de pares [1].',
              },
              {
                term: 'Lenguaje que pone a la persona primero',
                definition:
                  'Forma de expresarse que nombra primero a la persona y después la condición, como “persona con un trastorno por consumo de sustancias”, para evitar el estigma [1].',
              },
              {
                term: 'Peer Support Toolkit',
                definition:
                  'Guía paso a paso del Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS, por sus siglas en inglés) para integrar personal de pares, organizada en cuatro módulos [1].',
              },
              {
                term: 'Certificación integrada',
                definition:
                  'Una sola certificación estatal de pares que abarca la experiencia vivida de recuperación del consumo de sustancias, de una condición de salud mental, o de ambos [1].',
              },
            ],
          },
        ],
      },
    },
  ],
}
