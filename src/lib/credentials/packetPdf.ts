import type { PacketDocument } from './packet'

import { PdfWriter } from '@/lib/pdfWriter'

/** Draws the packet's blocks with the shared writer: long lines wrap, since a board reads every word. */
export const packetPdf = async (packet: PacketDocument): Promise<Uint8Array> => {
  const writer = await PdfWriter.create()
  writer.pdf.setTitle(packet.title)
  writer.pdf.setAuthor('PeerPath')
  writer.pdf.setLanguage(packet.locale === 'es' ? 'es-US' : 'en-US')
  for (const block of packet.blocks) {
    switch (block.kind) {
      case 'title':
        writer.paragraph(block.text, { size: 18, bold: true, gap: 10 })
        break
      case 'heading':
        writer.space(8)
        writer.paragraph(block.text, { size: 14, bold: true, gap: 8 })
        break
      case 'subheading':
        writer.paragraph(block.text, { size: 12, bold: true })
        break
      case 'text':
        writer.paragraph(block.text)
        break
      case 'item':
        writer.paragraph(block.text, { size: 10, indent: 14, gap: 5 })
        break
      case 'signature':
        writer.signatureLine(block.label)
        break
    }
  }
  return writer.pdf.save()
}
