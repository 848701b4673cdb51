import { siteUrl } from '@/lib/siteUrl'
import { escapeHtml as escape } from './escapeHtml'

/** A due date is the end of a day in the organization's time zone, so it is printed in that zone. */
const formatDate = (date: Date, locale: 'en' | 'es', timeZone = 'UTC') =>
  new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone }).format(date)

/** A learner's reminder about one assignment, in their own language. */
export const dueReminderEmail = (args: { name: string; locale: 'en' | 'es'; due: Date; overdue: boolean; modules: string[]; timeZone?: string }) => {
  const link = `${siteUrl()}/learn`
  const list = args.modules.map((title) => `<li>${escape(title)}</li>`).join('')
  const date = formatDate(args.due, args.locale, args.timeZone)
  if (args.locale === 'es') {
    return {
      subject: args.overdue ? 'Tu capacitación de PeerPath está vencida' : `Tu capacitación de PeerPath vence el ${date}`,
      html: `<p>Hola ${escape(args.name)}:</p><p>${args.overdue ? `Esta capacitación venció el ${date}` : `Esta capacitación vence el ${date}`}:</p><ul>${list}</ul><p><a href="${link}">Continúa donde te quedaste</a></p>`,
    }
  }
  return {
    subject: args.overdue ? 'Your PeerPath training is overdue' : `Your PeerPath training is due ${date}`,
    html: `<p>Hello ${escape(args.name)},</p><p>${args.overdue ? `This training was due on ${date}` : `This training is due on ${date}`}:</p><ul>${list}</ul><p><a href="${link}">Pick up where you left off</a></p>`,
  }
}

export interface DigestFigures {
  learners: number
  overdue: number
  completedThisWeek: number
  notStarted: number
}

/** A manager's weekly summary of their organization. */
export const weeklyDigestEmail = (args: { name: string; locale: 'en' | 'es'; organization: string; figures: DigestFigures }) => {
  const link = `${siteUrl()}/manage`
  const f = args.figures
  if (args.locale === 'es') {
    return {
      subject: `Resumen semanal de PeerPath: ${args.organization}`,
      html: `<p>Hola ${escape(args.name)}:</p><ul><li>Personas en capacitación: ${f.learners}</li><li>Módulos vencidos: ${f.overdue}</li><li>Módulos completados esta semana: ${f.completedThisWeek}</li><li>Módulos sin empezar: ${f.notStarted}</li></ul><p><a href="${link}">Abrir el panel</a></p>`,
    }
  }
  return {
    subject: `PeerPath weekly summary: ${args.organization}`,
    html: `<p>Hello ${escape(args.name)},</p><ul><li>People in training: ${f.learners}</li><li>Overdue modules: ${f.overdue}</li><li>Modules completed this week: ${f.completedThisWeek}</li><li>Modules not started: ${f.notStarted}</li></ul><p><a href="${link}">Open the dashboard</a></p>`,
  }
}

/** "in 30 days" / "en 30 días"; "today" on the last valid day. */
const inDays = (days: number, locale: 'en' | 'es') =>
  locale === 'es' ? (days === 0 ? 'hoy' : days === 1 ? 'en 1 día' : `en ${days} días`) : days === 0 ? 'today' : days === 1 ? 'in 1 day' : `in ${days} days`

/**
 * A held credential nearing its expiry: to the learner, or (`about` set) to a
 * manager of their organization as a copy.
 */
export const credentialExpiryEmail = (args: {
  name: string
  locale: 'en' | 'es'
  credential: string
  expiresOn: Date
  daysLeft: number
  timeZone?: string
  /** The learner's name, when the email goes to their manager. */
  about?: string
}) => {
  const date = formatDate(args.expiresOn, args.locale, args.timeZone ?? 'UTC')
  const when = inDays(args.daysLeft, args.locale)
  const credential = escape(args.credential)
  if (args.locale === 'es') {
    const whose = args.about ? `La credencial ${credential} de ${escape(args.about)}` : `Tu credencial ${credential}`
    return {
      subject: args.about ? `La credencial de ${args.about} vence ${when}` : `Tu credencial ${args.credential} vence ${when}`,
      html: `<p>Hola ${escape(args.name)}:</p><p>${whose} es válida hasta el ${date}.</p><p>Revisa las horas de educación continua que faltan para renovarla.</p><p><a href="${siteUrl()}${args.about ? '/manage' : '/certification'}">Ver el avance de certificación</a></p>`,
    }
  }
  const whose = args.about ? `${escape(args.about)}’s ${credential} credential` : `Your ${credential} credential`
  return {
    subject: args.about ? `${args.about}’s credential expires ${when}` : `Your ${args.credential} credential expires ${when}`,
    html: `<p>Hello ${escape(args.name)},</p><p>${whose} is valid through ${date}.</p><p>Check the continuing-education hours still needed to renew it.</p><p><a href="${siteUrl()}${args.about ? '/manage' : '/certification'}">See certification progress</a></p>`,
  }
}

/** To a manager: a learner had no supervision recorded in a period their credential's cadence asks for. */
export const supervisionOverdueEmail = (args: {
  name: string
  locale: 'en' | 'es'
  learner: string
  credential: string
  cadence: 'weekly' | 'monthly'
  periodStart: Date
}) => {
  const start = formatDate(args.periodStart, args.locale)
  if (args.locale === 'es') {
    const period = args.cadence === 'weekly' ? `la semana del ${start}` : `el mes que empezó el ${start}`
    return {
      subject: `Supervisión pendiente: ${args.learner}`,
      html: `<p>Hola ${escape(args.name)}:</p><p>No hay una sesión de supervisión registrada para ${escape(args.learner)} en ${period}. La credencial ${escape(args.credential)} pide supervisión ${args.cadence === 'weekly' ? 'semanal' : 'mensual'}.</p><p><a href="${siteUrl()}/manage">Registrar una sesión</a></p>`,
    }
  }
  const period = args.cadence === 'weekly' ? `the week of ${start}` : `the month starting ${start}`
  return {
    subject: `Supervision due: ${args.learner}`,
    html: `<p>Hello ${escape(args.name)},</p><p>No supervision session is recorded for ${escape(args.learner)} in ${period}. The ${escape(args.credential)} credential asks for supervision ${args.cadence === 'weekly' ? 'every week' : 'every month'}.</p><p><a href="${siteUrl()}/manage">Record a session</a></p>`,
  }
}

/** To the learner: a module certificate expires soon; the module will be assigned again to recertify. */
export const certificateExpiryEmail = (args: { name: string; locale: 'en' | 'es'; module: string; expiresAt: Date; daysLeft: number; timeZone?: string }) => {
  const date = formatDate(args.expiresAt, args.locale, args.timeZone ?? 'UTC')
  const when = inDays(args.daysLeft, args.locale)
  if (args.locale === 'es') {
    return {
      subject: `Tu certificado de ${args.module} vence ${when}`,
      html: `<p>Hola ${escape(args.name)}:</p><p>Tu certificado del módulo ${escape(args.module)} vence el ${date}. Cuando venza, el módulo se te asignará de nuevo para que renueves tu certificación.</p><p><a href="${siteUrl()}/learn">Ir a Mi aprendizaje</a></p>`,
    }
  }
  return {
    subject: `Your ${args.module} certificate expires ${when}`,
    html: `<p>Hello ${escape(args.name)},</p><p>Your certificate for the module ${escape(args.module)} expires on ${date}. When it does, the module is assigned to you again so you can recertify.</p><p><a href="${siteUrl()}/learn">Go to My learning</a></p>`,
  }
}
