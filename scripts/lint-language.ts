/**
 * `npm run lint:language`: person-first check (and, in Spanish, the glossary) of all published content, citation
 * markers stripped, then the reading grade of every
 * published lesson. Exits 1 on any finding, or on a shipped lesson above the grade ceiling. Trainers' own
 * lessons get their grade reported, not gated: the ceiling is the shipped curriculum's promise, and a trainer
 * writing for another audience decides their own (the admin shows the same grade while they edit).
 * Last, every published text that has no Spanish version (learners using Spanish read it in English): listed,
 * not gated, as the admin warns but does not refuse publishing English first.
 */
import { runWithPayload } from '@/db/runWithPayload'
import { GRADE_CEILING, TARGET_GRADE } from '@/lib/language/readability'
import { publishedLessonGrades, scanPublishedContent, untranslatedPublishedContent } from '@/lib/language/scanPublished'

await runWithPayload(
  async (payload) => {
    const findings = await scanPublishedContent(payload)
    for (const finding of findings) {
      console.log(`${finding.collection}/${finding.slug} [${finding.locale}] ${finding.field}: “${finding.term}” → ${finding.suggestion} (${finding.rule})`)
    }
    console.log(findings.length === 0 ? 'language: no findings in published content' : `language: ${findings.length} finding(s)`)

    const grades = await publishedLessonGrades(payload)
    for (const { slug, grade, shipped } of grades) {
      const mark = grade > GRADE_CEILING ? 'above the ceiling' : grade > TARGET_GRADE ? 'above target' : 'ok'
      console.log(`readability: lessons/${slug} grade ${grade.toFixed(1)} (${mark}${shipped ? '' : ", a trainer's lesson: reported only"})`)
    }
    const tooHard = grades.filter(({ grade, shipped }) => shipped && grade > GRADE_CEILING)
    const aboveTarget = grades.filter(({ grade }) => grade > TARGET_GRADE).length
    console.log(
      GRADE_CEILING === TARGET_GRADE
        ? `readability: ${grades.length} lesson(s), ${tooHard.length} shipped above grade ${GRADE_CEILING}, ${aboveTarget} above it in all`
        : `readability: ${grades.length} lesson(s), ${aboveTarget} above grade ${TARGET_GRADE} (target), ${tooHard.length} above grade ${GRADE_CEILING} (ceiling)`,
    )

    const untranslated = await untranslatedPublishedContent(payload)
    for (const { collection, slug, shipped, missing } of untranslated) {
      const owner = shipped ? 'shipped' : "a trainer's"
      console.log(`translation: ${collection}/${slug} (${owner}) missing in Spanish: ${missing.map((entry) => `${entry.path} (${entry.label})`).join('; ')}`)
    }
    const fields = untranslated.reduce((sum, doc) => sum + doc.missing.length, 0)
    console.log(
      untranslated.length === 0
        ? 'translation: every published text has a Spanish version'
        : `translation: ${fields} untranslated field(s) in ${untranslated.length} published document(s), reported only`,
    )
    return findings.length === 0 && tooHard.length === 0 ? 0 : 1
  },
  { crashCode: 2 },
)
