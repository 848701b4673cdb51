import type { AppLocale } from '@/lib/locales'
import type { Dashboard } from '@/lib/org/dashboard'

import { createTranslator } from 'next-intl'

import { PdfWriter } from '@/lib/pdfWriter'
import { dayIn } from '@/lib/org/timeZone'

/** ICU messages, so counts read "1 person" / "2 people" and "1 persona" / "2 personas". */
const format = (locale: AppLocale, message: string, values: Record<string, string | number>) =>
  createTranslator({ locale, messages: { line: message } })('line', values)

const TEXT = {
  en: {
    title: 'Onboarding summary',
    generated: 'Generated',
    learners: 'People in training',
    overdue: 'Overdue',
    inProgress: 'In progress',
    notStarted: 'Not started',
    completed: 'Completed',
    cohorts: 'Cohorts',
    cohortLine: '{name}: {members, plural, one {# person} other {# people}}, {percent, number, percent} of assigned modules completed, {overdue} overdue',
    modules: 'Assigned modules',
    moduleLine: '{title}: {done} of {total} completed',
    attention: 'Needs attention (overdue)',
    none: 'Nobody is overdue.',
    competencies: 'Average SAMHSA competency coverage',
  },
  es: {
    title: 'Resumen de incorporación',
    generated: 'Generado',
    learners: 'Personas en capacitación',
    overdue: 'Vencido',
    inProgress: 'En curso',
    notStarted: 'Sin empezar',
    completed: 'Completado',
    cohorts: 'Cohortes',
    cohortLine: '{name}: {members, plural, one {# persona} other {# personas}}, {percent, number, percent} de los módulos asignados completados, {overdue, plural, one {# vencido} other {# vencidos}}',
    modules: 'Módulos asignados',
    moduleLine: '{title}: {done} de {total} completados',
    attention: 'Requieren atención (vencidos)',
    none: 'Nadie tiene módulos vencidos.',
    competencies: 'Cobertura promedio de competencias de SAMHSA',
  },
}

/** One of the summary's ICU lines in a language (exported for tests). */
export const summaryLine = (locale: AppLocale, key: 'cohortLine' | 'moduleLine', values: Record<string, string | number>) => format(locale, TEXT[locale][key], values)

/** A printable one-to-few page summary of an organization's onboarding, for supervisors' meetings. */
export const organizationSummaryPdf = async (args: { organization: string; dashboard: Dashboard; locale: AppLocale; timeZone?: string }) => {
  const text = TEXT[args.locale]
  const { dashboard } = args
  const writer = await PdfWriter.create()
  const { pdf } = writer
  pdf.setTitle(`${text.title}: ${args.organization}`)
  pdf.setLanguage(args.locale === 'es' ? 'es' : 'en')
  const count = (status: string) => dashboard.learners.filter((row) => row.overall === status).length

  writer.line(`${text.title}: ${args.organization}`, { size: 18, bold: true, gap: 10 })
  writer.line(`${text.generated} ${dayIn(new Date(dashboard.generatedAt), args.timeZone ?? 'UTC')}`, { size: 10 })
  writer.space()
  writer.line(`${text.learners}: ${dashboard.learners.length}`, { bold: true })
  writer.line(`${text.overdue}: ${count('overdue')} · ${text.inProgress}: ${count('in-progress')} · ${text.notStarted}: ${count('not-started')} · ${text.completed}: ${count('completed')}`)
  const average = dashboard.learners.length ? dashboard.learners.reduce((sum, row) => sum + row.competencies, 0) / dashboard.learners.length : 0
  writer.line(`${text.competencies}: ${average.toFixed(1)} / ${dashboard.competencyTotal}`)

  if (dashboard.cohorts.length) {
    writer.space()
    writer.line(text.cohorts, { size: 14, bold: true })
    for (const cohort of dashboard.cohorts) {
      writer.line(format(args.locale, text.cohortLine, { name: cohort.name, members: cohort.members, percent: cohort.completionPercent / 100, overdue: cohort.overdueModules }))
    }
  }

  const modules = new Map<string, { done: number; total: number }>()
  for (const module of dashboard.learners.flatMap((row) => row.modules)) {
    const entry = modules.get(module.title) ?? { done: 0, total: 0 }
    entry.total++
    if (module.status === 'completed') entry.done++
    modules.set(module.title, entry)
  }
  if (modules.size) {
    writer.space()
    writer.line(text.modules, { size: 14, bold: true })
    for (const [title, { done, total }] of modules) writer.line(format(args.locale, text.moduleLine, { title, done, total }))
  }

  writer.space()
  writer.line(text.attention, { size: 14, bold: true })
  const overdue = dashboard.learners.filter((row) => row.overdueModules > 0)
  if (!overdue.length) writer.line(text.none)
  for (const row of overdue) writer.line(`${row.name} (${row.cohort?.name ?? '—'}): ${row.modules.filter((m) => m.status === 'overdue').map((m) => m.title).join(', ')}`)
  return pdf.save()
}
