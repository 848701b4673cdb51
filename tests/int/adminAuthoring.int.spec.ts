import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hiddenFromTrainers } from '@/access/adminVisibility'
import { slugify } from '@/lib/curriculum/slug'
import { documentFindingsInContext, snippetAround } from '@/lib/language/context'
import { fieldDisplayName } from '@/lib/language/fieldNames'
import { findingsFingerprint } from '@/lib/language/review'
import { trueFalseIndex } from '@/lib/quiz/trueFalse'
import { reviewAfterSave } from '../../collections/shared/languageReview'
import { api } from '../helpers/api'
import { createCourse, createUser, uniqueSlug } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

const BARE_PAYLOAD_MESSAGE = /following fields? (is|are) invalid/i

describe('what a trainer is told when a save is refused', () => {
  let payload: Payload
  let trainer: Awaited<ReturnType<typeof createUser>>
  let course: Awaited<ReturnType<typeof createCourse>>

  beforeAll(async () => {
    payload = await testPayload()
    trainer = await createUser(payload, 'trainer')
    course = await createCourse(payload)
  })

  it("a quiz with two correct choices is refused with the quiz's own explanation, in the toast message and on the field", async () => {
    const response = await api('POST', '/quizzes', {
      token: trainer.token,
      body: {
        title: 'Two right answers',
        slug: uniqueSlug('two-right'),
        module: course.module.id,
        _status: 'published',
        questions: [
          { type: 'single', prompt: 'Pick one', choices: [{ text: 'A', isCorrect: true }, { text: 'B', isCorrect: true }] },
        ],
      },
    })
    expect(response.status).toBe(400)
    // The admin's toast shows errors[0].message; the API's `error` is the same sentence.
    expect(response.body.errors[0].message).toMatch(/Question 1 needs exactly one correct choice\./)
    expect(response.body.errors[0].message).not.toMatch(BARE_PAYLOAD_MESSAGE)
    expect(response.body.error).toBe(response.body.errors[0].message)
    // The admin puts data.errors on their fields.
    expect(response.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'questions', message: 'Question 1 needs exactly one correct choice.' }),
    ])
  })

  it('an unreviewed publish with findings is refused with the language explanation, not "invalid: languageReviewed"', async () => {
    const response = await api('POST', '/lessons', {
      token: trainer.token,
      body: { title: 'Talking with an addict', slug: uniqueSlug('unreviewed'), module: course.module.id, _status: 'published' },
    })
    expect(response.status).toBe(400)
    const message: string = response.body.errors[0].message
    expect(message).toMatch(/person-first language check found “addict” in Title \(consider “person with a substance use disorder”\)/)
    expect(message).toMatch(/tick “I have reviewed the language findings”/)
    expect(message).not.toMatch(BARE_PAYLOAD_MESSAGE)
    // Without colons the admin's toast shows the sentence whole instead of splitting it into a list.
    expect(message).not.toContain(':')
    expect(response.body.errors[0].data.errors[0].path).toBe('languageReviewed')
  })

  it("Payload's own checks keep their field's name in the message", async () => {
    const response = await api('POST', '/lessons', {
      token: trainer.token,
      body: { slug: uniqueSlug('untitled'), module: course.module.id, _status: 'published' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/Title — /)
    expect(response.body.errors[0].message).not.toMatch(BARE_PAYLOAD_MESSAGE)
  })
})

