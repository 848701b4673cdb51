'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

/** Section links; the current one is marked for screen readers with aria-current. */
export function ManageNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname()
  const current = (href: string) => (href === '/manage' ? pathname === href : pathname.startsWith(href))
  return (
    <nav aria-label={label} className="manage-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={current(link.href) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
