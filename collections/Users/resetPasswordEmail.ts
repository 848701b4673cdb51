import { siteUrl } from '@/lib/siteUrl'

/** The reset link points at the learner site, not the admin, and is written in both languages. */
export const resetPasswordEmail = (token: string) => {
  const link = `${siteUrl()}/reset-password?token=${encodeURIComponent(token)}`
  return `<p>Someone asked to reset the password of your PeerPath account. If it was you, choose a new password here (the link works once and expires in one hour):</p>
<p><a href="${link}">${link}</a></p>
<p>If you did not ask for this, you can ignore this email.</p>
<hr>
<p>Alguien pidió restablecer la contraseña de tu cuenta de PeerPath. Si fuiste tú, elige una contraseña nueva aquí (el enlace sirve una sola vez y vence en una hora):</p>
<p><a href="${link}">${link}</a></p>
<p>Si no lo pediste, puedes ignorar este correo.</p>`
}
