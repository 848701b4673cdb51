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
