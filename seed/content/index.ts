import type { ModuleContent } from './types'
export const competencies: never[] = []
export const curriculum: ModuleContent[] = []
