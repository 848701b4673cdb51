import type { QuizContent } from '../types'

import { prompt, right, trueFalse, wrong } from './build'

/**
 * Module 2 question bank: each attempt draws 8, spread across the five lessons.
 * Job descriptions (lesson 4) and interviewing (lesson 5) are assessed as much as certification.
 */
export const quiz2: QuizContent = {
  slug: 'recruiting-and-hiring-quiz',
  passingScore: 80,
  maxAttempts: 3,
  questionsPerAttempt: 8,
  en: {
    title: 'Recruiting and Hiring Peer Staff: What’s Different?',
    instructions:
      'Each attempt asks 8 questions drawn from a larger bank, covering every lesson, so a new attempt brings new questions. Most questions describe a hiring situation and ask what fits best. Some have more than one correct answer, and some ask you to type a short answer. You need 80% to pass and may take the quiz up to three times.',
  },
  es: {
    title: 'Reclutamiento y contratación de personal de pares: ¿qué cambia?',
    instructions:
      'Cada intento te hace 8 preguntas tomadas de un banco más grande que cubre todas las lecciones, así que un nuevo intento trae preguntas nuevas. La mayoría describe una situación de contratación y te pregunta qué encaja mejor. Algunas tienen más de una respuesta correcta y otras te piden escribir una respuesta breve. Necesitas un 80 % para aprobar y puedes intentarlo hasta tres veces.',
  },
  questions: [
    // ── Lesson 1: lived experience as the qualification ────────────────────
    {
      type: 'single',
      lesson: 'lived-experience-as-qualification',
      scenario: true,
      competencies: ['C3-LIVED-EXPERIENCE', 'C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'Your HR screening flags a peer candidate because their résumé shows a year spent in treatment for a substance use disorder. What should the hiring manager do?',
        'El filtro de recursos humanos marca a una candidata para un puesto de pares porque su currículum muestra un año en tratamiento por un trastorno por consumo de sustancias. ¿Qué debería hacer la persona a cargo de la contratación?',
      ]),
      choices: [
        right(
          ['Treat the candidate’s recovery experience as central to the role and explore how they use it to help others.', 'Tratar la experiencia de recuperación de la candidata como algo central del puesto y explorar cómo la usa para ayudar a otras personas.'],
          ['Right. The PR CoE calls lived experience in recovery the key tool peer support specialists use in their work.', 'Correcto. El PR CoE dice que la experiencia vivida en recuperación es la herramienta clave de los especialistas de apoyo entre pares.'],
        ),
        wrong(
          ['Set the application aside to avoid risk, and look for a candidate without that history.', 'Apartar la solicitud para evitar riesgos y buscar a alguien sin ese historial.'],
          ['Not quite. For a peer role, that history is the core of what the candidate brings.', 'No exactamente. En un puesto de pares, esa historia es lo esencial de lo que aporta la candidata.'],
        ),
        wrong(
          ['Ask the candidate to remove the gap from their résumé before the interview.', 'Pedirle que quite ese periodo de su currículum antes de la entrevista.'],
          ['Not quite. Hiding lived experience contradicts the very qualification the role asks for.', 'No exactamente. Ocultar la experiencia vivida contradice el requisito mismo del puesto.'],
        ),
        wrong(
          ['Interview the candidate, but only for an administrative position instead.', 'Entrevistarla, pero solo para un puesto administrativo.'],
          ['Not quite. The experience that qualifies the candidate is for the peer role itself.', 'No exactamente. La experiencia que la califica es justamente para el puesto de pares.'],
        ),
      ],
    },
    {
      type: 'short-answer',
      lesson: 'lived-experience-as-qualification',
      competencies: ['C3-LIVED-EXPERIENCE'],
      en: {
        prompt: 'Davidson and colleagues (1999) describe peer workers as qualified by their own recovery journey. Complete their phrase: “_____ credentialed”.',
        acceptedAnswers: ['experientially', 'experientially credentialed'],
        correctFeedback: 'Right: “experientially credentialed”.',
        incorrectFeedback: 'The phrase is “experientially credentialed”: the credential is the recovery journey itself.',
      },
      es: {
        prompt: 'Davidson y sus colegas (1999) describen a los trabajadores de pares como calificados por su propio camino de recuperación. Completa la expresión en español: “acreditados por la _____”.',
        acceptedAnswers: ['experiencia', 'la experiencia', 'acreditados por la experiencia', 'acreditado por la experiencia', 'experientially credentialed'],
        correctFeedback: 'Correcto: “acreditados por la experiencia” (experientially credentialed).',
        incorrectFeedback: 'La expresión es “acreditados por la experiencia” (experientially credentialed): la credencial es el propio camino de recuperación.',
      },
    },
    {
      type: 'single',
      lesson: 'lived-experience-as-qualification',
      scenario: true,
      competencies: ['C3-LIVED-EXPERIENCE'],
      ...prompt([
        'Your organization is creating a peer role to support parents whose children receive behavioral health services. Which lived experience fits what SAMHSA describes as a foundation of the peer relationship for this role?',
        'Tu organización está creando un puesto de pares para apoyar a madres y padres cuyos hijos reciben servicios de salud conductual. ¿Qué experiencia vivida encaja con lo que SAMHSA describe como base de la relación entre pares para este puesto?',
      ]),
      choices: [
        right(
          ['Experience as a family member of someone living with a mental health or substance use condition', 'La experiencia de ser familiar de alguien que vive con una condición de salud mental o de consumo de sustancias'],
          ['Right. SAMHSA names being a family member as a shared experience the peer relationship can be built on.', 'Correcto. SAMHSA nombra la experiencia de ser familiar como una base sobre la que se puede construir la relación entre pares.'],
        ),
        wrong(
          ['Any experience of raising children', 'Cualquier experiencia de crianza'],
          ['Not quite. The shared ground is the family experience of a mental health or substance use condition, not parenting in general.', 'No exactamente. Lo compartido es la experiencia familiar de una condición de salud mental o de consumo, no la crianza en general.'],
        ),
        wrong(
          ['A degree in family therapy', 'Un título en terapia familiar'],
          ['Not quite. A clinical degree is not lived experience; peer roles rest on shared experience.', 'No exactamente. Un título clínico no es experiencia vivida; los puestos de pares se basan en la experiencia compartida.'],
        ),
        wrong(
          ['Only personal recovery: family experience never counts for a peer role', 'Solo la recuperación personal: la experiencia familiar nunca cuenta para un puesto de pares'],
          ['Not quite. SAMHSA includes family members, who may need additional competencies for these roles.', 'No exactamente. SAMHSA incluye a los familiares, que pueden necesitar competencias adicionales para estos puestos.'],
        ),
      ],
    },
    {
      type: 'true-false',
      lesson: 'lived-experience-as-qualification',
      scenario: true,
      competencies: ['C3-LIVED-EXPERIENCE', 'C12-GROWTH'],
      ...prompt([
        'A hiring manager says: “Lived experience is the qualification, so a peer candidate’s training does not matter at all.” This view matches how Mental Health America describes peer supporters.',
        'Un gerente de contratación dice: “La experiencia vivida es el requisito, así que la formación de un candidato de pares no importa en absoluto”. Esta opinión coincide con cómo describe Mental Health America a quienes brindan apoyo entre pares.',
      ]),
      choices: trueFalse(
        false,
        ['Not quite. MHA says peer supporters combine their experience with skills often learned in formal training.', 'No exactamente. MHA dice que combinan su experiencia con habilidades que a menudo aprenden en una formación formal.'],
        ['Right. MHA describes experience and training working together; peer supporters are more than people who have been there.', 'Correcto. MHA describe la experiencia y la formación juntas; quienes brindan apoyo entre pares son más que personas que han pasado por lo mismo.'],
      ),
    },

    // ── Lesson 2: titles and roles ─────────────────────────────────────────
    {
      type: 'single',
      lesson: 'peer-titles-and-roles',
      scenario: true,
      competencies: ['C10-COLLABORATION'],
      ...prompt([
        'A candidate has worked as a “peer recovery coach” and applies for your “peer specialist” position. A colleague wonders whether the experience counts. Which view fits the sources?',
        'Una candidata ha trabajado como “coach de recuperación entre pares” y se postula a tu puesto de “especialista de pares”. Un colega duda de si esa experiencia cuenta. ¿Qué opinión encaja con las fuentes?',
      ]),
      choices: [
        right(
          ['Titles vary by setting; both are common names for peer support workers, so look at the work, training and certification behind the title.', 'Los títulos varían según el lugar; ambos son nombres comunes de los trabajadores de apoyo entre pares, así que mira el trabajo, la formación y la certificación detrás del título.'],
          ['Right. The sources list peer specialists and peer recovery coaches among common titles for the same kind of role.', 'Correcto. Las fuentes mencionan a especialistas de pares y a coaches de recuperación entre pares entre los títulos comunes del mismo tipo de puesto.'],
        ),
        wrong(
          ['A coach is a different profession, so the experience does not count.', 'Un coach es otra profesión, así que esa experiencia no cuenta.'],
          ['Not quite. The sources treat these as different names for peer support workers.', 'No exactamente. Las fuentes los tratan como nombres distintos para los trabajadores de apoyo entre pares.'],
        ),
        wrong(
          ['Only the title “certified peer support worker” is recognized nationally, so neither counts.', 'Solo el título “trabajador certificado de apoyo entre pares” se reconoce a nivel nacional, así que ninguno cuenta.'],
          ['Not quite. There is no single national title; certification is decided state by state.', 'No exactamente. No hay un título nacional único; la certificación se decide estado por estado.'],
        ),
        wrong(
          ['The experience counts only if the previous employer was a clinic.', 'La experiencia cuenta solo si el empleador anterior era una clínica.'],
          ['Not quite. Peer workers practice in many settings, from recovery community centers to emergency departments.', 'No exactamente. Los trabajadores de pares ejercen en muchos lugares, desde centros comunitarios de recuperación hasta salas de emergencia.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'peer-titles-and-roles',
      competencies: ['C10-COLLABORATION'],
      ...prompt([
        'What title does the Department of Veterans Affairs use for the peer specialists it employs?',
        '¿Qué título usa el Departamento de Asuntos de Veteranos para los especialistas de pares que emplea?',
      ]),
      choices: [
        right(['Peer support technicians', 'Técnicos de apoyo entre pares (peer support technicians)'], ['Right, according to Mental Health America.', 'Correcto, según Mental Health America.']),
        wrong(['Certified recovery support specialists', 'Especialistas certificados en apoyo a la recuperación'], ['Not quite. MHA lists this title too, but not as the VA’s.', 'No exactamente. MHA también menciona este título, pero no como el del VA.']),
        wrong(['Peer advocates', 'Defensores de pares'], ['Not quite. This is a common title, but not the VA’s.', 'No exactamente. Es un título común, pero no el del VA.']),
        wrong(['Veteran recovery coaches', 'Coaches de recuperación para veteranos'], ['Not quite. The VA’s title is peer support technician.', 'No exactamente. El título del VA es técnico de apoyo entre pares.']),
      ],
    },
    {
      type: 'multiple',
      lesson: 'peer-titles-and-roles',
      scoring: 'partial',
      competencies: ['C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'You want peer positions at more than one level. Which of these does SAMHSA say peer support roles may extend to? Select all that apply.',
        'Quieres puestos de pares en más de un nivel. ¿A cuáles de estas tareas dice SAMHSA que pueden extenderse las funciones de apoyo entre pares? Elige todas las que correspondan.',
      ]),
      choices: [
        right(['Supervising other peer workers', 'Supervisar a otros trabajadores de pares'], ['Right.', 'Correcto.']),
        right(['Administering programs or agencies', 'Administrar programas o agencias'], ['Right.', 'Correcto.']),
        right(['Educating the public and policymakers', 'Educar al público y a quienes deciden las políticas'], ['Right.', 'Correcto.']),
        wrong(
          ['Providing psychotherapy to people on the waiting list', 'Dar psicoterapia a las personas en lista de espera'],
          ['No. Peer roles stay non-clinical, even at senior levels.', 'No. Las funciones de pares siguen siendo no clínicas, también en los niveles superiores.'],
        ),
      ],
    },

    // ── Lesson 3: the certification landscape ──────────────────────────────
    {
      type: 'single',
      lesson: 'peer-certification-landscape',
      scenario: true,
      competencies: ['C12-GROWTH'],
      ...prompt([
        'A colleague’s slide says: “Most states offer separate peer certifications for substance use recovery and for mental health recovery.” What does the PR CoE summary say instead?',
        'La diapositiva de una colega dice: “La mayoría de los estados ofrece certificaciones de pares separadas para la recuperación del consumo de sustancias y para la de salud mental”. ¿Qué dice en cambio el resumen del PR CoE?',
      ]),
      choices: [
        right(
          ['Most states (34) offer one integrated certification; 12 offer separate ones.', 'La mayoría de los estados (34) ofrece una certificación integrada; 12 ofrecen certificaciones separadas.'],
          ['Right. The slide has the two groups the wrong way round.', 'Correcto. La diapositiva invierte los dos grupos.'],
        ),
        wrong(
          ['The slide is right: 34 states offer separate certifications.', 'La diapositiva tiene razón: 34 estados ofrecen certificaciones separadas.'],
          ['Not quite. 34 states offer one integrated certification; 12 offer separate ones.', 'No exactamente. 34 estados ofrecen una certificación integrada; 12 ofrecen certificaciones separadas.'],
        ),
        wrong(
          ['Most states offer no peer certification at all.', 'La mayoría de los estados no ofrece ninguna certificación de pares.'],
          ['Not quite. Only two states (California and South Dakota) currently offer none.', 'No exactamente. Solo dos estados (California y Dakota del Sur) no ofrecen ninguna por ahora.'],
        ),
        wrong(
          ['Certification is national, so states do not differ.', 'La certificación es nacional, así que los estados no difieren.'],
          ['Not quite. Requirements are set state by state.', 'No exactamente. Los requisitos se fijan estado por estado.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'peer-certification-landscape',
      scenario: true,
      competencies: ['C12-GROWTH', 'C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'You are hiring in New Hampshire for a peer role whose lived experience requirement is mental health recovery. What does the PR CoE summary tell you to look into?',
        'Estás contratando en New Hampshire para un puesto de pares que requiere experiencia vivida de recuperación en salud mental. ¿Qué te indica revisar el resumen del PR CoE?',
      ]),
      choices: [
        right(
          ['The state currently offers only a substance use peer certification, so check with the state what applies to this role.', 'El estado ofrece por ahora solo una certificación de pares en consumo de sustancias, así que consulta con el estado qué aplica a este puesto.'],
          ['Right. The PR CoE names New Hampshire and Vermont as offering only substance use peer certification; confirm the present rules.', 'Correcto. El PR CoE dice que New Hampshire y Vermont ofrecen solo la certificación en consumo de sustancias; confirma las reglas actuales.'],
        ),
        wrong(
          ['The state offers one integrated certification, so any certified peer qualifies.', 'El estado ofrece una certificación integrada, así que cualquier par certificado califica.'],
          ['Not quite. The PR CoE lists New Hampshire among the states with only a substance use certification.', 'No exactamente. El PR CoE incluye a New Hampshire entre los estados con solo una certificación en consumo de sustancias.'],
        ),
        wrong(
          ['The state offers only a mental health peer certification, so there is nothing to check.', 'El estado ofrece solo una certificación de pares en salud mental, así que no hay nada que revisar.'],
          ['Not quite. That describes Hawaii, not New Hampshire.', 'No exactamente. Eso describe a Hawái, no a New Hampshire.'],
        ),
        wrong(
          ['The state has no peer certification in its healthcare system.', 'El estado no tiene certificación de pares en su sistema de salud.'],
          ['Not quite. That describes California and South Dakota.', 'No exactamente. Eso describe a California y Dakota del Sur.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'peer-certification-landscape',
      scenario: true,
      competencies: ['C12-GROWTH'],
      ...prompt([
        'A veterans’ program asks how the peer support technicians the VA employs can meet its training requirement. What does Mental Health America describe?',
        'Un programa para veteranos pregunta cómo pueden cumplir el requisito de formación los técnicos de apoyo entre pares que emplea el VA. ¿Qué describe Mental Health America?',
      ]),
      choices: [
        right(
          ['Either the state mental health department’s approved training and certification, or training and certification by an organization the VA has judged to give the needed skills', 'O la formación y certificación aprobadas por el departamento de salud mental del estado, o la formación y certificación de una organización que el VA considera que da las habilidades necesarias'],
          ['Right. The VA accepts either path.', 'Correcto. El VA acepta cualquiera de los dos caminos.'],
        ),
        wrong(
          ['The state certification, plus a second VA certification on top of it', 'La certificación estatal, más una segunda certificación del VA además de ella'],
          ['Not quite. MHA describes two alternative paths, not one added to the other.', 'No exactamente. MHA describe dos caminos alternativos, no uno sumado al otro.'],
        ),
        wrong(
          ['Only the VA’s own training; state certification does not count', 'Solo la formación propia del VA; la certificación estatal no cuenta'],
          ['Not quite. The state’s approved process is one of the two accepted paths.', 'No exactamente. El proceso aprobado por el estado es uno de los dos caminos aceptados.'],
        ),
        wrong(
          ['No training: military service counts as lived experience', 'Ninguna formación: el servicio militar cuenta como experiencia vivida'],
          ['Not quite. The VA requires training and certification by one of the two paths.', 'No exactamente. El VA exige formación y certificación por uno de los dos caminos.'],
        ),
      ],
    },
    {
      type: 'short-answer',
      lesson: 'peer-certification-landscape',
      competencies: ['C12-GROWTH'],
      en: {
        prompt: 'According to the PR CoE, which one state currently offers only a mental health peer certification?',
        acceptedAnswers: ['Hawaii', 'Hawai‘i', "Hawai'i", 'HI'],
        correctFeedback: 'Right: Hawaii.',
        incorrectFeedback: 'The PR CoE names Hawaii as the one state that currently offers only mental health peer certification.',
      },
      es: {
        prompt: 'Según el PR CoE, ¿qué estado ofrece por ahora solo una certificación de pares en salud mental?',
        acceptedAnswers: ['Hawái', 'Hawai', 'Hawaii', 'HI'],
        correctFeedback: 'Correcto: Hawái.',
        incorrectFeedback: 'El PR CoE dice que Hawái es el único estado que por ahora ofrece solo la certificación de pares en salud mental.',
      },
    },

    // ── Lesson 4: job descriptions ─────────────────────────────────────────
    {
      type: 'single',
      lesson: 'writing-peer-job-descriptions',
      scenario: true,
      competencies: ['C3-LIVED-EXPERIENCE', 'C10-COLLABORATION'],
      ...prompt([
        'A draft posting for a “Recovery Assistant” lists front-desk cover and intake paperwork, and says lived experience is “a plus”. A colleague asks whether this is a peer role. Which answer fits?',
        'Un borrador de vacante para “Asistente de recuperación” incluye cubrir la recepción y el papeleo de admisión, y dice que la experiencia vivida es “un plus”. Un colega pregunta si es un puesto de pares. ¿Qué respuesta encaja?',
      ]),
      choices: [
        right(
          ['Not as written: make lived experience a requirement and draw the duties from peer support activities.', 'No tal como está: hay que exigir la experiencia vivida y tomar las tareas de las actividades de apoyo entre pares.'],
          ['Right. A peer role rests on lived experience and non-clinical peer support, and complements other roles instead of covering them.', 'Correcto. Un puesto de pares se basa en la experiencia vivida y en el apoyo entre pares no clínico, y complementa otros puestos en lugar de cubrirlos.'],
        ),
        wrong(
          ['Yes: any job filled by a person in recovery is a peer role.', 'Sí: cualquier puesto que ocupe una persona en recuperación es un puesto de pares.'],
          ['Not quite. What makes a peer role is the work: support built on shared experience.', 'No exactamente. Lo que hace un puesto de pares es el trabajo: un apoyo basado en la experiencia compartida.'],
        ),
        wrong(
          ['Yes, as long as the person hired is certified.', 'Sí, siempre que la persona contratada esté certificada.'],
          ['Not quite. Certification does not turn administrative duties into peer support.', 'No exactamente. La certificación no convierte tareas administrativas en apoyo entre pares.'],
        ),
        wrong(
          ['Yes, because the title includes the word “recovery”.', 'Sí, porque el título incluye la palabra “recuperación”.'],
          ['Not quite. A title alone does not make a peer role.', 'No exactamente. El título por sí solo no hace un puesto de pares.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'writing-peer-job-descriptions',
      scenario: true,
      competencies: ['C3-LIVED-EXPERIENCE', 'C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'Your state offers one integrated peer certification. A hiring manager asks whether the job description should require substance use recovery, mental health recovery, or either. According to the PR CoE, what should decide it?',
        'Tu estado ofrece una certificación de pares integrada. Una gerente pregunta si la descripción del puesto debe exigir recuperación del consumo de sustancias, de salud mental o cualquiera de las dos. Según el PR CoE, ¿qué debe decidirlo?',
      ]),
      choices: [
        right(
          ['The job’s requirements, the service setting and the needs of the people served', 'Los requisitos del puesto, el lugar donde se presta el servicio y las necesidades de las personas atendidas'],
          ['Right. In integrated-certification states these decide the type of lived experience a job calls for.', 'Correcto. En los estados con certificación integrada, esto decide el tipo de experiencia vivida que pide un puesto.'],
        ),
        wrong(
          ['Nothing: the integrated certification already settles it.', 'Nada: la certificación integrada ya lo resuelve.'],
          ['Not quite. The certificate covers both, so the employer has to decide for each job.', 'No exactamente. El certificado cubre ambas, así que el empleador debe decidir para cada puesto.'],
        ),
        wrong(
          ['Whatever experience the first strong candidate happens to have', 'La experiencia que tenga el primer candidato fuerte'],
          ['Not quite. Decide before recruiting, from the job and the people served.', 'No exactamente. Decídelo antes de reclutar, según el puesto y las personas atendidas.'],
        ),
        wrong(
          ['A state rule that sets it for every peer position', 'Una regla estatal que lo fija para todos los puestos de pares'],
          ['Not quite. The PR CoE says it depends on the individual job, setting and people served.', 'No exactamente. El PR CoE dice que depende de cada puesto, del lugar y de las personas atendidas.'],
        ),
      ],
    },
    {
      type: 'multiple',
      lesson: 'writing-peer-job-descriptions',
      scenario: true,
      scoring: 'partial',
      competencies: ['C10-COLLABORATION', 'C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'You are drafting the duties for a peer support position. Which of these draw on the peer support activities SAMHSA lists and belong in the description? Select all that apply.',
        'Estás redactando las tareas de un puesto de apoyo entre pares. ¿Cuáles de estas se basan en las actividades de apoyo entre pares que menciona SAMHSA y corresponden a la descripción? Elige todas las que correspondan.',
      ]),
      choices: [
        right(['Leading recovery groups', 'Dirigir grupos de recuperación'], ['Right.', 'Correcto.']),
        right(['Mentoring people and helping them set goals', 'Dar mentoría a las personas y ayudarlas a fijar metas'], ['Right.', 'Correcto.']),
        right(['Sharing resources and building skills', 'Compartir recursos y desarrollar habilidades'], ['Right.', 'Correcto.']),
        wrong(
          ['Completing diagnostic assessments at intake', 'Hacer evaluaciones diagnósticas en la admisión'],
          ['No. Diagnosis is clinical work; peer support is non-clinical.', 'No. El diagnóstico es trabajo clínico; el apoyo entre pares es no clínico.'],
        ),
      ],
    },

    // ── Lesson 5: recovery-friendly recruiting and hiring ──────────────────
    {
      type: 'single',
      lesson: 'recovery-friendly-recruiting-and-hiring',
      scenario: true,
      competencies: ['C3-LIVED-EXPERIENCE', 'C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'Which interview question best explores what a peer candidate brings, without prying into their personal history?',
        '¿Qué pregunta de entrevista explora mejor lo que aporta una persona candidata a un puesto de pares, sin indagar en su historia personal?',
      ]),
      choices: [
        right(
          ['“How do you decide which parts of your own story to share, with whom and when?”', '“¿Cómo decides qué partes de tu propia historia compartir, con quién y cuándo?”'],
          ['Right. Thoughtful sharing of experience is what gives peer support its power to model recovery and offer hope.', 'Correcto. Compartir la experiencia con cuidado es lo que da al apoyo entre pares su fuerza para mostrar la recuperación e inspirar esperanza.'],
        ),
        wrong(
          ['“What was your diagnosis, and which medication do you take?”', '“¿Cuál fue tu diagnóstico y qué medicación tomas?”'],
          ['Not quite. The aim is how the candidate uses their experience for others, not the details of a diagnosis.', 'No exactamente. Lo que importa es cómo usa su experiencia para ayudar, no los detalles de un diagnóstico.'],
        ),
        wrong(
          ['“How long have you gone without a return to use?”', '“¿Cuánto tiempo llevas sin regresar al consumo?”'],
          ['Not quite. Grading how someone recovered contradicts a role that respects each person’s own path.', 'No exactamente. Calificar cómo se recuperó alguien contradice un puesto que respeta el camino propio de cada persona.'],
        ),
        wrong(
          ['“Which treatment program finally worked for you?”', '“¿Qué programa de tratamiento te funcionó al final?”'],
          ['Not quite. This pries into treatment history and suggests there is one right path.', 'No exactamente. Indaga en el historial de tratamiento y sugiere que hay un solo camino correcto.'],
        ),
      ],
    },
    {
      type: 'single',
      lesson: 'recovery-friendly-recruiting-and-hiring',
      scenario: true,
      competencies: ['C11-LEADERSHIP-ADVOCACY'],
      ...prompt([
        'Where would you share a peer job posting to reach qualified candidates who are already connected to the recovery community?',
        '¿Dónde compartirías una vacante de pares para llegar a personas calificadas que ya están conectadas con la comunidad en recuperación?',
      ]),
      choices: [
        right(
          ['Local recovery community organizations and peer-run organizations', 'Organizaciones comunitarias de recuperación y organizaciones dirigidas por pares de tu zona'],
          ['Right. RCOs are founded and led by the local recovery community, and peer-run organizations are places where peer workers practice.', 'Correcto. Las RCO las fundan y dirigen la comunidad local en recuperación, y las organizaciones dirigidas por pares son lugares donde ejercen los trabajadores de pares.'],
        ),
        wrong(
          ['A staffing agency that places licensed clinicians', 'Una agencia que coloca a profesionales clínicos con licencia'],
          ['Not quite. A peer role asks for lived experience, not a clinical license.', 'No exactamente. Un puesto de pares pide experiencia vivida, no una licencia clínica.'],
        ),
        wrong(
          ['Only a university’s social work graduate program', 'Solo el programa de posgrado en trabajo social de una universidad'],
          ['Not quite. A degree is not the qualification for a peer role.', 'No exactamente. Un título no es el requisito de un puesto de pares.'],
        ),
        wrong(
          ['Only general job boards, so that no community is favored', 'Solo bolsas de trabajo generales, para no favorecer a ninguna comunidad'],
          ['Not quite. General boards are fine, but the recovery community is where qualified candidates are most likely to see it.', 'No exactamente. Las bolsas generales sirven, pero la comunidad en recuperación es donde más probablemente la verán las personas calificadas.'],
        ),
      ],
    },
    {
      type: 'short-answer',
      lesson: 'recovery-friendly-recruiting-and-hiring',
      competencies: ['C11-LEADERSHIP-ADVOCACY'],
      en: {
        prompt: 'DBHIDS publishes recommendations for non-stigmatizing language about substance use and substance use disorders, which you can apply to every posting, letter and interview. What are they called?',
        acceptedAnswers: ['Person First Guidelines', 'person-first guidelines', 'the Person First Guidelines', 'Person First Initiative Guidelines', 'person first'],
        correctFeedback: 'Right: the Person First Guidelines.',
        incorrectFeedback: 'They are the DBHIDS Person First Guidelines.',
      },
      es: {
        prompt: 'DBHIDS publica recomendaciones de lenguaje no estigmatizante sobre el consumo de sustancias y los trastornos por consumo, que puedes aplicar a cada vacante, carta y entrevista. ¿Cómo se llaman (en inglés o en español)?',
        acceptedAnswers: [
          'Person First Guidelines',
          'Person First Initiative Guidelines',
          'person first',
          'guías person first',
          'pautas person first',
          'pautas de la persona primero',
          'guías de la persona primero',
          'la persona primero',
        ],
        correctFeedback: 'Correcto: las Person First Guidelines (pautas para usar un lenguaje que pone a la persona primero).',
        incorrectFeedback: 'Son las Person First Guidelines de DBHIDS (pautas para usar un lenguaje que pone a la persona primero).',
      },
    },
  ],
}
