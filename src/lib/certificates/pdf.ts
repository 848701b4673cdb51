import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'

import type { AppLocale } from '@/lib/locales'

import { durationParts } from '@/lib/duration'
import { printable } from '@/lib/pdfText'

export interface CertificatePdfInput {
  learnerName: string
  moduleTitle: string
  issuedAt: Date
  /** The module's validity period ran out on this day (null: never expires). */
  expiresAt?: Date | null
  /** Past `expiresAt`: the PDF says "Expired on …" where a current one says "Valid until …". */
  expired?: boolean
  code: string
  verifyUrl: string
  locale: AppLocale
  /** Server-measured time on task, from the certificate's evidence. */
  totalLearningSeconds: number
}

const TEXT = {
  en: {
    heading: 'Certificate of Completion',
    presented: 'This certifies that',
    completed: 'has completed the PeerPath training module',
    date: 'Date',
    validUntil: 'Valid until',
    expiredOn: 'Expired on',
    learningTime: 'Learning time',
    verify: 'Verify at',
    code: 'Verification code',
  },
  es: {
    heading: 'Certificado de finalización',
    presented: 'Se certifica que',
    completed: 'completó el módulo de formación de PeerPath',
    date: 'Fecha',
    validUntil: 'Válido hasta el',
    expiredOn: 'Venció el',
    learningTime: 'Tiempo de estudio',
    verify: 'Verificar en',
    code: 'Código de verificación',
  },
} as const


/** A one-page landscape certificate, generated with pdf-lib (no browser, no fonts to ship). */
export const certificatePdf = async (input: CertificatePdfInput): Promise<Uint8Array> => {
  const text = TEXT[input.locale]
  const pdf = await PDFDocument.create()
  pdf.setTitle(`${text.heading}: ${printable(input.moduleTitle)}`)
  pdf.setAuthor('PeerPath')
  pdf.setSubject(printable(input.learnerName))
  pdf.setLanguage(input.locale === 'es' ? 'es-US' : 'en-US')
  const page = pdf.addPage([792, 612])
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const teal = rgb(0.043, 0.361, 0.333)
  const { width } = page.getSize()

  const centered = (value: string, y: number, size: number, font = regular, color = rgb(0.1, 0.12, 0.14)) => {
    const safe = printable(value)
    const textWidth = font.widthOfTextAtSize(safe, size)
    page.drawText(safe, { x: (width - textWidth) / 2, y, size, font, color })
  }

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: 564, borderColor: teal, borderWidth: 4 })
  centered('PeerPath', 520, 20, bold, teal)
  centered(text.heading, 470, 34, bold)
  centered(text.presented, 415, 16)
  centered(input.learnerName, 370, 30, bold, teal)
  centered(text.completed, 325, 16)
  centered(input.moduleTitle, 285, 22, bold)
  const longDate = (value: Date) => value.toLocaleDateString(input.locale === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long' })
  centered(`${text.date}: ${longDate(input.issuedAt)}`, 220, 14)
  if (input.expiresAt) {
    const expiry = `${input.expired ? text.expiredOn : text.validUntil} ${longDate(input.expiresAt)}`
    centered(expiry, 150, input.expired ? 16 : 12, input.expired ? bold : regular, input.expired ? rgb(0.6, 0.1, 0.1) : undefined)
  }
  // "1 h 05 min" reads the same in English and Spanish (the site's duration.* messages).
  const time = durationParts(input.totalLearningSeconds)
  const spent = time.unit === 'seconds' ? `${time.seconds} s` : time.unit === 'minutes' ? `${time.minutes} min` : `${time.hours} h ${time.minutes} min`
  centered(`${text.learningTime}: ${spent}`, 195, 14)
  centered(`${text.code}: ${input.code}`, 110, 12)
  centered(`${text.verify} ${input.verifyUrl}`, 90, 11)
  return pdf.save()
}
