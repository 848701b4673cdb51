import type { CurriculumModule } from './types'

import { module1 } from './module1-preparing'
import { module2 } from './module2-recruiting'
import { module3 } from './module3-service-delivery'
import { module4 } from './module4-supervision'
import { quiz1 } from './quizzes/module1-bank'
import { quiz2 } from './quizzes/module2-bank'
import { quiz3 } from './quizzes/module3-bank'
import { quiz4 } from './quizzes/module4-bank'

export { competencies } from './competencies'

/** The shipped Peer Support Toolkit curriculum, in toolkit order: each module's lessons and its quiz's question bank. */
export const curriculum: CurriculumModule[] = [
  { ...module1, quiz: quiz1 },
  { ...module2, quiz: quiz2 },
  { ...module3, quiz: quiz3 },
  { ...module4, quiz: quiz4 },
]
