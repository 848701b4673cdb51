import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib'

import { embedUnicodeFonts } from '@/lib/pdfFonts'

const INK = rgb(0.1, 0.12, 0.14)
const PAGE: [number, number] = [612, 792]
const MARGIN = 54
const TOP = 740
const BOTTOM = 60

/** One line per entry: a longer one is shortened at a word, with an ellipsis, rather than mid-word. */
export const fitLine = (text: string, max = 100) => {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ')
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`
}

interface LineOptions {
  size?: number
  bold?: boolean
  gap?: number
  /** Points from the left margin. */
  indent?: number
}

/**
 * Writes text top to bottom on US Letter pages with the embedded Unicode
 * fonts, starting a new page when one is full. `line` keeps an entry to one
 * line; `paragraph` wraps it at words to the page's width.
 */
export class PdfWriter {
  private page: PDFPage
  private y = 0
  private constructor(
    readonly pdf: PDFDocument,
    private font: PDFFont,
    private bold: PDFFont,
  ) {
    this.page = this.newPage()
  }

  static async create(): Promise<PdfWriter> {
    const pdf = await PDFDocument.create()
    const fonts = await embedUnicodeFonts(pdf)
    return new PdfWriter(pdf, fonts.regular, fonts.bold)
  }

  private newPage() {
    this.page = this.pdf.addPage(PAGE)
    this.y = TOP
    return this.page
  }

  private draw(text: string, { size = 11, bold = false, gap = 6, indent = 0 }: LineOptions) {
    if (this.y < BOTTOM) this.newPage()
    this.page.drawText(text, { x: MARGIN + indent, y: this.y, size, font: bold ? this.bold : this.font, color: INK })
    this.y -= size + gap
  }

  line(text: string, options: LineOptions = {}) {
    this.draw(fitLine(text), options)
  }

  paragraph(text: string, options: LineOptions = {}) {
    const { size = 11, bold = false, indent = 0 } = options
    const font = bold ? this.bold : this.font
    const width = PAGE[0] - 2 * MARGIN - indent
    let current = ''
    for (const word of text.normalize('NFC').split(/\s+/).filter(Boolean)) {
      const next = current ? `${current} ${word}` : word
      if (current && font.widthOfTextAtSize(next, size) > width) {
        this.draw(current, { ...options, gap: 3 })
        current = word
      } else current = next
    }
    if (current) this.draw(current, options)
  }

  /** A label and a line to write on by hand. */
  signatureLine(label: string, { size = 11 } = {}) {
    this.space(18)
    if (this.y < BOTTOM) this.newPage()
    const labelWidth = this.font.widthOfTextAtSize(label, size)
    this.page.drawText(label, { x: MARGIN, y: this.y, size, font: this.font, color: INK })
    this.page.drawLine({ start: { x: MARGIN + labelWidth + 8, y: this.y - 2 }, end: { x: PAGE[0] - MARGIN, y: this.y - 2 }, thickness: 0.75, color: INK })
    this.y -= size + 6
  }

  space(points = 10) {
    this.y -= points
  }
}
