import type { LearnerModule, LearnerRow, ModuleStatus } from './dashboardTypes'

/** Completed wins; otherwise a passed due date makes it overdue, whatever was started. */
export const moduleStatus = (args: { completed: boolean; started: boolean; due: Date | string; now: Date }): ModuleStatus => {
  if (args.completed) return 'completed'
  if (new Date(args.due).getTime() < args.now.getTime()) return 'overdue'
  return args.started ? 'in-progress' : 'not-started'
}

/** One overdue module makes the learner overdue; any activity makes them in progress. */
export const overallStatus = (modules: Pick<LearnerModule, 'status'>[]): ModuleStatus | 'unassigned' => {
  if (!modules.length) return 'unassigned'
  if (modules.every((module) => module.status === 'completed')) return 'completed'
  if (modules.some((module) => module.status === 'overdue')) return 'overdue'
  if (modules.some((module) => module.status !== 'not-started')) return 'in-progress'
  return 'not-started'
}

/** Share of assigned lessons done; a completed module counts in full. */
const lessonProgress = (modules: LearnerModule[]) => {
  const total = modules.reduce((sum, module) => sum + Math.max(module.lessonCount, 1), 0)
  const done = modules.reduce(
    (sum, module) => sum + (module.status === 'completed' ? Math.max(module.lessonCount, 1) : Math.min(module.lessonsDone, module.lessonCount)),
    0,
  )
  return total ? Math.round((done / total) * 100) : 0
}

export const summarizeLearner = (
  base: Pick<LearnerRow, 'id' | 'name' | 'email' | 'cohort' | 'joinedAt' | 'modules' | 'competencies' | 'certificates'>,
): LearnerRow => {
  const { modules } = base
  const completed = modules.filter((module) => module.status === 'completed').length
  const open = modules.filter((module) => module.status !== 'completed').map((module) => module.due).sort()
  const activity = modules.map((module) => module.lastActivity).filter((value): value is string => Boolean(value)).sort()
  return {
    ...base,
    lastActivity: activity.at(-1) ?? null,
    assignedModules: modules.length,
    completedModules: completed,
    overdueModules: modules.filter((module) => module.status === 'overdue').length,
    progressPercent: lessonProgress(modules),
    nextDue: open[0] ?? null,
    overall: overallStatus(modules),
  }
}
