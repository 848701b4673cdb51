import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { citedSources } from '@/lib/curriculum/citationMarkers'
import { lexicalTexts } from '@/lib/language/documentText'
import { LessonBody } from '@/app/(site)/modules/[slug]/lessons/[lesson]/LessonBody'
import { LessonSources } from '@/app/(site)/modules/[slug]/lessons/[lesson]/LessonSources'
import { toLexical } from '../../seed/lexical'

/** The lesson page's citation markup: markers as superscript links to numbered sources, and links back. */

const labels = { keyTerms: 'Key terms', reflection: 'Reflection', info: 'Good to know', tip: 'Tip' }
const body = (state: unknown, sourceCount = 2) =>
  renderToStaticMarkup(
    createElement(LessonBody, { data: state as SerializedEditorState, labels, sourceCount, sourceLabel: (number: number) => `Source ${number}` }),
  )

const seeded = toLexical(
  [
    { type: 'paragraph', text: 'Peer support is based on **evidence [1]**. It is in all 50 states [2]. Again [1, 2].' },
    { type: 'list', items: ['Inspire hope [2]', 'Beyond the list [7]'] },
    { type: 'callout', variant: 'info', title: 'Good to know', text: 'Medicaid pays in 35 [2].' },
    { type: 'keyTerms', terms: [{ term: 'Peerness', definition: 'Mutuality between peers [1].' }] },
  ],
  'test',
)

describe('citation markers on the lesson page', () => {
  it('renders each marker as a superscript link to its source, with a unique id and an accessible name', () => {
    const html = body(seeded)
    expect(html).toContain('<strong>evidence<sup class="citation"><a href="#ref-1" id="cite-1" aria-label="Source 1">[1]</a></sup></strong>')
    expect(html).toContain('in all 50 states<sup class="citation"><a href="#ref-2" id="cite-2" aria-label="Source 2">[2]</a></sup>.')
    // "[1, 2]" is one link per source; the second citation of a source gets its own id.
    expect(html).toContain('Again<sup class="citation"><a href="#ref-1" id="cite-1-2" aria-label="Source 1">[1]</a></sup><sup class="citation"><a href="#ref-2" id="cite-2-2" aria-label="Source 2">[2]</a></sup>.')
    expect(html).toContain('Medicaid pays in 35<sup class="citation"><a href="#ref-2" id="cite-2-4"')
    expect(html).toContain('Mutuality between peers<sup class="citation"><a href="#ref-1" id="cite-1-3"')
    const ids = [...html.matchAll(/id="(cite-[^"]+)"/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('renders a marker beyond the lesson’s sources as plain text', () => {
    const html = body(seeded)
    expect(html).toContain('Beyond the list [7]')
    expect(html).not.toContain('#ref-7')
    expect(body(seeded, 0)).not.toContain('<sup')
  })

  it('renders markers a trainer typed into the editor’s own text nodes', () => {
    const trainer = {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              { type: 'text', version: 1, text: 'Typed in the admin ', format: 0, detail: 0, mode: 'normal', style: '' },
              { type: 'text', version: 1, text: 'in italics [2].', format: 2, detail: 0, mode: 'normal', style: '' },
            ],
          },
        ],
      },
    }
    expect(body(trainer)).toContain('<em>in italics<sup class="citation"><a href="#ref-2" id="cite-2" aria-label="Source 2">[2]</a></sup>.</em>')
    expect(citedSources(lexicalTexts(trainer, 'body').map(({ text }) => text))).toEqual([2])
  })

  it('numbers the sources and links each cited one back to its first marker', () => {
    const html = renderToStaticMarkup(
      createElement(LessonSources, {
        sources: [
          { title: 'Value of Peers', publisher: 'SAMHSA', url: 'https://www.samhsa.gov/x.pdf' },
          { title: 'Peer Support (web page)', publisher: 'Publisher not given', url: 'javascript:alert(1)' },
          { title: 'Not cited' },
        ],
        cited: citedSources(lexicalTexts(seeded, 'body').map(({ text }) => text)),
        labels: { heading: 'Sources', backToText: 'Back to text', backToTextFor: (number: number) => `Back to text for source ${number}` },
      }),
    )
    expect(html).toContain('<ol><li id="ref-1"><a href="https://www.samhsa.gov/x.pdf">Value of Peers</a> — SAMHSA <a href="#cite-1" class="back-to-text" aria-label="Back to text for source 1">')
    expect(html).toContain('<li id="ref-2">Peer Support (web page) — Publisher not given <a href="#cite-2"')
    expect(html).toContain('<li id="ref-3">Not cited</li>')
    expect(html).not.toContain('javascript:')
  })
})
