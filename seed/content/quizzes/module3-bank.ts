import type { QuizContent } from '../types'

import { prompt, right, trueFalse, wrong } from './build'

/**
 * Module 3 question bank: each attempt draws 8, spread across the five lessons.
 * Mostly moments from practice: what a peer worker says or does next.
 */
export const quiz3: QuizContent = {
  slug: 'effective-service-delivery-quiz',
  passingScore: 80,
  maxAttempts: 3,
  questionsPerAttempt: 8,
  en: {
    title: 'Effective Service Delivery: What, Why, and How?',
    instructions:
      'Each attempt asks 8 questions drawn from a larger bank, covering every lesson, so a new attempt brings new questions. Most questions describe a moment with a person you support and ask which response fits best. Some have more than one correct answer, and some ask you to type a short answer. You need 80% to pass and may take the quiz up to three times.',
  },
  es: {
    title: 'Prestación eficaz de servicios: ¿qué, por qué y cómo?',
    instructions:
      'Cada intento te hace 8 preguntas tomadas de un banco más grande que cubre todas las lecciones, así que un nuevo intento trae preguntas nuevas. La mayoría describe un momento con una persona a la que apoyas y te pregunta qué respuesta encaja mejor. Algunas tienen más de una respuesta correcta y otras te piden escribir una respuesta breve. Necesitas un 80 % para aprobar y puedes intentarlo hasta tres veces.',
  },
  questions: [
    // ── Lesson 1: non-clinical, strengths-based support ────────────────────
    {
      type: 'single',
      lesson: 'what-peer-support-workers-do',
      scenario: true,
      competencies: ['C4-PERSONALIZES', 'C2-SUPPORT'],
      ...prompt([
        'A person you support says: “Everyone keeps telling me what my recovery should look like.” Which response best fits the peer support worker’s role?',
        'Una persona a la que apoyas te dice: “Todo el mundo me dice cómo debería ser mi recuperación”. ¿Qué respuesta encaja mejor con la función del trabajador de apoyo entre pares?',
      ]),
      choices: [
        right(
          ['“What would you like your recovery to look like? Let’s start from what matters to you.”', '“¿Cómo te gustaría que fuera tu recuperación? Empecemos por lo que te importa a ti”.'],
          ['Right. The peer role is to help people find and follow their own recovery paths, without judgment, expectation, rules or requirements.', 'Correcto. La función de pares es ayudar a las personas a encontrar y seguir su propio camino de recuperación, sin juicios, expectativas, reglas ni requisitos.'],
        ),
        wrong(
          ['“Here is what worked for me. If you do the same, you will be fine.”', '“Esto es lo que me funcionó a mí. Si haces lo mismo, te irá bien”.'],
          ['Not quite. Your path is one example, not a rule for someone else.', 'No exactamente. Tu camino es un ejemplo, no una regla para otra persona.'],
        ),
        wrong(
          ['“First, let’s make sure you are following the program’s rules.”', '“Primero, asegurémonos de que cumples las reglas del programa”.'],
          ['Not quite. Peer support works without rules or requirements attached.', 'No exactamente. El apoyo entre pares funciona sin reglas ni requisitos de por medio.'],
        ),
        wrong(
          ['“Your therapist knows best. I will ask them which path suits you.”', '“Tu terapeuta sabe más. Le preguntaré qué camino te conviene”.'],
          ['Not quite. The person sets the direction of their own recovery.', 'No exactamente. La persona marca la dirección de su propia recuperación.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'what-peer-support-workers-do',
      scenario: true,
      competencies: ['C2-SUPPORT', 'C4-PERSONALIZES'],
      ...prompt([
        'A person tells you: “I have messed everything up.” Which response is strengths-based?',
        'Una persona te dice: “Lo he arruinado todo”. ¿Qué respuesta está basada en las fortalezas?',
      ]),
      choices: [
        right(
          ['“You came in today and you kept your job through a hard year. What helped you do that?”', '“Hoy viniste y mantuviste tu trabajo durante un año difícil. ¿Qué te ayudó a lograrlo?”'],
          ['Right. Mental Health America describes peer specialists helping people identify and build on their strengths.', 'Correcto. Mental Health America describe a los especialistas de pares ayudando a las personas a identificar sus fortalezas y a construir sobre ellas.'],
        ),
        wrong(
          ['“Let’s list everything that has gone wrong so we can fix it.”', '“Hagamos una lista de todo lo que salió mal para arreglarlo”.'],
          ['Not quite. Starting from problems is the opposite of a strengths-based approach.', 'No exactamente. Empezar por los problemas es lo contrario de un enfoque basado en las fortalezas.'],
        ),
        wrong(
          ['“Don’t worry, everybody messes up sometimes.”', '“No te preocupes, a todos nos pasa”.'],
          ['Not quite. Well meant, but it passes over the person’s feelings and does not build on anything they have done.', 'No exactamente. Es bienintencionado, pero pasa por alto lo que siente la persona y no se apoya en nada de lo que ha hecho.'],
        ),
        wrong(
          ['“That sounds serious. I will write it up for your clinician.”', '“Eso suena grave. Se lo reportaré a tu clínico”.'],
          ['Not quite. It skips the conversation; peer support starts from the person and what is working.', 'No exactamente. Se salta la conversación; el apoyo entre pares parte de la persona y de lo que sí funciona.'],
        ),
      ],
    },
    {
      type: 'true-false',
      lesson: 'what-peer-support-workers-do',
      scenario: true,
      competencies: ['C2-SUPPORT', 'C6-LINKS-RESOURCES'],
      ...prompt([
        'A new colleague says: “Because peer support is non-clinical, peer workers should not share information or teach skills. That is for the case manager.” This fits how SAMHSA describes the peer role.',
        'Una colega nueva dice: “Como el apoyo entre pares es no clínico, los trabajadores de pares no deberían compartir información ni enseñar habilidades. Eso le toca a la administradora de casos”. Esto encaja con cómo describe SAMHSA la función de pares.',
      ]),
      choices: trueFalse(
        false,
        ['Not quite. SAMHSA says peer workers provide self-help education, share resources, build skills and link people to tools and resources.', 'No exactamente. SAMHSA dice que los trabajadores de pares ofrecen educación de autoayuda, comparten recursos, desarrollan habilidades y conectan a las personas con herramientas y recursos.'],
        ['Right. Non-clinical does not mean without information: sharing resources and building skills are core peer activities.', 'Correcto. No clínico no significa sin información: compartir recursos y desarrollar habilidades son actividades centrales de los pares.'],
      ),
    },

    // ── Lesson 2: the range of peer support ────────────────────────────────
    {
      type: 'single',
      lesson: 'types-of-peer-support',
      scenario: true,
      competencies: ['C2-SUPPORT', 'C6-LINKS-RESOURCES'],
      ...prompt([
        'A person you support moved to the city recently and says they feel alone and want to meet people who understand. Which response fits best?',
        'Una persona a la que apoyas se mudó hace poco a la ciudad y te dice que se siente sola y quiere conocer a gente que la entienda. ¿Qué respuesta encaja mejor?',
      ]),
      choices: [
        right(
          ['Tell them about a peer-led recovery group and a local recovery community organization, and ask which they would like to try.', 'Contarle sobre un grupo de recuperación dirigido por pares y una organización comunitaria de recuperación de la zona, y preguntarle cuál le gustaría probar.'],
          ['Right. Building community and relationships and leading recovery groups are peer activities, and the choice stays theirs.', 'Correcto. Crear comunidad y relaciones y dirigir grupos de recuperación son actividades de pares, y la decisión sigue siendo suya.'],
        ),
        wrong(
          ['Refer them to a psychiatrist, since loneliness is a clinical matter.', 'Derivarla a psiquiatría, porque la soledad es un asunto clínico.'],
          ['Not quite. Connection with others is something peer support offers directly.', 'No exactamente. La conexión con otras personas es algo que el apoyo entre pares ofrece directamente.'],
        ),
        wrong(
          ['Tell them the feeling will pass once they settle in.', 'Decirle que la sensación pasará cuando se instale.'],
          ['Not quite. It dismisses what they asked for: people who understand.', 'No exactamente. Descarta lo que pidió: gente que la entienda.'],
        ),
        wrong(
          ['Suggest they wait until treatment ends before joining any group.', 'Sugerirle que espere a terminar el tratamiento antes de unirse a un grupo.'],
          ['Not quite. Peer support extends treatment into everyday life; there is no need to wait.', 'No exactamente. El apoyo entre pares lleva el tratamiento a la vida diaria; no hay que esperar.'],
        ),
      ],
    },
    {
      type: 'multiple',
      lesson: 'types-of-peer-support',
      scoring: 'partial',
      competencies: ['C2-SUPPORT', 'C7-WELLNESS-INFO'],
      ...prompt([
        'Which of these does Mental Health America list among the things peer specialists do? Select all that apply.',
        '¿Cuáles de estas menciona Mental Health America entre las cosas que hacen los especialistas de pares? Elige todas las que correspondan.',
      ]),
      choices: [
        right(['Set up and sustain peer self-help and educational groups', 'Crear y mantener grupos de autoayuda y educativos entre pares'], ['Right.', 'Correcto.']),
        right(['Use recovery-oriented tools to help people address challenges', 'Usar herramientas orientadas a la recuperación para ayudar a las personas a enfrentar retos'], ['Right.', 'Correcto.']),
        right(['Offer a sounding board and a shoulder to lean on', 'Ofrecer a alguien con quien pensar en voz alta y un hombro en el que apoyarse'], ['Right.', 'Correcto.']),
        wrong(
          ['Decide which goals belong in a person’s service plan', 'Decidir qué metas van en el plan de servicios de una persona'],
          ['No. MHA says peer specialists help people create plans based on their own recovery goals and support their decision-making.', 'No. MHA dice que los especialistas de pares ayudan a crear planes basados en las propias metas de la persona y apoyan sus decisiones.'],
        ),
      ],
    },
    {
      type: 'short-answer',
      lesson: 'types-of-peer-support',
      competencies: ['C2-SUPPORT'],
      en: {
        prompt: 'A peer support page cited in this module says structured peer support can help people make new friends and foster a sense of responsibility and a sense of what? (One word.)',
        acceptedAnswers: ['belonging', 'a sense of belonging', 'sense of belonging'],
        correctFeedback: 'Right: belonging.',
        incorrectFeedback: 'The page names a sense of responsibility and belonging.',
      },
      es: {
        prompt: 'Una página sobre apoyo entre pares citada en este módulo dice que el apoyo estructurado entre pares puede ayudar a hacer nuevas amistades y a fomentar el sentido de responsabilidad y el sentido de… ¿qué? (Una palabra.)',
        acceptedAnswers: ['pertenencia', 'sentido de pertenencia', 'el sentido de pertenencia', 'belonging'],
        correctFeedback: 'Correcto: pertenencia.',
        incorrectFeedback: 'La página nombra el sentido de responsabilidad y de pertenencia.',
      },
    },

    // ── Lesson 3: settings, outreach and engagement ────────────────────────
    {
      type: 'short-answer',
      lesson: 'settings-outreach-and-engagement',
      competencies: ['C10-COLLABORATION'],
      en: {
        prompt: 'In Philadelphia, the police department works with PRO-ACT to provide peer recovery support services to participants in what kind of program?',
        acceptedAnswers: [
          'pre-arrest diversion',
          'pre-arrest diversion program',
          'prearrest diversion',
          'pre arrest diversion',
          'police-assisted diversion',
          'police assisted diversion',
          'diversion',
          'diversion program',
        ],
        correctFeedback: 'Right: a pre-arrest diversion program, as an alternative to incarceration.',
        incorrectFeedback: 'It is a pre-arrest (police-assisted) diversion program, an alternative to incarceration.',
      },
      es: {
        prompt: 'En Filadelfia, el departamento de policía trabaja con PRO-ACT para ofrecer servicios de apoyo entre pares para la recuperación a participantes de ¿qué tipo de programa?',
        acceptedAnswers: [
          'desviación previa al arresto',
          'programa de desviación previa al arresto',
          'desviación antes del arresto',
          'desviación',
          'programa de desviación',
          'derivación previa al arresto',
          'programa de derivación',
          'diversión previa al arresto',
          'pre-arrest diversion',
          'diversion',
        ],
        correctFeedback: 'Correcto: un programa de desviación previa al arresto, como alternativa al encarcelamiento.',
        incorrectFeedback: 'Es un programa de desviación previa al arresto (con participación de la policía), una alternativa al encarcelamiento.',
      },
    },
    {
      type: 'single',
      lesson: 'settings-outreach-and-engagement',
      scenario: true,
      competencies: ['C8-CRISIS', 'C1-ENGAGES'],
      ...prompt([
        'You are a peer worker in a hospital emergency department. A person who arrived during a crisis tells you nobody there understands what they are going through. What fits your role best?',
        'Eres trabajador de pares en la sala de emergencias de un hospital. Una persona que llegó en plena crisis te dice que allí nadie entiende lo que está pasando. ¿Qué encaja mejor con tu función?',
      ]),
      choices: [
        right(
          ['Stay with them, listen, share briefly that you have been through hard times too, and ask what support they would want next.', 'Quedarte con ella, escucharla, contarle brevemente que tú también pasaste por momentos difíciles y preguntarle qué apoyo querría después.'],
          ['Right. Peer workers practice in emergency departments and crisis services, offering shared understanding and support during periods of stress or crisis.', 'Correcto. Los trabajadores de pares ejercen en salas de emergencia y servicios de crisis, y ofrecen comprensión compartida y apoyo en momentos de estrés o crisis.'],
        ),
        wrong(
          ['Assess whether they need to be admitted and tell the doctor.', 'Evaluar si necesita ser ingresada y decírselo al médico.'],
          ['Not quite. Assessment is clinical; the peer role is non-clinical support alongside the team.', 'No exactamente. La evaluación es clínica; la función de pares es un apoyo no clínico junto al equipo.'],
        ),
        wrong(
          ['Tell them to stay calm and wait for the clinical staff.', 'Decirle que se calme y espere al personal clínico.'],
          ['Not quite. It leaves the person alone with the feeling of not being understood, which is what peer support answers.', 'No exactamente. Deja a la persona sola con la sensación de que nadie la entiende, que es justo lo que el apoyo entre pares atiende.'],
        ),
        wrong(
          ['Step back: a crisis is for clinical staff only.', 'Apartarte: una crisis es solo para el personal clínico.'],
          ['Not quite. MHA names crisis services among the clinical settings where peers take an active part.', 'No exactamente. MHA menciona los servicios de crisis entre los entornos clínicos donde los pares participan activamente.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'settings-outreach-and-engagement',
      competencies: ['C10-COLLABORATION'],
      ...prompt([
        'A drug court judge asks what research says about peer recovery support and the justice system. Which finding does the research summarized by the PR CoE report (Davidson et al., 2012)?',
        'Un juez de un tribunal de drogas pregunta qué dice la investigación sobre el apoyo entre pares para la recuperación y el sistema de justicia. ¿Qué resultado informa la investigación que resume el PR CoE (Davidson et al., 2012)?',
      ]),
      choices: [
        right(
          ['Decreased criminal justice charges and less probation or parole', 'Menos cargos penales y menos libertad condicional o supervisada'],
          ['Right.', 'Correcto.'],
        ),
        wrong(['Shorter prison sentences for people in peer programs', 'Condenas de prisión más cortas para quienes están en programas de pares'], ['Not quite. The research does not look at sentence length.', 'No exactamente. La investigación no analiza la duración de las condenas.']),
        wrong(['Fewer arrests in neighborhoods with peer programs', 'Menos arrestos en los barrios con programas de pares'], ['Not quite. The finding is about people receiving support, not neighborhoods.', 'No exactamente. El resultado trata de las personas que reciben apoyo, no de los barrios.']),
        wrong(['Lower court costs per case', 'Menores costos judiciales por caso'], ['Not quite. The summary does not report court costs.', 'No exactamente. El resumen no informa sobre costos judiciales.']),
      ],
    },

    // ── Lesson 4: sharing lived experience with purpose ────────────────────
    {
      type: 'single',
      lesson: 'sharing-lived-experience-with-purpose',
      scenario: true,
      competencies: ['C3-LIVED-EXPERIENCE'],
      ...prompt([
        'A person you support is nervous about their first recovery group. You remember how nervous you were before your own first group. What is the most purposeful way to share?',
        'Una persona a la que apoyas está nerviosa por su primer grupo de recuperación. Recuerdas lo nervioso que estabas tú antes de tu primer grupo. ¿Cuál es la forma más intencional de compartirlo?',
      ]),
      choices: [
        right(
          ['Say briefly that you felt nervous too and what helped you, then ask what might help them.', 'Decirle brevemente que tú también te sentiste nervioso y qué te ayudó, y luego preguntarle qué podría ayudarla a ella.'],
          ['Right. Short, relevant sharing that hands the focus back models recovery and offers hope.', 'Correcto. Compartir algo breve y pertinente, y devolverle la atención, muestra la recuperación e inspira esperanza.'],
        ),
        wrong(
          ['Tell your whole recovery story so they know you have been there.', 'Contarle toda tu historia de recuperación para que sepa que has pasado por lo mismo.'],
          ['Not quite. Purposeful sharing picks the part that connects and keeps it brief.', 'No exactamente. Compartir con propósito es elegir la parte que conecta y ser breve.'],
        ),
        wrong(
          ['Keep your own experience out of it and just give them the group schedule.', 'Dejar tu experiencia fuera y solo darle el horario del grupo.'],
          ['Not quite. Thoughtful sharing of experience is one of the peer worker’s main tools here.', 'No exactamente. Compartir la experiencia con cuidado es aquí una de las herramientas principales del trabajador de pares.'],
        ),
        wrong(
          ['Tell them that if they handle it the way you did, they will be fine.', 'Decirle que si lo hace como tú, le irá bien.'],
          ['Not quite. Your way is one example, not a rule; leave room for their path.', 'No exactamente. Tu forma es un ejemplo, no una regla; deja espacio para su camino.'],
        ),
      ],
    },
    {
      type: 'true-false',
      lesson: 'sharing-lived-experience-with-purpose',
      scenario: true,
      competencies: ['C3-LIVED-EXPERIENCE'],
      ...prompt([
        'A new peer worker believes they must share every part of their story with each person they support, or they are not really doing peer support.',
        'Un trabajador de pares nuevo cree que debe contar cada parte de su historia a cada persona que apoya; si no, no está haciendo de verdad apoyo entre pares.',
      ]),
      choices: trueFalse(
        false,
        ['Not quite. What the sources value is thoughtful sharing; you choose what to share, and it is fine to keep some parts private.', 'No exactamente. Lo que valoran las fuentes es compartir con cuidado; tú eliges qué compartir y está bien guardar algunas partes.'],
        ['Right. Thoughtful sharing means choosing what helps the other person; it does not require sharing everything.', 'Correcto. Compartir con cuidado significa elegir lo que ayuda a la otra persona; no exige contarlo todo.'],
      ),
    },
    {
      type: 'single',
      lesson: 'sharing-lived-experience-with-purpose',
      competencies: ['C3-LIVED-EXPERIENCE', 'C2-SUPPORT'],
      ...prompt([
        'According to SAMHSA, citing Davidson, Bellamy, Guy and Miller (2012), what creates the sense of mutuality that is influential in modeling recovery and offering hope?',
        'Según SAMHSA, que cita a Davidson, Bellamy, Guy y Miller (2012), ¿qué crea el sentido de reciprocidad que influye en mostrar la recuperación e inspirar esperanza?',
      ]),
      choices: [
        right(['Thoughtful sharing of experience', 'Compartir la experiencia con cuidado'], ['Right.', 'Correcto.']),
        wrong(['Matching peer workers and people by age and background', 'Emparejar a trabajadores de pares y personas por edad y origen'], ['Not quite. The sources point to thoughtful sharing, not demographic matching.', 'No exactamente. Las fuentes hablan de compartir con cuidado, no de emparejar por datos demográficos.']),
        wrong(['Following a structured group curriculum', 'Seguir un programa de grupo estructurado'], ['Not quite. A curriculum is not what the study credits.', 'No exactamente. El estudio no atribuye esto a un programa.']),
        wrong(['Holding the same certification as the rest of the team', 'Tener la misma certificación que el resto del equipo'], ['Not quite. Mutuality is between the peer worker and the person, through shared experience.', 'No exactamente. La reciprocidad se da entre el trabajador de pares y la persona, por la experiencia compartida.']),
      ],
    },

    // ── Lesson 5: linking to resources, services and supports ──────────────
    {
      type: 'single',
      lesson: 'linking-to-resources-services-supports',
      scenario: true,
      competencies: ['C6-LINKS-RESOURCES', 'C4-PERSONALIZES'],
      ...prompt([
        'A person you support wants to go back to school. You know of two adult education programs. Which approach fits linking the peer way?',
        'Una persona a la que apoyas quiere volver a estudiar. Conoces dos programas de educación para adultos. ¿Qué forma de conectarla encaja con el trabajo entre pares?',
      ]),
      choices: [
        right(
          ['Share what you know about both, including what it was like when you used a similar service, let them choose, and check back later on how it went.', 'Contarle lo que sabes de ambos, también cómo fue para ti usar un servicio parecido, dejar que elija y volver a preguntarle después cómo le fue.'],
          ['Right. Offer options, respect the choice, share what you learned, and keep walking with the person.', 'Correcto. Ofrece opciones, respeta la decisión, comparte lo que aprendiste y sigue acompañando a la persona.'],
        ),
        wrong(
          ['Enroll them in the program you think is better.', 'Inscribirla en el programa que a ti te parece mejor.'],
          ['Not quite. Peer specialists grow people’s ability to make informed, independent choices.', 'No exactamente. Los especialistas de pares fortalecen la capacidad de las personas de tomar decisiones informadas e independientes.'],
        ),
        wrong(
          ['Give them both phone numbers and mark the goal as done.', 'Darle los dos teléfonos y dar la meta por cumplida.'],
          ['Not quite. Linking is more than handing over a number.', 'No exactamente. Conectar es más que entregar un número.'],
        ),
        wrong(
          ['Wait for the case manager to decide which program fits.', 'Esperar a que la administradora de casos decida qué programa conviene.'],
          ['Not quite. Linking people to resources is a core peer task, done with the team, not left to it.', 'No exactamente. Conectar a las personas con recursos es una tarea central de los pares, que se hace con el equipo, no se le deja al equipo.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'linking-to-resources-services-supports',
      scenario: true,
      competencies: ['C6-LINKS-RESOURCES'],
      ...prompt([
        'A person is confused by the forms and steps for a new clinic and is thinking of not going. Which response fits how Mental Health America describes peer specialists?',
        'Una persona está confundida con los formularios y pasos de una clínica nueva y piensa no ir. ¿Qué respuesta encaja con cómo describe Mental Health America a los especialistas de pares?',
      ]),
      choices: [
        right(
          ['Walk through the steps with them, explaining what to expect from your own experience, while they stay in charge of the decision.', 'Revisar los pasos con ella, explicarle qué esperar desde tu propia experiencia, mientras ella sigue decidiendo.'],
          ['Right. MHA says peer specialists supplement treatment with education, empowerment and aid in system navigation.', 'Correcto. MHA dice que los especialistas de pares complementan el tratamiento con educación, empoderamiento y ayuda para moverse por el sistema.'],
        ),
        wrong(
          ['Fill in and sign the forms for them.', 'Llenar y firmar los formularios por ella.'],
          ['Not quite. Helping is not deciding or acting for the person.', 'No exactamente. Ayudar no es decidir ni actuar por la persona.'],
        ),
        wrong(
          ['Tell them the clinic is probably not worth the trouble.', 'Decirle que probablemente la clínica no vale la pena.'],
          ['Not quite. This steers their choice instead of supporting it.', 'No exactamente. Eso orienta su decisión en lugar de apoyarla.'],
        ),
        wrong(
          ['Tell them to ask the clinic’s staff, since navigation is not a peer task.', 'Decirle que pregunte al personal de la clínica, porque orientar en el sistema no es tarea de pares.'],
          ['Not quite. MHA names aid in system navigation as part of what peer specialists offer.', 'No exactamente. MHA menciona la ayuda para moverse por el sistema como parte de lo que ofrecen los especialistas de pares.'],
        ),
      ],
    },
    {
      type: 'true-false',
      lesson: 'linking-to-resources-services-supports',
      scenario: true,
      competencies: ['C6-LINKS-RESOURCES', 'C5-RECOVERY-PLANNING'],
      ...prompt([
        'Once you have connected someone with a service, checking back later on how it went would undermine their independence.',
        'Después de conectar a alguien con un servicio, volver a preguntarle más adelante cómo le fue minaría su independencia.',
      ]),
      choices: trueFalse(
        false,
        ['Not quite. Peer workers walk with people on their recovery journeys; checking back keeps the plan theirs and still fitting.', 'No exactamente. Los trabajadores de pares acompañan a las personas en su camino de recuperación; volver a preguntar mantiene el plan como suyo y ajustado.'],
        ['Right. Following up is part of walking with someone, and the choices stay theirs.', 'Correcto. Dar seguimiento es parte de acompañar a alguien, y las decisiones siguen siendo suyas.'],
      ),
    },
    {
      type: 'short-answer',
      lesson: 'linking-to-resources-services-supports',
      competencies: ['C6-LINKS-RESOURCES', 'C5-RECOVERY-PLANNING'],
      en: {
        prompt: 'Mental Health America says peer specialists help people gain information and support from where, so that their goals become a reality?',
        acceptedAnswers: ['the community', 'community', 'from the community', 'their community'],
        correctFeedback: 'Right: from the community.',
        incorrectFeedback: 'MHA says peer specialists help people gain information and support from the community.',
      },
      es: {
        prompt: 'Mental Health America dice que los especialistas de pares ayudan a las personas a obtener información y apoyo ¿de dónde?, para que sus metas se hagan realidad.',
        acceptedAnswers: ['la comunidad', 'comunidad', 'de la comunidad', 'su comunidad', 'de su comunidad'],
        correctFeedback: 'Correcto: de la comunidad.',
        incorrectFeedback: 'MHA dice que los especialistas de pares ayudan a obtener información y apoyo de la comunidad.',
      },
    },
  ],
}
