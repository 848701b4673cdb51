/**
 * One row per (learner, assignment, module) for assignments made to a learner
 * directly or to their cohort, with paths expanded into their modules. Only
 * active learners (not deactivated) still in the assignment's organization and published modules count.
 * `$1` is the organization id, or null for every organization.
 */
export const LEARNER_MODULES_CTE = `scoped_assignments as (
  select * from assignments where $1::int is null or organization_id = $1
), assignment_modules as (
  select a.id as assignment_id, a.module_id from scoped_assignments a where a.module_id is not null
  union all
  select a.id, pr.modules_id from scoped_assignments a
  join paths_rels pr on pr.parent_id = a.path_id and pr.path = 'modules'
), assignment_learners as (
  select a.id as assignment_id, u.id as user_id from scoped_assignments a
  join users u on u.id = a.learner_id and u.organization_id = a.organization_id and u.deactivated_at is null
  union
  select a.id, u.id from scoped_assignments a
  join users u on u.cohort_id = a.cohort_id and u.organization_id = a.organization_id and u.deactivated_at is null
), learner_modules as (
  select a.id as assignment_id, al.user_id, am.module_id, a.due_date, a.organization_id
  from scoped_assignments a
  join assignment_learners al on al.assignment_id = a.id
  join assignment_modules am on am.assignment_id = a.id
  join modules m on m.id = am.module_id and m._status = 'published'
)`
