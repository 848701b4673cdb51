/**
 * The manager dashboard's shapes, shared by the loader (dashboard.ts), the
 * status rules (status.ts), filters and reports without importing either.
 */
export type ModuleStatus = 'not-started' | 'in-progress' | 'completed' | 'overdue'

export interface LearnerModule {
  moduleId: number
  title: string
  slug: string
  due: string
  status: ModuleStatus
  lessonsDone: number
  lessonCount: number
  attempts: number
  bestScore: number | null
  passed: boolean
  certificateCode: string | null
  completedAt: string | null
  lastActivity: string | null
}

export interface LearnerRow {
  id: number
  name: string
  email: string
  cohort: { id: number; name: string } | null
  joinedAt: string
  lastActivity: string | null
  modules: LearnerModule[]
  assignedModules: number
  completedModules: number
  overdueModules: number
  progressPercent: number
  nextDue: string | null
  competencies: number
  certificates: number
  overall: ModuleStatus | 'unassigned'
}

export interface CohortSummary {
  id: number
  name: string
  members: number
  completionPercent: number
  overdueModules: number
  averageCompetencies: number
}

export interface Dashboard {
  organizationId: number
  generatedAt: string
  competencyTotal: number
  learners: LearnerRow[]
  cohorts: CohortSummary[]
  completionOverTime: { weekStart: string; completed: number; cumulativePercent: number }[]
}
