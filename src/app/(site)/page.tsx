import { redirect } from 'next/navigation'

import { getSession } from '@/app/(site)/_server/session'

export default async function Home() {
  const { user } = await getSession()
  redirect(user ? '/learn' : '/login')
}
