import { siteUrl } from '@/lib/siteUrl'
import { escapeHtml as escape } from './escapeHtml'

/** Invitation email, in both languages because the invitee's preference is not known yet. */
export const invitationEmail = (args: { token: string; name: string; organization: string; expiresAt: Date }) => {
  const link = `${siteUrl()}/invite/${args.token}`
  const name = escape(args.name)
  const organization = escape(args.organization)
  const until = args.expiresAt.toISOString().slice(0, 10)
  return {
    subject: `${args.organization} invites you to PeerPath / ${args.organization} te invita a PeerPath`,
    html: `<p>Hello ${name},</p>
<p>${organization} has invited you to PeerPath, where new peer staff complete their onboarding training. Choose your password here to join (the link works once and expires on ${until}):</p>
<p><a href="${link}">${link}</a></p>
<hr>
<p>Hola ${name}:</p>
<p>${organization} te invitó a PeerPath, donde el nuevo personal de apoyo entre pares completa su capacitación de incorporación. Elige tu contraseña aquí para unirte (el enlace sirve una sola vez y vence el ${until}):</p>
<p><a href="${link}">${link}</a></p>`,
    text: `${args.organization} has invited you to PeerPath / ${args.organization} te invitó a PeerPath: ${link}`,
  }
}
