/**
 * What cached data depends on, as Next cache tags. Kept coarse on purpose:
 * curriculum changes rarely and a save may reshape any published read (a
 * module turned private hides its lessons and quiz), so one tag drops it all;
 * an organization's tag drops what its managers see.
 */
export const CURRICULUM_TAG = 'curriculum'
export const organizationTag = (organizationId: number) => `org:${organizationId}`
