import type { ModuleContent } from './types'

import { module1 } from './module1-preparing'
import { module2 } from './module2-recruiting'
import { module3 } from './module3-service-delivery'
import { module4 } from './module4-supervision'

export { competencies } from './competencies'

/** The shipped Peer Support Toolkit curriculum, in toolkit order. */
export const curriculum: ModuleContent[] = [module1, module2, module3, module4]
