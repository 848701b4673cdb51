import { redirect } from 'next/navigation'

import { getSession } from '../../lib/site/session'

export default async function Home() {
  const { user } = await getSession()
  redirect(user ? '/learn' : '/login')
}
