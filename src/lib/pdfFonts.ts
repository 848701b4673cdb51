import { readFile } from 'node:fs/promises'
import path from 'node:path'

import fontkit from '@pdf-lib/fontkit'
import type { PDFDocument, PDFFont } from 'pdf-lib'

/**
 * DejaVu Sans (dejavu-fonts-ttf), embedded and subset into each PDF: it covers
 * Latin, typographic quotes (’ “ ”), dashes and more, where pdf-lib's standard
 * Helvetica (WinAnsi) cannot print "What’s Different". Read from node_modules
 * by path, not bundled, so Next's server build leaves the font files alone.
 */
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')

let cached: Promise<{ regular: Buffer; bold: Buffer }> | undefined
const fontFiles = () =>
  (cached ??= Promise.all([readFile(path.join(FONT_DIR, 'DejaVuSans.ttf')), readFile(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'))]).then(([regular, bold]) => ({ regular, bold })))

export const embedUnicodeFonts = async (pdf: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> => {
  pdf.registerFontkit(fontkit)
  const files = await fontFiles().catch((error) => {
    cached = undefined
    throw error
  })
  return { regular: await pdf.embedFont(files.regular, { subset: true }), bold: await pdf.embedFont(files.bold, { subset: true }) }
}
