/** The tests' own database: a throwaway one (see src/db/throwawayDatabase.ts). */
export {
  createThrowawayDatabase as createTestDatabase,
  type ThrowawayDatabase as TestDatabase,
} from '@/db/throwawayDatabase'