describe('the "I have reviewed the language findings" tick', () => {
  let payload: Payload
  let trainer: Awaited<ReturnType<typeof createUser>>
  let course: Awaited<ReturnType<typeof createCourse>>

  beforeAll(async () => {
    payload = await testPayload()
    trainer = await createUser(payload, 'trainer')
    course = await createCourse(payload)
  })

  // Published text with findings would show up in curriculum.int's scan of all published content.
  const created: number[] = []
  afterAll(async () => {
    for (const id of created) await payload.delete({ collection: 'lessons', id })
  })

  const createLesson = async (title: string) => {
    const response = await api('POST', '/lessons?draft=true', {
      token: trainer.token,
      body: { title, slug: uniqueSlug('tick'), module: course.module.id, _status: 'draft' },
    })
    expect(response.status).toBe(201)
    created.push(response.body.doc.id)
    return response.body.doc.id as number
  }

  it('is asked for again when the findings change: tick, publish, add “adicto”, publish refused with the explanation', async () => {
    const id = await createLesson('Working with people in recovery')
    const spanish = (body: object) => api('PATCH', `/lessons/${id}?locale=es`, { token: trainer.token, body })

    const ticked = await spanish({ title: 'Acompañar a un alcohólico', _status: 'published', languageReviewed: true })
    expect(ticked.status, ticked.text).toBe(200)
    expect(ticked.body.doc.languageReviewed).toBe(true)
    expect(ticked.body.doc.languageReviewedFingerprint).toMatch(/^1-/)

    // Other wording, same findings: the tick still holds.
    const reworded = await spanish({ summary: 'Una lección sobre la escucha.', _status: 'published' })
    expect(reworded.status, reworded.text).toBe(200)
    expect(reworded.body.doc.languageReviewed).toBe(true)

    const added = await spanish({ summary: 'Cómo hablar con un adicto.', _status: 'published' })
    expect(added.status).toBe(400)
    const message: string = added.body.errors[0].message
    expect(message).toMatch(/changed since “I have reviewed the language findings” was ticked/)
    expect(message).toMatch(/“adicto” in Summary/)
    expect(added.body.errors[0].data.errors[0].path).toBe('languageReviewed')

    // As a draft it saves, and the tick is cleared with the findings it no longer covers.
    const draft = await api('PATCH', `/lessons/${id}?locale=es&draft=true`, {
      token: trainer.token,
      body: { summary: 'Cómo hablar con un adicto.', _status: 'draft' },
    })
    expect(draft.status, draft.text).toBe(200)
    expect(draft.body.doc.languageReviewed).toBe(false)
    expect(draft.body.doc.languageFindings.map((finding: { term: string }) => finding.term)).toEqual(['alcohólico', 'adicto'])

    // Ticking it again approves the findings as they are now.
    const again = await spanish({ _status: 'published', languageReviewed: true })
    expect(again.status, again.text).toBe(200)
    expect(again.body.doc.languageReviewed).toBe(true)

    // English has its own tick, untouched by the Spanish one.
    const english = await api('GET', `/lessons/${id}?locale=en&draft=true`, { token: trainer.token })
    expect(english.body.languageReviewed).not.toBe(true)
  })

  it('a tick the admin carries over with the fingerprint it approved holds only for those findings', async () => {
    const id = await createLesson('Meeting an addict')
    const first = await api('PATCH', `/lessons/${id}`, { token: trainer.token, body: { _status: 'published', languageReviewed: true } })
    expect(first.status, first.text).toBe(200)
    const approved = first.body.doc.languageReviewedFingerprint
    // The admin form sends every field back: the tick and the fingerprint it approved.
    const form = (title: string, fingerprint: string) =>
      api('PATCH', `/lessons/${id}`, {
        token: trainer.token,
        body: { title, _status: 'published', languageReviewed: true, languageReviewedFingerprint: fingerprint },
      })
    expect((await form('Meeting an addict again', approved)).status).toBe(200)
    const changed = await form('Meeting an addict and a junkie', approved)
    expect(changed.status).toBe(400)
    expect(changed.body.errors[0].message).toMatch(/changed since/)
    // The admin clears the fingerprint when it clears the tick; ticking again then approves.
    const reticked = await form('Meeting an addict and a junkie', '')
    expect(reticked.status, reticked.text).toBe(200)
    expect(reticked.body.doc.languageReviewedFingerprint).not.toBe(approved)
  })

  it('decides from the tick, what it approved and the findings now', () => {
    const fingerprint = 'f-now'
    expect(reviewAfterSave({}, undefined, fingerprint, false)).toEqual({ reviewed: false, fingerprint: null, cleared: false })
    expect(reviewAfterSave({ languageReviewed: true }, undefined, fingerprint, true)).toEqual({ reviewed: true, fingerprint, cleared: false })
    expect(reviewAfterSave({}, { languageReviewed: true, languageReviewedFingerprint: 'f-now' }, fingerprint, true).reviewed).toBe(true)
    expect(reviewAfterSave({}, { languageReviewed: true, languageReviewedFingerprint: 'f-old' }, fingerprint, true)).toEqual({
      reviewed: false,
      fingerprint: null,
      cleared: true,
    })
    // A tick from before fingerprints were kept approved nothing in particular: asked again.
    expect(reviewAfterSave({}, { languageReviewed: true, languageReviewedFingerprint: null }, fingerprint, true).cleared).toBe(true)
    expect(reviewAfterSave({ languageReviewed: false }, { languageReviewed: true }, fingerprint, true).reviewed).toBe(false)
  })

  it('fingerprints findings by field, rule and term, not by position or case', () => {
    const finding = { field: 'title', term: 'Addict', rule: 'addict' }
    expect(findingsFingerprint([finding])).toBe(findingsFingerprint([{ ...finding, term: 'addict' }]))
    expect(findingsFingerprint([finding])).not.toBe(findingsFingerprint([{ ...finding, field: 'summary' }]))
    expect(findingsFingerprint([finding])).not.toBe(findingsFingerprint([finding, finding]))
    expect(findingsFingerprint([])).not.toBe(findingsFingerprint([finding]))
  })
})

