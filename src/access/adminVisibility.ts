import type { ClientUser } from 'payload'

/**
 * `admin.hidden` for collections of people and learning records. Only admins manage them in the
 * admin; trainers (the only other role the admin lets in, collections/Users) write curriculum and
 * read these only as their own, empty, records, so the cards and links would be dead ends for them.
 * Managers follow their people on /manage. Hiding is about the admin's screens only; access rules
 * stay where they are (src/access/roles.ts).
 */
export const hiddenFromTrainers = ({ user }: { user: ClientUser | null }): boolean =>
  (user as { role?: unknown } | null)?.role !== 'admin'
