import { z } from 'zod'

/**
 * What the manager's certification forms may send (zod at the boundary): a
 * form that fails these writes nothing. Shared by the server actions and their tests.
 */

const Id = z.coerce.number().int().positive()
const Reason = z.string().trim().max(500).optional()
const Day = z.iso.date()
const Decision = z.enum(['approved', 'rejected'])

export const SUPERVISION_TOPIC_VALUES = ['case-and-activity-review', 'skill-building', 'problem-resolution', 'professional-growth'] as const

export const CredentialChoiceForm = z.object({ learner: Id, credential: Id })

export const TrainingDecisionForm = z.object({ learner: Id, id: Id, decision: Decision, reason: Reason })

export const WeekDecisionForm = z.object({ learner: Id, weekOf: Day, decision: Decision, reason: Reason })

export const SupervisionWithdrawForm = z.object({ learner: Id, id: Id })

export const SupervisionForm = z.object({
  learner: Id,
  date: Day,
  durationMinutes: z.coerce.number().int().min(5).max(600),
  format: z.enum(['individual', 'group']),
  mode: z.enum(['in-person', 'remote']),
  topics: z.array(z.enum(SUPERVISION_TOPIC_VALUES)).max(SUPERVISION_TOPIC_VALUES.length),
  notes: z.string().trim().max(4000).optional(),
  corrects: z.union([z.literal(''), Id]).optional(),
})

/** A form's fields as zod reads them: every single value, and the repeated `topics` as a list. */
export const formValues = (form: FormData) => ({ ...Object.fromEntries(form), topics: form.getAll('topics') })
