import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'

import type { AppLocale } from '@/lib/locales'
import type { Dashboard } from '@/lib/org/dashboard'

import { printable } from '@/lib/pdfText'

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
    cohortLine: (name: string, members: number, percent: number, overdue: number) => `${name}: ${members} people, ${percent}% of assigned modules completed, ${overdue} overdue`,
    modules: 'Assigned modules',
    moduleLine: (title: string, done: number, total: number) => `${title}: ${done} of ${total} completed`,
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
    cohortLine: (name: string, members: number, percent: number, overdue: number) => `${name}: ${members} personas, ${percent}% de los módulos asignados completados, ${overdue} vencidos`,
    modules: 'Módulos asignados',
    moduleLine: (title: string, done: number, total: number) => `${title}: ${done} de ${total} completados`,
    attention: 'Requieren atención (vencidos)',
    none: 'Nadie tiene módulos vencidos.',
    competencies: 'Cobertura promedio de competencias de SAMHSA',
  },
}

/** Writes lines top to bottom, starting a new page when one is full. */
class Writer {
  private page: PDFPage
  private y = 0
  constructor(
    private pdf: PDFDocument,
    private font: PDFFont,
    private bold: PDFFont,
  ) {
    this.page = this.newPage()
  }
  private newPage() {
    this.page = this.pdf.addPage([612, 792])
    this.y = 740
    return this.page
  }
  line(text: string, { size = 11, bold = false, gap = 6 } = {}) {
    if (this.y < 60) this.newPage()
    this.page.drawText(printable(text).slice(0, 110), { x: 54, y: this.y, size, font: bold ? this.bold : this.font, color: rgb(0.1, 0.12, 0.14) })
    this.y -= size + gap
  }
  space(points = 10) {
    this.y -= points
  }
}

/** A printable one-to-few page summary of an organization's onboarding, for supervisors' meetings. */
export const organizationSummaryPdf = async (args: { organization: string; dashboard: Dashboard; locale: AppLocale }) => {
  const text = TEXT[args.locale]
  const { dashboard } = args
  const pdf = await PDFDocument.create()
  pdf.setTitle(`${text.title}: ${printable(args.organization)}`)
  const writer = new Writer(pdf, await pdf.embedFont(StandardFonts.Helvetica), await pdf.embedFont(StandardFonts.HelveticaBold))
  const count = (status: string) => dashboard.learners.filter((row) => row.overall === status).length

  writer.line(`${text.title}: ${args.organization}`, { size: 18, bold: true, gap: 10 })
  writer.line(`${text.generated} ${dashboard.generatedAt.slice(0, 10)}`, { size: 10 })
  writer.space()
  writer.line(`${text.learners}: ${dashboard.learners.length}`, { bold: true })
  writer.line(`${text.overdue}: ${count('overdue')} · ${text.inProgress}: ${count('in-progress')} · ${text.notStarted}: ${count('not-started')} · ${text.completed}: ${count('completed')}`)
  const average = dashboard.learners.length ? dashboard.learners.reduce((sum, row) => sum + row.competencies, 0) / dashboard.learners.length : 0
  writer.line(`${text.competencies}: ${average.toFixed(1)} / ${dashboard.competencyTotal}`)

  if (dashboard.cohorts.length) {
    writer.space()
    writer.line(text.cohorts, { size: 14, bold: true })
    for (const cohort of dashboard.cohorts) writer.line(text.cohortLine(cohort.name, cohort.members, cohort.completionPercent, cohort.overdueModules))
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
    for (const [title, { done, total }] of modules) writer.line(text.moduleLine(title, done, total))
  }

  writer.space()
  writer.line(text.attention, { size: 14, bold: true })
  const overdue = dashboard.learners.filter((row) => row.overdueModules > 0)
  if (!overdue.length) writer.line(text.none)
  for (const row of overdue) writer.line(`${row.name} (${row.cohort?.name ?? '—'}): ${row.modules.filter((m) => m.status === 'overdue').map((m) => m.title).join(', ')}`)
  return pdf.save()
}
