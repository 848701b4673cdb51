import type { CollectionBeforeChangeHook } from 'payload'

/**
 * On an empty installation Payload's "create first user" screen is the only
 * way in; that person must be able to administer, whatever the default role.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
