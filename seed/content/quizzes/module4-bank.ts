import type { QuizContent } from '../types'

import { prompt, right, trueFalse, wrong } from './build'

/**
 * Module 4 question bank: each attempt draws 8, spread across the five lessons.
 * Supervisors' judgment calls; where a question touches employment, the answer points to the
 * organization's own HR process rather than stating legal rules the sources do not give.
 */
export const quiz4: QuizContent = {
  slug: 'supporting-supervising-retaining-quiz',
  passingScore: 80,
  maxAttempts: 3,
  questionsPerAttempt: 8,
  en: {
    title: 'Supporting, Supervising, and Retaining Peer Staff: Why Invest in Supporting and Supervising Peer Staff?',
    instructions:
      'Each attempt asks 8 questions drawn from a larger bank, covering every lesson, so a new attempt brings new questions. Most questions describe a supervision situation and ask what fits best. Some have more than one correct answer, and some ask you to type a short answer. You need 80% to pass and may take the quiz up to three times.',
  },
  es: {
    title: 'Apoyo, supervisión y retención del personal de pares: ¿por qué invertir en apoyar y supervisar al personal de pares?',
    instructions:
      'Cada intento te hace 8 preguntas tomadas de un banco más grande que cubre todas las lecciones, así que un nuevo intento trae preguntas nuevas. La mayoría describe una situación de supervisión y te pregunta qué encaja mejor. Algunas tienen más de una respuesta correcta y otras te piden escribir una respuesta breve. Necesitas un 80 % para aprobar y puedes intentarlo hasta tres veces.',
  },
  questions: [
    // ── Lesson 1: why invest in supervision ────────────────────────────────
    {
      type: 'single',
      lesson: 'why-invest-in-supervision',
      competencies: ['C12-GROWTH'],
      ...prompt([
        'You will supervise your organization’s first peer worker. Which SAMHSA resource includes a one-page self-assessment tool for supervisors?',
        'Vas a supervisar al primer trabajador de pares de tu organización. ¿Qué recurso de SAMHSA incluye una herramienta de autoevaluación de una página para supervisores?',
      ]),
      choices: [
        right(['Supervision of Peer Workers TA Resource', 'Supervision of Peer Workers TA Resource (supervisión de trabajadores de pares)'], ['Right. It also comes with a slide deck and trainer notes.', 'Correcto. También incluye una presentación y notas para quien capacita.']),
        wrong(['Value of Peers – 2017', 'Value of Peers – 2017'], ['Not quite. That resource describes how peer supports add value; it is not the supervision resource.', 'No exactamente. Ese recurso describe el valor que aportan los pares; no es el de supervisión.']),
        wrong(['What Are Peer Recovery Support Services? – 2009', 'What Are Peer Recovery Support Services? – 2009'], ['Not quite. That one explains peer recovery support services.', 'No exactamente. Ese explica los servicios de apoyo entre pares para la recuperación.']),
        wrong(['Peers Supporting Recovery from Mental Health Conditions', 'Peers Supporting Recovery from Mental Health Conditions'], ['Not quite. That is part of the Value of Peers series.', 'No exactamente. Forma parte de la serie Value of Peers.']),
      ],
    },
    {
      type: 'single',
      lesson: 'why-invest-in-supervision',
      scenario: true,
      competencies: ['C12-GROWTH', 'C9-COMMUNICATION'],
      ...prompt([
        'In your first supervision meeting with a new peer worker, which focus fits supervising a member of staff rather than treating a client?',
        'En tu primera reunión de supervisión con un trabajador de pares nuevo, ¿qué enfoque corresponde a supervisar a un miembro del personal y no a tratar a un cliente?',
      ]),
      choices: [
        right(
          ['How they engage people, use their own story, and work with colleagues', 'Cómo se relaciona con las personas, cómo usa su propia historia y cómo trabaja con sus colegas'],
          ['Right. Supervision of peer staff is about the work; the peer worker decides what to share about their own history.', 'Correcto. La supervisión del personal de pares trata del trabajo; el trabajador de pares decide qué compartir de su propia historia.'],
        ),
        wrong(
          ['A review of their symptoms and medication', 'Una revisión de sus síntomas y su medicación'],
          ['Not quite. You would not ask this of other employees; supervision is not treatment.', 'No exactamente. No le preguntarías esto a otros empleados; la supervisión no es tratamiento.'],
        ),
        wrong(
          ['Whether their recovery is stable enough for the job', 'Si su recuperación es lo bastante estable para el puesto'],
          ['Not quite. This treats the peer worker as a client instead of an employee.', 'No exactamente. Esto trata al trabajador de pares como cliente y no como empleado.'],
        ),
        wrong(
          ['Their treatment history, so you can anticipate problems', 'Su historial de tratamiento, para anticipar problemas'],
          ['Not quite. The peer worker’s history is theirs to share or not.', 'No exactamente. La historia del trabajador de pares es suya: decide si la comparte.'],
        ),
      ],
    },
    {
      type: 'short-answer',
      lesson: 'why-invest-in-supervision',
      competencies: ['C12-GROWTH'],
      en: {
        prompt: 'A supervision plan can name the skills a peer worker will grow. SAMHSA describes a foundational set of these for peer workers in behavioral health services. What does SAMHSA call them?',
        acceptedAnswers: ['core competencies', 'foundational core competencies', 'competencies', 'the core competencies'],
        correctFeedback: 'Right: the foundational core competencies for peer workers.',
        incorrectFeedback: 'SAMHSA calls them the foundational core competencies for peer workers.',
      },
      es: {
        prompt: 'Un plan de supervisión puede nombrar las habilidades que desarrollará un trabajador de pares. SAMHSA describe un conjunto fundamental de ellas para los trabajadores de pares en servicios de salud conductual. ¿Cómo las llama SAMHSA?',
        acceptedAnswers: [
          'competencias básicas',
          'competencias fundamentales',
          'competencias centrales',
          'competencias esenciales',
          'competencias clave',
          'competencias',
          'core competencies',
        ],
        correctFeedback: 'Correcto: las competencias básicas (core competencies) para trabajadores de pares.',
        incorrectFeedback: 'SAMHSA las llama competencias básicas (foundational core competencies) para trabajadores de pares.',
      },
    },

    // ── Lesson 2: role clarity on the team ─────────────────────────────────
    {
      type: 'single',
      lesson: 'clarifying-the-peer-role',
      scenario: true,
      competencies: ['C10-COLLABORATION', 'C9-COMMUNICATION'],
      ...prompt([
        'Your team’s first peer worker starts next month. What best prepares the team?',
        'El primer trabajador de pares de tu equipo empieza el mes que viene. ¿Qué prepara mejor al equipo?',
      ]),
      choices: [
        right(
          ['Orient the whole team to the peer role before the start date: what peer staff do, and what they do not.', 'Presentar la función de pares a todo el equipo antes de la fecha de inicio: qué hace el personal de pares y qué no hace.'],
          ['Right. Role clarity is the team’s job, not something the new peer worker should have to explain alone.', 'Correcto. La claridad del rol es tarea del equipo, no algo que el nuevo trabajador de pares deba explicar solo.'],
        ),
        wrong(
          ['Let the peer worker explain the role once they arrive.', 'Dejar que el trabajador de pares explique su función cuando llegue.'],
          ['Not quite. That puts the whole weight of role clarity on the newest person.', 'No exactamente. Así todo el peso de la claridad del rol recae en la persona más nueva.'],
        ),
        wrong(
          ['Have the peer worker shadow a therapist to learn clinical skills first.', 'Hacer que el trabajador de pares acompañe a una terapeuta para aprender primero habilidades clínicas.'],
          ['Not quite. The peer role is non-clinical; its value comes from shared experience.', 'No exactamente. La función de pares es no clínica; su valor viene de la experiencia compartida.'],
        ),
        wrong(
          ['Wait and see how the role develops before saying anything.', 'Esperar a ver cómo se desarrolla el puesto antes de decir nada.'],
          ['Not quite. Undefined roles tend to drift; clarity is easier at the start.', 'No exactamente. Los puestos sin definir tienden a desviarse; la claridad es más fácil al principio.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'clarifying-the-peer-role',
      scenario: true,
      competencies: ['C10-COLLABORATION', 'C3-LIVED-EXPERIENCE'],
      ...prompt([
        'In case discussions, the peer worker’s view always comes last and is often cut short for time. As their supervisor, what fits best?',
        'En las reuniones de casos, la opinión del trabajador de pares siempre llega al final y a menudo se corta por falta de tiempo. Como su supervisora o supervisor, ¿qué encaja mejor?',
      ]),
      choices: [
        right(
          ['Raise the pattern with the team and make room for peer input as a full member’s perspective.', 'Plantear el patrón con el equipo y dar espacio a la opinión del par como la de un miembro pleno.'],
          ['Right. Mental Health America calls the peer workforce an integral part of treatment teams; the team has to act like it.', 'Correcto. Mental Health America dice que el personal de pares es parte integral de los equipos de tratamiento; el equipo tiene que actuar en consecuencia.'],
        ),
        wrong(
          ['Tell the peer worker to speak up more.', 'Decirle al trabajador de pares que hable más.'],
          ['Not quite. It leaves the peer worker to fix a team pattern alone.', 'No exactamente. Deja que el trabajador de pares arregle solo un patrón del equipo.'],
        ),
        wrong(
          ['Summarize the peer worker’s view for them at the end of the meeting.', 'Resumir tú la opinión del trabajador de pares al final de la reunión.'],
          ['Not quite. Speaking for them keeps their view second-hand.', 'No exactamente. Hablar por él deja su opinión en segundo plano.'],
        ),
        wrong(
          ['Accept it: clinical input should come first.', 'Aceptarlo: la opinión clínica debe ir primero.'],
          ['Not quite. The peer perspective is part of what the team hired for.', 'No exactamente. La perspectiva de pares es parte de lo que el equipo buscó al contratar.'],
        ),
      ],
    },
    {
      type: 'true-false',
      lesson: 'clarifying-the-peer-role',
      scenario: true,
      competencies: ['C10-COLLABORATION'],
      ...prompt([
        'When the team is short-staffed, the clinical director proposes that the peer worker run diagnostic screenings “as our junior clinician”. This fits the peer role as the sources describe it.',
        'Cuando falta personal, el director clínico propone que el trabajador de pares haga evaluaciones diagnósticas “como nuestro clínico junior”. Esto encaja con la función de pares tal como la describen las fuentes.',
      ]),
      choices: trueFalse(
        false,
        ['Not quite. The sources describe peer support as non-clinical and strengths-based; diagnosis belongs to clinical roles.', 'No exactamente. Las fuentes describen el apoyo entre pares como no clínico y basado en las fortalezas; el diagnóstico corresponde a las funciones clínicas.'],
        ['Right. Peer support is non-clinical; a peer worker is not a junior clinician.', 'Correcto. El apoyo entre pares es no clínico; un trabajador de pares no es un clínico junior.'],
      ),
    },

    // ── Lesson 3: preventing role drift ────────────────────────────────────
    {
      type: 'short-answer',
      lesson: 'preventing-role-drift',
      competencies: ['C10-COLLABORATION'],
      en: {
        prompt: 'What is the term for peer staff being gradually pulled into clinical, administrative or monitoring duties that are not peer support?',
        acceptedAnswers: ['role drift', 'drift', 'peer role drift'],
        correctFeedback: 'Right: role drift.',
        incorrectFeedback: 'This is called role drift.',
      },
      es: {
        prompt: '¿Cómo se llama el proceso por el que el personal de pares va asumiendo poco a poco tareas clínicas, administrativas o de vigilancia que no son apoyo entre pares?',
        acceptedAnswers: ['desviación del rol', 'desviación de rol', 'desviación de funciones', 'deriva del rol', 'deriva de rol', 'desviación', 'role drift'],
        correctFeedback: 'Correcto: desviación del rol.',
        incorrectFeedback: 'Se llama desviación del rol (role drift).',
      },
    },
    {
      type: 'single',
      lesson: 'preventing-role-drift',
      scenario: true,
      competencies: ['C10-COLLABORATION', 'C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'A program manager asks your peer worker to report residents who break house rules. What is your best response as their supervisor?',
        'Un gerente de programa le pide a tu trabajador de pares que reporte a los residentes que incumplen las reglas de la casa. Como su supervisora o supervisor, ¿cuál es tu mejor respuesta?',
      ]),
      choices: [
        right(
          ['Take the request back to the manager, explain that policing rules pulls against the peer role, and look for another way to meet the need.', 'Llevar tú la petición al gerente, explicarle que vigilar reglas va en contra de la función de pares y buscar otra forma de cubrir esa necesidad.'],
          ['Right. Peer workers help people without judgment, expectation, rules or requirements; supervisors carry these requests back instead of leaving the peer worker to negotiate alone.', 'Correcto. Los trabajadores de pares ayudan sin juicios, expectativas, reglas ni requisitos; quien supervisa lleva estas peticiones de vuelta en lugar de dejar que el par negocie solo.'],
        ),
        wrong(
          ['Let the peer worker decide alone whether to do it.', 'Dejar que el trabajador de pares decida solo si lo hace.'],
          ['Not quite. Backing the peer worker up is the supervisor’s part.', 'No exactamente. Respaldar al trabajador de pares es parte del trabajo de quien supervisa.'],
        ),
        wrong(
          ['Agree: everyone on the team shares in enforcing rules.', 'Aceptar: todo el equipo comparte la tarea de hacer cumplir las reglas.'],
          ['Not quite. Enforcing rules can cost the mutuality that makes peer support work.', 'No exactamente. Hacer cumplir reglas puede costar la reciprocidad que hace funcionar el apoyo entre pares.'],
        ),
        wrong(
          ['Agree, but only for residents the peer worker knows well.', 'Aceptar, pero solo con los residentes que el trabajador de pares conoce bien.'],
          ['Not quite. That is where reporting would do the most harm to trust.', 'No exactamente. Es justo ahí donde reportar dañaría más la confianza.'],
        ),
      ],
    },
    {
      type: 'multiple',
      lesson: 'preventing-role-drift',
      scenario: true,
      scoring: 'partial',
      competencies: ['C10-COLLABORATION'],
      ...prompt([
        'You compare a peer worker’s month with their job description, which is peer support. Which of these are signs of role drift? Select all that apply.',
        'Comparas el mes de un trabajador de pares con la descripción de su puesto, que es de apoyo entre pares. ¿Cuáles de estas son señales de desviación del rol? Elige todas las que correspondan.',
      ]),
      choices: [
        right(
          ['Covering reception most afternoons because a post is vacant', 'Cubrir la recepción casi todas las tardes porque hay un puesto vacante'],
          ['Right. Filling staffing gaps with peer time shrinks time with the people served.', 'Correcto. Cubrir vacantes con tiempo de pares reduce el tiempo con las personas atendidas.'],
        ),
        right(
          ['Completing diagnostic screenings at intake', 'Hacer evaluaciones diagnósticas en la admisión'],
          ['Right. Diagnostic work is clinical, not peer support.', 'Correcto. El trabajo diagnóstico es clínico, no apoyo entre pares.'],
        ),
        wrong(
          ['Leading a peer recovery group', 'Dirigir un grupo de recuperación entre pares'],
          ['No. Leading recovery groups is a core peer activity.', 'No. Dirigir grupos de recuperación es una actividad central de pares.'],
        ),
        wrong(
          ['Helping a person build their own wellness plan', 'Ayudar a una persona a crear su propio plan de bienestar'],
          ['No. Supporting self-directed wellness plans is peer work.', 'No. Apoyar planes de bienestar autodirigidos es trabajo de pares.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'preventing-role-drift',
      scenario: true,
      competencies: ['C10-COLLABORATION', 'C7-WELLNESS-INFO'],
      ...prompt([
        'Your peer worker’s agreed job description includes wellness coaching. A colleague says the coaching is role drift. Which view fits the sources?',
        'La descripción acordada del puesto de tu trabajador de pares incluye coaching de bienestar. Un colega dice que ese coaching es desviación del rol. ¿Qué opinión encaja con las fuentes?',
      ]),
      choices: [
        right(
          ['It is not drift: Mental Health America names wellness coaching among peer roles, and it was agreed and is done from a peer perspective.', 'No es desviación: Mental Health America menciona el coaching de bienestar entre las funciones de pares, y fue acordado y se hace desde una perspectiva de pares.'],
          ['Right. The test is whether the task was agreed and is carried out as peer work.', 'Correcto. La clave es si la tarea fue acordada y se realiza como trabajo de pares.'],
        ),
        wrong(
          ['It is drift: anything beyond one-to-one support is drift.', 'Es desviación: todo lo que vaya más allá del apoyo individual lo es.'],
          ['Not quite. Peer roles include groups, coaching, education and more.', 'No exactamente. Las funciones de pares incluyen grupos, coaching, educación y más.'],
        ),
        wrong(
          ['It is drift: coaching is a clinical task.', 'Es desviación: el coaching es una tarea clínica.'],
          ['Not quite. MHA lists wellness coaching as a peer role.', 'No exactamente. MHA menciona el coaching de bienestar como función de pares.'],
        ),
        wrong(
          ['It is not drift, because anything a manager assigns becomes part of the role.', 'No es desviación, porque todo lo que asigna un gerente pasa a ser parte del puesto.'],
          ['Not quite. Assignments outside the agreed role are exactly how drift starts.', 'No exactamente. Las tareas fuera del rol acordado son justo como empieza la desviación.'],
        ),
      ],
    },

    // ── Lesson 4: wellness and self-care of peer staff ─────────────────────
    {
      type: 'single',
      lesson: 'supporting-peer-staff-wellness',
      scenario: true,
      competencies: ['C7-WELLNESS-INFO', 'C12-GROWTH'],
      ...prompt([
        'A peer worker on your team learns that someone they supported for months has died. What fits best as their supervisor?',
        'Un trabajador de pares de tu equipo se entera de que murió una persona a la que apoyó durante meses. Como su supervisora o supervisor, ¿qué encaja mejor?',
      ]),
      choices: [
        right(
          ['Offer a debrief soon, ask what support would help, and let them decide what to share.', 'Ofrecerle pronto una conversación para procesarlo, preguntarle qué apoyo le ayudaría y dejar que decida qué compartir.'],
          ['Right. Attention to wellness is a routine part of supervising peer staff, led by the peer worker.', 'Correcto. Cuidar el bienestar es parte habitual de supervisar al personal de pares, y lo dirige el propio trabajador de pares.'],
        ),
        wrong(
          ['Ask about their own recovery status to check they are still stable.', 'Preguntarle por el estado de su propia recuperación para comprobar que sigue estable.'],
          ['Not quite. That treats grief at work as a warning sign instead of a normal response.', 'No exactamente. Eso trata el duelo en el trabajo como una señal de alarma y no como una reacción normal.'],
        ),
        wrong(
          ['Say nothing, to respect their privacy.', 'No decir nada, para respetar su privacidad.'],
          ['Not quite. Ignoring wellness is the opposite mistake; offer support and let them choose.', 'No exactamente. Ignorar el bienestar es el error contrario; ofrece apoyo y deja que elija.'],
        ),
        wrong(
          ['Move them out of peer work until they are over it.', 'Apartarlo del trabajo de pares hasta que lo supere.'],
          ['Not quite. Nothing suggests they cannot do their job; ask what they need.', 'No exactamente. Nada indica que no pueda hacer su trabajo; pregúntale qué necesita.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'supporting-peer-staff-wellness',
      scenario: true,
      competencies: ['C7-WELLNESS-INFO'],
      ...prompt([
        'Peer specialists help people build their own self-directed wellness plans. Applying the same respect to peer staff, who should lead a peer worker’s wellness plan for work?',
        'Los especialistas de pares ayudan a las personas a crear sus propios planes de bienestar autodirigidos. Con ese mismo respeto hacia el personal de pares, ¿quién debería dirigir el plan de bienestar laboral de un trabajador de pares?',
      ]),
      choices: [
        right(
          ['The peer worker, who decides what goes in it and what to share', 'El propio trabajador de pares, que decide qué incluye y qué comparte'],
          ['Right. The supervisor’s part is a workplace where wellness is possible.', 'Correcto. A quien supervisa le toca crear un lugar de trabajo donde el bienestar sea posible.'],
        ),
        wrong(['The supervisor, who reviews it each week', 'Quien supervisa, que lo revisa cada semana'], ['Not quite. A self-directed plan belongs to the person.', 'No exactamente. Un plan autodirigido pertenece a la persona.']),
        wrong(['Human resources, for the personnel file', 'Recursos humanos, para el expediente personal'], ['Not quite. The plan is the peer worker’s own, not a personnel record.', 'No exactamente. El plan es del trabajador de pares, no un documento de personal.']),
        wrong(['The peer worker’s clinician, who reports to the supervisor', 'El clínico del trabajador de pares, que informa a quien supervisa'], ['Not quite. This would turn supervision into treatment.', 'No exactamente. Esto convertiría la supervisión en tratamiento.']),
      ],
    },
    {
      type: 'single',
      lesson: 'supporting-peer-staff-wellness',
      scenario: true,
      competencies: ['C7-WELLNESS-INFO', 'C12-GROWTH'],
      ...prompt([
        'A peer worker tells you they have had a return to use and are worried about their job. Which first response fits best?',
        'Un trabajador de pares te cuenta que ha regresado al consumo y que le preocupa su trabajo. ¿Qué primera respuesta encaja mejor?',
      ]),
      choices: [
        right(
          ['Thank them for telling you, respond with support, keep it confidential, and ask your HR team and legal counsel which process and options apply.', 'Agradecerle que te lo cuente, responder con apoyo, mantenerlo en confidencialidad y preguntar al equipo de recursos humanos y a la asesoría legal qué proceso y qué opciones corresponden.'],
          ['Right. Which rights, process and options apply is a question for your HR team and legal counsel, not one to settle on the spot; a supportive response reflects what peer support teaches: people can and do recover.', 'Correcto. Qué derechos, proceso y opciones corresponden es una pregunta para el equipo de recursos humanos y la asesoría legal, no algo que se decide en el momento; una respuesta de apoyo refleja lo que enseña el apoyo entre pares: las personas sí se recuperan.'],
        ),
        wrong(
          ['End their employment, since a peer worker has to be a model of recovery.', 'Terminar su empleo, porque un trabajador de pares tiene que ser un modelo de recuperación.'],
          ['Not quite. Respond with support rather than suspicion, and let your HR team and legal counsel say what applies; do not decide on the spot.', 'No exactamente. Responde con apoyo en lugar de sospecha y deja que recursos humanos y la asesoría legal digan qué corresponde; no decidas en el momento.'],
        ),
        wrong(
          ['Ask the rest of the team to keep an eye on them.', 'Pedirle al resto del equipo que lo vigile.'],
          ['Not quite. This breaks confidentiality and treats a colleague with suspicion.', 'No exactamente. Esto rompe la confidencialidad y trata a un colega con sospecha.'],
        ),
        wrong(
          ['Change nothing and never mention it again.', 'No cambiar nada y no volver a mencionarlo.'],
          ['Not quite. They came to you worried; ask your HR team and legal counsel what process applies, and follow it with them.', 'No exactamente. Acudió a ti con una preocupación; pregunta a recursos humanos y a la asesoría legal qué proceso corresponde y síguelo con esa persona.'],
        ),
      ],
    },

    // ── Lesson 5: integration, growth and retention ────────────────────────
    {
      type: 'single',
      lesson: 'integration-growth-retention',
      competencies: ['C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'You want peer staff to help shape programs and policy. Which national effort does SAMHSA describe as enriched by people in recovery who hold key roles in its leadership, development and implementation?',
        'Quieres que el personal de pares ayude a definir programas y políticas. ¿Qué iniciativa nacional describe SAMHSA como enriquecida por personas en recuperación que tienen papeles clave en su liderazgo, desarrollo e implementación?',
      ]),
      choices: [
        right(
          ['BRSS TACS (Bringing Recovery Supports to Scale Technical Assistance Center Strategy)', 'BRSS TACS (Bringing Recovery Supports to Scale Technical Assistance Center Strategy)'],
          ['Right.', 'Correcto.'],
        ),
        wrong(['The Medicaid program', 'El programa Medicaid'], ['Not quite. Medicaid reimburses peer support in many states; the sources do not describe its leadership.', 'No exactamente. Medicaid reembolsa el apoyo entre pares en muchos estados; las fuentes no describen su liderazgo.']),
        wrong(['State peer certification boards', 'Las juntas estatales de certificación de pares'], ['Not quite. The sources describe state certification, not who leads it.', 'No exactamente. Las fuentes describen la certificación estatal, no quién la dirige.']),
        wrong(['The Department of Veterans Affairs', 'El Departamento de Asuntos de Veteranos'], ['Not quite. The VA employs peer support technicians; the sources do not describe its leadership.', 'No exactamente. El VA emplea técnicos de apoyo entre pares; las fuentes no describen su liderazgo.']),
      ],
    },
    {
      type: 'multiple',
      lesson: 'integration-growth-retention',
      scenario: true,
      scoring: 'partial',
      competencies: ['C12-GROWTH', 'C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'Several peer staff have left after about a year, saying they saw no future in the job. Which changes would address that? Select all that apply.',
        'Varias personas del personal de pares se fueron después de un año, diciendo que no veían futuro en el puesto. ¿Qué cambios lo abordarían? Elige todos los que correspondan.',
      ]),
      choices: [
        right(
          ['Support for training and certification, with time for it in the schedule', 'Apoyo para formación y certificación, con tiempo para ello en el horario'],
          ['Right. Certification and training are part of professional growth.', 'Correcto. La certificación y la formación son parte del crecimiento profesional.'],
        ),
        right(
          ['Visible routes to senior roles, such as peer supervisor', 'Caminos visibles hacia puestos superiores, como supervisor de pares'],
          ['Right. SAMHSA names supervising other peer workers among peer roles.', 'Correcto. SAMHSA menciona la supervisión de otros trabajadores de pares entre las funciones de pares.'],
        ),
        wrong(
          ['Promoting peer staff out of peer work into clinical roles', 'Promover al personal de pares fuera del trabajo de pares hacia puestos clínicos'],
          ['No. Growth can stay within peer work, which is what the staff were hired for.', 'No. El crecimiento puede darse dentro del trabajo de pares, que es para lo que se contrató al personal.'],
        ),
        wrong(
          ['Monitoring peer staff’s recovery more closely than other staff', 'Vigilar la recuperación del personal de pares más que la de otros empleados'],
          ['No. Supervision should focus on growth rather than monitoring.', 'No. La supervisión debe centrarse en el crecimiento, no en la vigilancia.'],
        ),
      ],
    },
    {
      type: 'true-false',
      lesson: 'integration-growth-retention',
      competencies: ['C12-GROWTH'],
      ...prompt([
        'According to the PR CoE, every state now offers a peer certification in its state healthcare system, so a supervisor anywhere can point peer staff to one.',
        'Según el PR CoE, todos los estados ofrecen ya una certificación de pares en su sistema de salud estatal, así que quien supervisa puede orientar al personal de pares hacia una en cualquier lugar.',
      ]),
      choices: trueFalse(
        false,
        ['Not quite. The PR CoE reports that California and South Dakota do not currently offer one; California is developing a certification.', 'No exactamente. El PR CoE informa que California y Dakota del Sur no ofrecen una por ahora; California está desarrollando una certificación.'],
        ['Right. Two states, California and South Dakota, currently offer none; California is developing one.', 'Correcto. Dos estados, California y Dakota del Sur, no ofrecen ninguna por ahora; California está desarrollando una.'],
      ),
    },
  ],
}
