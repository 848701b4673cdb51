import type { QuizContent } from '../types'

import { prompt, right, trueFalse, wrong } from './build'

/**
 * Module 1 question bank: each attempt draws 8, spread across the five lessons.
 * Facts come from the seeds behind each lesson; scenarios ask what fits, not what was said.
 */
export const quiz1: QuizContent = {
  slug: 'preparing-the-organization-quiz',
  passingScore: 80,
  maxAttempts: 3,
  questionsPerAttempt: 8,
  en: {
    title: 'Preparing the Organization: Why Do It?',
    instructions:
      'Each attempt asks 8 questions drawn from a larger bank, covering every lesson, so a new attempt brings new questions. Most questions describe a situation and ask what fits best. Some have more than one correct answer, and some ask you to type a short answer. You need 80% to pass and may take the quiz up to three times.',
  },
  es: {
    title: 'Preparar a la organización: ¿por qué hacerlo?',
    instructions:
      'Cada intento te hace 8 preguntas tomadas de un banco más grande que cubre todas las lecciones, así que un nuevo intento trae preguntas nuevas. La mayoría describe una situación y te pregunta qué encaja mejor. Algunas tienen más de una respuesta correcta y otras te piden escribir una respuesta breve. Necesitas un 80 % para aprobar y puedes intentarlo hasta tres veces.',
  },
  questions: [
    // ── Lesson 1: what peer support is ─────────────────────────────────────
    {
      type: 'single',
      lesson: 'what-is-peer-support',
      scenario: true,
      competencies: ['C10-COLLABORATION'],
      ...prompt([
        'At a staff meeting, a case manager asks whether the new peer support worker will take over part of her caseload. Which answer fits how SAMHSA describes the peer role?',
        'En una reunión de personal, una administradora de casos pregunta si el nuevo trabajador de apoyo entre pares se hará cargo de parte de sus casos. ¿Qué respuesta encaja con la forma en que SAMHSA describe la función de pares?',
      ]),
      choices: [
        right(
          ['No: the peer worker adds something different alongside her work, without duplicating or replacing it.', 'No: el trabajador de pares aporta algo distinto junto a su trabajo, sin duplicarlo ni reemplazarlo.'],
          ['Right. SAMHSA says the peer role complements the roles of therapists, case managers and others on the team.', 'Correcto. SAMHSA dice que la función de pares complementa las de terapeutas, administradores de casos y demás miembros del equipo.'],
        ),
        wrong(
          ['Yes: the peer worker will take the less complex cases so she can focus on the harder ones.', 'Sí: el trabajador de pares tomará los casos menos complejos para que ella se concentre en los difíciles.'],
          ['Not quite. The sources never divide cases by difficulty; peer support is a different, non-clinical kind of help.', 'No exactamente. Las fuentes no reparten los casos por dificultad; el apoyo entre pares es otro tipo de ayuda, no clínica.'],
        ),
        wrong(
          ['Yes, but only after a person finishes treatment, when case management ends.', 'Sí, pero solo cuando la persona termina el tratamiento y acaba la administración de casos.'],
          ['Not quite. Peer workers work alongside the treatment team; the sources do not describe a hand-off at the end of treatment.', 'No exactamente. Los trabajadores de pares trabajan junto al equipo de tratamiento; las fuentes no describen un relevo al final del tratamiento.'],
        ),
        wrong(
          ['Partly: the peer worker will handle her paperwork so she has more time with people.', 'En parte: el trabajador de pares se encargará de su papeleo para que ella tenga más tiempo con las personas.'],
          ['Not quite. Covering another role’s paperwork is not peer support, which rests on shared lived experience.', 'No exactamente. Cubrir el papeleo de otro puesto no es apoyo entre pares, que se basa en la experiencia vivida compartida.'],
        ),
      ],
    },
    {
      type: 'multiple',
      lesson: 'what-is-peer-support',
      scoring: 'partial',
      competencies: ['C2-SUPPORT'],
      ...prompt([
        'Which of these does SAMHSA list among the things peer support workers do? Select all that apply.',
        '¿Cuáles de estas tareas menciona SAMHSA entre lo que hacen los trabajadores de apoyo entre pares? Elige todas las que correspondan.',
      ]),
      choices: [
        right(
          ['Dispel myths about what it means to have a mental health condition or substance use disorder', 'Desmentir mitos sobre lo que significa tener una condición de salud mental o un trastorno por consumo de sustancias'],
          ['Right. This is one of the five things SAMHSA lists.', 'Correcto. Es una de las cinco tareas que menciona SAMHSA.'],
        ),
        right(
          ['Support people in naming their goals, hopes and dreams and creating a roadmap to reach them', 'Apoyar a las personas a nombrar sus metas, esperanzas y sueños y a trazar una ruta para alcanzarlos'],
          ['Right. SAMHSA lists this too.', 'Correcto. SAMHSA también lo menciona.'],
        ),
        wrong(
          ['Make sure people follow the program’s rules and requirements', 'Asegurarse de que las personas cumplan las reglas y los requisitos del programa'],
          ['No. SAMHSA describes peer workers helping people follow their own paths without judgment, expectation, rules or requirements.', 'No. SAMHSA describe a los trabajadores de pares ayudando a las personas a seguir su propio camino sin juicios, expectativas, reglas ni requisitos.'],
        ),
        wrong(
          ['Assess symptoms and recommend changes to medication', 'Evaluar síntomas y recomendar cambios de medicación'],
          ['No. Peer support is non-clinical; assessment and medication belong to clinical roles.', 'No. El apoyo entre pares es no clínico; la evaluación y la medicación corresponden a funciones clínicas.'],
        ),
      ],
    },
    {
      type: 'true-false',
      lesson: 'what-is-peer-support',
      competencies: ['C2-SUPPORT'],
      ...prompt([
        'Mental Health America reports that most peer specialists offer their services as volunteers rather than as paid employees.',
        'Mental Health America informa que la mayoría de los especialistas de pares ofrecen sus servicios como voluntarios y no como empleados remunerados.',
      ]),
      choices: trueFalse(
        false,
        ['Not quite. MHA says peer specialists most frequently work as paid employees, while others choose to volunteer.', 'No exactamente. MHA dice que los especialistas de pares trabajan con más frecuencia como empleados remunerados, y que otros prefieren ser voluntarios.'],
        ['Right. MHA says they most frequently work as paid employees; some choose to volunteer.', 'Correcto. MHA dice que con más frecuencia son empleados remunerados; algunos prefieren ser voluntarios.'],
      ),
    },

    // ── Lesson 2: peerness and mutuality ───────────────────────────────────
    {
      type: 'single',
      lesson: 'peerness-and-mutuality',
      scenario: true,
      competencies: ['C1-ENGAGES', 'C3-LIVED-EXPERIENCE'],
      ...prompt([
        'A board member asks: “We already have caring counselors. What would a peer worker offer that they do not?” Which answer best reflects the sources?',
        'Una persona de la junta directiva pregunta: “Ya tenemos consejeros atentos. ¿Qué ofrecería un trabajador de pares que ellos no ofrecen?”. ¿Qué respuesta refleja mejor las fuentes?',
      ]),
      choices: [
        right(
          ['Shared lived experience creates a mutuality that promotes connection, inspires hope and offers acceptance and validation not found in many professional relationships.', 'La experiencia vivida compartida crea una reciprocidad que favorece la conexión, inspira esperanza y ofrece una aceptación y una validación que no se encuentran en muchas relaciones profesionales.'],
          ['Right. This is the “peerness” the sources describe (Mead & McNeil, 2006).', 'Correcto. Es el “peerness” que describen las fuentes (Mead y McNeil, 2006).'],
        ),
        wrong(
          ['A peer worker can enforce program rules more credibly because people see them as one of their own.', 'Un trabajador de pares puede hacer cumplir las reglas del programa con más credibilidad porque las personas lo ven como uno de los suyos.'],
          ['No. Enforcing rules pulls against the peer role, which works without judgment, rules or requirements.', 'No. Hacer cumplir reglas va en contra de la función de pares, que trabaja sin juicios, reglas ni requisitos.'],
        ),
        wrong(
          ['A peer worker brings clinical training that counselors do not have.', 'Un trabajador de pares aporta una formación clínica que los consejeros no tienen.'],
          ['No. Peer support is non-clinical; its value comes from shared experience.', 'No. El apoyo entre pares es no clínico; su valor viene de la experiencia compartida.'],
        ),
        wrong(
          ['A peer worker can see more people in a day, so waiting lists get shorter.', 'Un trabajador de pares puede atender a más personas al día, así que las listas de espera se acortan.'],
          ['No. The sources do not make this claim; they describe the quality of the relationship, not its speed.', 'No. Las fuentes no dicen esto; describen la calidad de la relación, no su rapidez.'],
        ),
      ],
    },
    {
      type: 'short-answer',
      lesson: 'peerness-and-mutuality',
      competencies: ['C3-LIVED-EXPERIENCE'],
      en: {
        prompt: 'SAMHSA and the PR CoE use one word, in quotation marks, for the mutuality between a peer support worker and a person in or seeking recovery. What is that word?',
        acceptedAnswers: ['peerness', '“peerness”', '"peerness"'],
        correctFeedback: 'Right. “Peerness” is the mutuality that promotes connection and inspires hope.',
        incorrectFeedback: 'The word is “peerness”: the mutuality between a peer support worker and a person in or seeking recovery.',
      },
      es: {
        prompt: 'SAMHSA y el PR CoE usan una palabra en inglés, entre comillas, para la reciprocidad entre un trabajador de apoyo entre pares y una persona que está en recuperación o la busca. ¿Cuál es esa palabra?',
        acceptedAnswers: ['peerness', '“peerness”', '"peerness"', 'el peerness'],
        correctFeedback: 'Correcto. El “peerness” es la reciprocidad que favorece la conexión e inspira esperanza.',
        incorrectFeedback: 'La palabra es “peerness”: la reciprocidad entre un trabajador de apoyo entre pares y una persona que está en recuperación o la busca.',
      },
    },
    {
      type: 'single',
      lesson: 'peerness-and-mutuality',
      scenario: true,
      competencies: ['C1-ENGAGES', 'C9-COMMUNICATION'],
      ...prompt([
        'A person who recently joined your program tells a peer worker: “When I saw that other people recovered, it gave me hope that I could too.” Which part of peer support does this show most clearly?',
        'Una persona que llegó hace poco a tu programa le dice a un trabajador de pares: “Cuando vi que otras personas se recuperaban, me dio esperanza de que yo también podía”. ¿Qué aspecto del apoyo entre pares muestra esto con más claridad?',
      ]),
      choices: [
        right(
          ['Seeing recovery in someone with shared experience inspires hope.', 'Ver la recuperación en alguien con una experiencia compartida inspira esperanza.'],
          ['Right. SAMHSA quotes people saying exactly this: mutuality and role modeling inspire hope.', 'Correcto. SAMHSA cita a personas que dicen justo esto: la reciprocidad y el ejemplo inspiran esperanza.'],
        ),
        wrong(
          ['Peer workers give advice that clinicians are not allowed to give.', 'Los trabajadores de pares dan consejos que el personal clínico no puede dar.'],
          ['No. The quote is about hope from seeing others recover, not about advice.', 'No. La cita habla de la esperanza que da ver a otros recuperarse, no de consejos.'],
        ),
        wrong(
          ['Group programs work better than one-to-one support.', 'Los programas grupales funcionan mejor que el apoyo individual.'],
          ['No. Peer workers support people both individually and in groups; the quote compares neither.', 'No. Los trabajadores de pares apoyan a las personas tanto individualmente como en grupo; la cita no compara ninguno.'],
        ),
        wrong(
          ['Certification makes a peer worker more believable.', 'La certificación hace que un trabajador de pares sea más creíble.'],
          ['No. The quote says nothing about credentials; what gave hope was seeing recovery.', 'No. La cita no habla de credenciales; lo que dio esperanza fue ver la recuperación.'],
        ),
      ],
    },
    {
      type: 'multiple',
      lesson: 'peerness-and-mutuality',
      scoring: 'partial',
      competencies: ['C1-ENGAGES'],
      ...prompt([
        'SAMHSA names what peer workers draw on to help people become and stay engaged in recovery. Which of these does it name? Select all that apply.',
        'SAMHSA nombra aquello en lo que se apoyan los trabajadores de pares para ayudar a las personas a comprometerse con su recuperación y mantenerse en ella. ¿Cuáles de estos nombra? Elige todos los que correspondan.',
      ]),
      choices: [
        right(['Shared understanding', 'La comprensión compartida'], ['Right.', 'Correcto.']),
        right(['Respect', 'El respeto'], ['Right.', 'Correcto.']),
        right(['Mutual empowerment', 'El empoderamiento mutuo'], ['Right.', 'Correcto.']),
        wrong(
          ['Clinical authority', 'La autoridad clínica'],
          ['No. Peer support is non-clinical; SAMHSA names shared understanding, respect and mutual empowerment.', 'No. El apoyo entre pares es no clínico; SAMHSA nombra la comprensión compartida, el respeto y el empoderamiento mutuo.'],
        ),
      ],
    },

    // ── Lesson 3: the evidence ─────────────────────────────────────────────
    {
      type: 'single',
      lesson: 'benefits-of-peer-support',
      scenario: true,
      competencies: ['C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'You are writing a funding proposal for a new peer program. Which sentence presents the evidence the way the sources support it?',
        'Estás redactando una propuesta de financiamiento para un nuevo programa de pares. ¿Qué frase presenta la evidencia como la respaldan las fuentes?',
      ]),
      choices: [
        right(
          ['Emerging research shows that peer support may bring benefits such as reduced hospital admission rates and longer community tenure.', 'Las investigaciones recientes muestran que el apoyo entre pares puede traer beneficios como menos ingresos hospitalarios y más tiempo viviendo en la comunidad.'],
          ['Right. SAMHSA describes benefits peer support “may include”, based on emerging research.', 'Correcto. SAMHSA describe beneficios que el apoyo entre pares “puede incluir”, según investigaciones recientes.'],
        ),
        wrong(
          ['Our peer program will cut hospital admissions in its first year.', 'Nuestro programa de pares reducirá los ingresos hospitalarios en su primer año.'],
          ['Not quite. No source promises a result for one program; stay with what the research says.', 'No exactamente. Ninguna fuente promete un resultado para un programa concreto; mantente en lo que dice la investigación.'],
        ),
        wrong(
          ['Research proves that peer support works for everyone who receives it.', 'La investigación demuestra que el apoyo entre pares funciona para todas las personas que lo reciben.'],
          ['Not quite. The sources describe benefits that may follow, not a guarantee for every person.', 'No exactamente. Las fuentes describen beneficios posibles, no una garantía para cada persona.'],
        ),
        wrong(
          ['Peer support is reimbursable by Medicaid in all 50 states.', 'El apoyo entre pares es reembolsable por Medicaid en los 50 estados.'],
          ['Not quite. MHA says peer support is available in all 50 states and Medicaid reimbursable in 35.', 'No exactamente. MHA dice que el apoyo entre pares está disponible en los 50 estados y es reembolsable por Medicaid en 35.'],
        ),
      ],
    },
    {
      type: 'multiple',
      lesson: 'benefits-of-peer-support',
      scoring: 'partial',
      competencies: ['C2-SUPPORT', 'C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'Your county’s child welfare and housing partners ask what the research says. Which of these outcomes does the research cited by the PR CoE link with peer recovery support? Select all that apply.',
        'Tus socios de bienestar infantil y de vivienda del condado preguntan qué dice la investigación. ¿Cuáles de estos resultados asocia con el apoyo entre pares la investigación que cita el PR CoE? Elige todos los que correspondan.',
      ]),
      choices: [
        right(
          ['Reduced time in out-of-home care and quicker reunification of families', 'Menos tiempo en cuidado fuera del hogar y una reunificación familiar más rápida'],
          ['Right (Huebner et al., 2012; Sears et al., 2017).', 'Correcto (Huebner et al., 2012; Sears et al., 2017).'],
        ),
        right(
          ['Increased housing stability and primary care visits', 'Más estabilidad en la vivienda y más visitas de atención primaria'],
          ['Right (Bassuk et al., 2016).', 'Correcto (Bassuk et al., 2016).'],
        ),
        wrong(
          ['Fewer child welfare cases opened in the county', 'Menos casos de bienestar infantil abiertos en el condado'],
          ['No. The research is about families already involved: time in care and reunification, not new cases.', 'No. La investigación trata de familias ya involucradas: el tiempo en cuidado y la reunificación, no casos nuevos.'],
        ),
        wrong(
          ['Lower rent for people in recovery residences', 'Alquileres más bajos para las personas en residencias de recuperación'],
          ['No. None of the cited studies looks at rent.', 'No. Ninguno de los estudios citados trata del alquiler.'],
        ),
      ],
    },
    {
      type: 'short-answer',
      lesson: 'benefits-of-peer-support',
      competencies: ['C11-LEADERSHIP-ADVOCACY'],
      en: {
        prompt: 'According to Mental Health America, peer support is available in all 50 states. In how many states is it reimbursable by Medicaid? (Type the number.)',
        acceptedAnswers: ['35', 'thirty-five', 'thirty five', '35 states'],
        correctFeedback: 'Right: 35 states, according to MHA.',
        incorrectFeedback: 'MHA reports that peer support is Medicaid reimbursable in 35 states.',
      },
      es: {
        prompt: 'Según Mental Health America, el apoyo entre pares está disponible en los 50 estados. ¿En cuántos estados es reembolsable por Medicaid? (Escribe el número.)',
        acceptedAnswers: ['35', 'treinta y cinco', 'treintaicinco', '35 estados'],
        correctFeedback: 'Correcto: 35 estados, según MHA.',
        incorrectFeedback: 'MHA informa que el apoyo entre pares es reembolsable por Medicaid en 35 estados.',
      },
    },

    // ── Lesson 4: recovery-oriented systems and recovery capital ───────────
    {
      type: 'short-answer',
      lesson: 'recovery-oriented-systems-and-recovery-capital',
      competencies: ['C5-RECOVERY-PLANNING'],
      en: {
        prompt: 'What does the PR CoE call the breadth and depth of internal and external resources a person can draw on to begin and sustain recovery?',
        acceptedAnswers: ['recovery capital', 'capital of recovery'],
        correctFeedback: 'Right: recovery capital.',
        incorrectFeedback: 'The PR CoE calls it recovery capital.',
      },
      es: {
        prompt: '¿Cómo llama el PR CoE a la amplitud y la profundidad de los recursos internos y externos con los que una persona puede contar para empezar y mantener su recuperación?',
        acceptedAnswers: ['capital de recuperación', 'capital de la recuperación', 'el capital de recuperación', 'recovery capital'],
        correctFeedback: 'Correcto: el capital de recuperación.',
        incorrectFeedback: 'El PR CoE lo llama capital de recuperación.',
      },
    },
    {
      type: 'single',
      lesson: 'recovery-oriented-systems-and-recovery-capital',
      scenario: true,
      competencies: ['C6-LINKS-RESOURCES'],
      ...prompt([
        'A local group invites your program to its community events. Which description would tell you it is a recovery community organization (RCO), as the PR CoE defines one?',
        'Un grupo local invita a tu programa a sus actividades comunitarias. ¿Qué descripción te indicaría que es una organización comunitaria de recuperación (RCO), tal como la define el PR CoE?',
      ]),
      choices: [
        right(
          ['An independent, grassroots nonprofit founded and led by the local recovery community', 'Una organización sin fines de lucro, independiente y de base, fundada y dirigida por la comunidad local en recuperación'],
          ['Right. That is how the PR CoE describes RCOs; they make recovery visible and accessible.', 'Correcto. Así describe el PR CoE a las RCO; hacen visible y accesible la recuperación.'],
        ),
        wrong(
          ['A hospital department that runs recovery groups for its own patients', 'Un departamento de un hospital que organiza grupos de recuperación para sus propios pacientes'],
          ['Not quite. RCOs are independent and led by the local recovery community, not part of a hospital.', 'No exactamente. Las RCO son independientes y las dirige la comunidad local en recuperación, no forman parte de un hospital.'],
        ),
        wrong(
          ['A state agency that certifies peer specialists', 'Una agencia estatal que certifica a especialistas de pares'],
          ['Not quite. Certification is a state matter; RCOs are grassroots community organizations.', 'No exactamente. La certificación es un asunto estatal; las RCO son organizaciones comunitarias de base.'],
        ),
        wrong(
          ['A national center that trains organizations across the country', 'Un centro nacional que capacita a organizaciones de todo el país'],
          ['Not quite. That describes a center such as the PR CoE itself; RCOs are local.', 'No exactamente. Eso describe un centro como el propio PR CoE; las RCO son locales.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'recovery-oriented-systems-and-recovery-capital',
      scenario: true,
      competencies: ['C5-RECOVERY-PLANNING', 'C6-LINKS-RESOURCES'],
      ...prompt([
        'Your team is mapping the recovery capital of a person who is new to the program. Which of these is an external resource rather than an internal one?',
        'Tu equipo está haciendo un mapa del capital de recuperación de una persona que acaba de llegar al programa. ¿Cuál de estos es un recurso externo y no interno?',
      ]),
      choices: [
        right(
          ['A vocational program the person can join', 'Un programa vocacional al que la persona puede unirse'],
          ['Right. Services such as vocational, education, health care and parenting supports are around the person: external.', 'Correcto. Servicios como los vocacionales, educativos, de salud y de crianza están alrededor de la persona: son externos.'],
        ),
        wrong(
          ['The person’s hope that things can change', 'La esperanza de la persona de que las cosas pueden cambiar'],
          ['Not quite. Hope is something the person carries within: an internal resource.', 'No exactamente. La esperanza es algo que la persona lleva dentro: un recurso interno.'],
        ),
        wrong(
          ['The person’s confidence from past successes', 'La confianza de la persona por sus logros anteriores'],
          ['Not quite. Confidence is internal recovery capital.', 'No exactamente. La confianza es capital de recuperación interno.'],
        ),
        wrong(
          ['The person’s motivation to keep making changes', 'La motivación de la persona para seguir haciendo cambios'],
          ['Not quite. Motivation is internal recovery capital.', 'No exactamente. La motivación es capital de recuperación interno.'],
        ),
      ],
    },

    // ── Lesson 5: is your culture ready? ───────────────────────────────────
    {
      type: 'single',
      lesson: 'is-your-culture-ready',
      scenario: true,
      competencies: ['C11-LEADERSHIP-ADVOCACY', 'C12-GROWTH'],
      ...prompt([
        'Your director wants to post a peer support job next week. Nobody has yet decided what the role will do or who will supervise it. What does the PR CoE advise?',
        'Tu directora quiere publicar una vacante de apoyo entre pares la próxima semana. Nadie ha decidido aún qué hará el puesto ni quién lo supervisará. ¿Qué aconseja el PR CoE?',
      ]),
      choices: [
        right(
          ['Settle clear expectations for the role, and a plan for supervision and retention, before recruiting.', 'Definir expectativas claras para el puesto, y un plan de supervisión y retención, antes de reclutar.'],
          ['Right. The PR CoE advises having both in place before the recruitment process begins.', 'Correcto. El PR CoE aconseja tener ambas cosas antes de empezar el reclutamiento.'],
        ),
        wrong(
          ['Post the job now and let the person hired shape the role.', 'Publicar la vacante ya y dejar que la persona contratada defina el puesto.'],
          ['Not quite. Leaving the role undefined puts the new hire in a hard position; the PR CoE says to decide first.', 'No exactamente. Dejar el puesto sin definir pone en una posición difícil a quien llegue; el PR CoE dice que hay que decidir antes.'],
        ),
        wrong(
          ['Post the job now and plan supervision once problems appear.', 'Publicar la vacante ya y planificar la supervisión cuando aparezcan problemas.'],
          ['Not quite. The supervision and retention plan should exist before recruitment.', 'No exactamente. El plan de supervisión y retención debe existir antes del reclutamiento.'],
        ),
        wrong(
          ['Wait until the state certifies your organization to hire peers.', 'Esperar a que el estado certifique a tu organización para contratar pares.'],
          ['Not quite. States certify peer specialists, not employers; the advice is about your own preparation.', 'No exactamente. Los estados certifican a los especialistas de pares, no a los empleadores; el consejo trata de tu propia preparación.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'is-your-culture-ready',
      competencies: ['C12-GROWTH'],
      ...prompt([
        'The Peer Support Toolkit from the Philadelphia Department of Behavioral Health and Intellectual disAbility Services (DBHIDS) has four modules. Which one comes first?',
        'El Peer Support Toolkit del Departamento de Salud Conductual y Servicios para Discapacidades Intelectuales de Filadelfia (DBHIDS) tiene cuatro módulos. ¿Cuál va primero?',
      ]),
      choices: [
        right(
          ['Preparing the Organization: Why Do It?', 'Preparing the Organization: Why Do It? (preparar a la organización)'],
          ['Right. Preparing the organizational culture comes before recruiting, service delivery and supervision.', 'Correcto. Preparar la cultura de la organización va antes del reclutamiento, la prestación de servicios y la supervisión.'],
        ),
        wrong(
          ['Recruiting and Hiring Peer Staff: What’s Different?', 'Recruiting and Hiring Peer Staff: What’s Different? (reclutar y contratar)'],
          ['Not quite. Recruiting is the second module, after preparing the organization.', 'No exactamente. El reclutamiento es el segundo módulo, después de preparar a la organización.'],
        ),
        wrong(
          ['Effective Service Delivery: What, Why, and How?', 'Effective Service Delivery: What, Why, and How? (prestación de servicios)'],
          ['Not quite. Service delivery is the third module.', 'No exactamente. La prestación de servicios es el tercer módulo.'],
        ),
        wrong(
          ['Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?', 'Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff? (apoyo y supervisión)'],
          ['Not quite. Supervision and retention is the fourth module.', 'No exactamente. La supervisión y la retención son el cuarto módulo.'],
        ),
      ],
    },
    {
      type: 'true-false',
      lesson: 'is-your-culture-ready',
      scenario: true,
      competencies: ['C10-COLLABORATION', 'C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'A manager says: “If our peer worker questions how the treatment team shares power with the people we serve, that is a sign the hire is not working out.” This view fits what the sources say about the peer role.',
        'Un gerente dice: “Si nuestro trabajador de pares cuestiona cómo el equipo de tratamiento comparte el poder con las personas que atendemos, es señal de que la contratación no funciona”. Esta opinión encaja con lo que dicen las fuentes sobre la función de pares.',
      ]),
      choices: trueFalse(
        false,
        ['Not quite. SAMHSA says peer workers can help break down power dynamics that get in the way of working with the treatment team; a ready culture welcomes this.', 'No exactamente. SAMHSA dice que los trabajadores de pares pueden ayudar a derribar las dinámicas de poder que dificultan el trabajo con el equipo de tratamiento; una cultura preparada lo acoge.'],
        ['Right. Helping break down power dynamics is part of the role, as SAMHSA describes it.', 'Correcto. Ayudar a derribar las dinámicas de poder forma parte de la función, tal como la describe SAMHSA.'],
      ),
    },
  ],
}
