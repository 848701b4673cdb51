/**
 * The practical limit of this stack for a lesson page: Express, the lesson's
 * SQL through pg, and React renderToString, with no framework in between.
 */
import express from 'express'
import pg from 'pg'
import { createElement, Fragment, type ReactNode } from 'react'
import { renderToString } from 'react-dom/server'

type Node = { type: string; text?: string; tag?: string; listType?: string; children?: Node[]; fields?: Record<string, unknown> }

const render = (node: Node, key: number): ReactNode => {
  const children = node.children?.map(render)
  switch (node.type) {
    case 'text':
      return node.text
    case 'paragraph':
      return createElement('p', { key }, children)
    case 'heading':
      return createElement(node.tag ?? 'h2', { key }, children)
    case 'list':
      return createElement(node.listType === 'number' ? 'ol' : 'ul', { key }, children)
    case 'listitem':
      return createElement('li', { key }, children)
    case 'block': {
      const fields = node.fields as { blockType: string; title?: string; text?: string; terms?: { term: string; definition: string }[] }
      if (fields.blockType === 'keyTerms') {
        return createElement('dl', { key }, fields.terms?.map((t, i) => createElement(Fragment, { key: i }, createElement('dt', null, t.term), createElement('dd', null, t.definition))))
      }
      return createElement('aside', { key }, createElement('h3', null, fields.title), createElement('p', null, fields.text))
    }
    default:
      return createElement(Fragment, { key }, children)
  }
}

const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 })
const app = express()
app.get('/lesson/:slug', async (req, res) => {
  const { rows } = await pool.query(
    `select ll.title, ll.body from lessons l join lessons_locales ll on ll._parent_id = l.id and ll._locale = 'en'
     where l.slug = $1 and l._status = 'published'`,
    [req.params.slug],
  )
  if (!rows[0]) return void res.status(404).end()
  const body = rows[0].body as { root: Node }
  const html = renderToString(
    createElement('html', { lang: 'en' }, createElement('body', null, createElement('main', null, createElement('h1', null, rows[0].title), render(body.root, 0)))),
  )
  res.type('html').send(`<!DOCTYPE html>${html}`)
})
app.listen(Number(process.argv[3]), '127.0.0.1', () => process.send?.('ready'))