describe('findings shown while editing', () => {
  it('lists each term with its field and the words around it, in English and in Spanish', () => {
    const english = documentFindingsInContext(
      'lessons',
      { title: 'Support', summary: 'When you first meet a former addict at the drop-in centre, listen before you advise anyone.' },
      'en',
    )
    expect(english).toEqual([
      expect.objectContaining({ field: 'summary', term: 'former addict', before: 'When you first meet a ', after: ' at the drop-in centre, listen before…' }),
    ])
    const spanish = documentFindingsInContext(
      'quizzes',
      { title: 'Repaso', questions: [{ prompt: 'Un adicto llega a la reunión.', choices: [{ text: 'Escuchar' }] }] },
      'es',
    )
    expect(spanish).toEqual([expect.objectContaining({ field: 'questions.1.prompt', term: 'adicto', before: 'Un ', after: ' llega a la reunión.' })])
    expect(fieldDisplayName('questions.1.prompt', 'es')).toBe('Pregunta 1, enunciado')
    expect(fieldDisplayName('body.callout', 'en')).toBe('Lesson text, callout')
  })

  it("reads the admin's form state, where an array without loaded rows is a row count", () => {
    expect(documentFindingsInContext('quizzes', { title: 'New quiz for an addict', questions: 0 }, 'en')).toEqual([
      expect.objectContaining({ field: 'title', term: 'addict' }),
    ])
    expect(documentFindingsInContext('quizzes', { questions: [{ prompt: 'A junkie?', choices: 2 }] }, 'en')).toEqual([
      expect.objectContaining({ field: 'questions.1.prompt', term: 'junkie' }),
    ])
  })

  it('cuts the context at whole words', () => {
    const text = 'one two three four five six seven TERM eight'
    const start = text.indexOf('TERM')
    expect(snippetAround(text, start, start + 4, 2)).toEqual({ before: '…six seven ', after: ' eight' })
  })
})

