import type { CompetencyContent, ModuleContent } from './types'
import { module4 } from './module4-supervision'
const codes = ['C1-ENGAGES','C2-SUPPORT','C3-LIVED-EXPERIENCE','C4-PERSONALIZES','C5-RECOVERY-PLANNING','C6-LINKS-RESOURCES','C7-WELLNESS-INFO','C8-CRISIS','C9-COMMUNICATION','C10-COLLABORATION','C11-LEADERSHIP-ADVOCACY','C12-GROWTH'] as const
export const competencies: CompetencyContent[] = codes.map((code, i) => ({ code, order: i + 1, en: { title: code, description: code }, es: { title: code, description: code } }))
export const curriculum: ModuleContent[] = [{ ...module4, slug: 'preparing-the-organization', quiz: { ...module4.quiz, slug: 'preparing-the-organization-quiz' } }]