describe('slugs', () => {
  let payload: Payload
  let trainer: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    payload = await testPayload()
    trainer = await createUser(payload, 'trainer')
  })

  it('are made from titles: lowercase, hyphens, accents folded', () => {
    expect(slugify('Preparing The Organization')).toBe('preparing-the-organization')
    expect(slugify('  Preparación de la Organización: ¿por qué?  ')).toBe('preparacion-de-la-organizacion-por-que')
    expect(slugify('Peer — support & “recovery”')).toBe('peer-support-recovery')
    const long = slugify('word '.repeat(60))
    expect(long.length).toBeLessThanOrEqual(120)
    expect(long.endsWith('word')).toBe(true)
  })

  it('a draft without a slug gets one from its title, and a typed one is put in slug form', async () => {
    const generated = await api('POST', '/modules?draft=true', {
      token: trainer.token,
      body: { title: `Preparación de la Organización ${Date.now()}`, area: 'preparing-the-organization', _status: 'draft' },
    })
    expect(generated.status, generated.text).toBe(201)
    expect(generated.body.doc.slug).toMatch(/^preparacion-de-la-organizacion-\d+$/)

    const typed = await api('POST', '/modules?draft=true', {
      token: trainer.token,
      body: { title: 'Typed slug', slug: `Preparing The Organization ${Date.now()}`, area: 'preparing-the-organization', _status: 'draft' },
    })
    expect(typed.status, typed.text).toBe(201)
    expect(typed.body.doc.slug).toMatch(/^preparing-the-organization-\d+$/)
  })

  it('a slug another document uses is refused at draft save with a clear field message', async () => {
    const { module, lesson } = await createCourse(payload)
    const duplicate = await api('POST', '/modules?draft=true', {
      token: trainer.token,
      body: { title: 'Copy', slug: module.slug, area: 'service-delivery', _status: 'draft' },
    })
    expect(duplicate.status).toBe(400)
    expect(duplicate.body.errors[0].message).toBe(`The slug “${module.slug}” is already used by the module “Test module”. Choose another slug.`)
    expect(duplicate.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'slug' })])

    // An existing lesson's draft cannot take another lesson's slug either.
    const other = await createCourse(payload)
    const renamed = await api('PATCH', `/lessons/${other.lesson.id}?draft=true`, {
      token: trainer.token,
      body: { slug: lesson.slug, _status: 'draft' },
    })
    expect(renamed.status).toBe(400)
    expect(renamed.body.error).toMatch(/already used by the lesson “Test lesson”/)

    // A slug held only by another document's pending draft is taken too.
    const pending = uniqueSlug('pending')
    expect((await api('PATCH', `/modules/${module.id}?draft=true`, { token: trainer.token, body: { slug: pending, _status: 'draft' } })).status).toBe(200)
    const clash = await api('POST', '/modules?draft=true', {
      token: trainer.token,
      body: { title: 'Clash', slug: pending, area: 'service-delivery', _status: 'draft' },
    })
    expect(clash.status).toBe(400)
    expect(clash.body.error).toMatch(/already used by the module/)

    // Saving a document with its own slug is fine.
    const own = await api('PATCH', `/modules/${module.id}?draft=true`, { token: trainer.token, body: { summary: 'Still mine', _status: 'draft' } })
    expect(own.status, own.text).toBe(200)
  })
})

describe('true/false questions', () => {
  it('get their choices in both languages', async () => {
    const payload = await testPayload()
    const trainer = await createUser(payload, 'trainer')
    const { module } = await createCourse(payload)
    const created = await api('POST', '/quizzes', {
      token: trainer.token,
      body: {
        title: 'True or false',
        slug: uniqueSlug('true-false'),
        module: module.id,
        _status: 'published',
        questions: [
          { type: 'true-false', prompt: 'Peer workers share lived experience.', choices: [{ text: 'True', isCorrect: true }, { text: 'False' }] },
          { type: 'true-false', prompt: 'Written in my own words.', choices: [{ text: 'Yes', isCorrect: true }, { text: 'No' }] },
        ],
      },
    })
    expect(created.status, created.text).toBe(201)
    const spanish = await api('GET', `/quizzes/${created.body.doc.id}?locale=es&fallback-locale=none`, { token: trainer.token })
    expect(spanish.body.questions[0].choices.map((choice: { text: string }) => choice.text)).toEqual(['Verdadero', 'Falso'])
    // A trainer's own wording is theirs to translate.
    expect(spanish.body.questions[1].choices.map((choice: { text: string | null }) => choice.text ?? null)).toEqual([null, null])
    expect([trueFalseIndex('Verdadero'), trueFalseIndex(' false '), trueFalseIndex('Maybe')]).toEqual([0, 1, null])
  })
})

describe('the admin dashboard', () => {
  it('hides people and learning records from trainers, not from admins', async () => {
    const payload = await testPayload()
    const trainer = { id: 1, role: 'trainer' } as never
    const admin = { id: 2, role: 'admin' } as never
    for (const slug of ['users', 'progress', 'quiz-attempts', 'certificates', 'organizations'] as const) {
      const hidden = payload.collections[slug].config.admin.hidden
      expect(hidden, slug).toBe(hiddenFromTrainers)
      expect(hiddenFromTrainers({ user: trainer }), slug).toBe(true)
      expect(hiddenFromTrainers({ user: admin }), slug).toBe(false)
    }
    for (const slug of ['modules', 'lessons', 'quizzes', 'competencies', 'media'] as const) {
      expect(payload.collections[slug].config.admin.hidden, slug).toBeFalsy()
    }
  })
})
