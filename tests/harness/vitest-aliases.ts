// Module aliases shared by both Vitest configs: `@/` is the repository root, and `server-only`
// (which throws outside Next's server build) becomes an empty module.
import { fileURLToPath } from 'node:url';

export const vitestAliases = {
  '@': fileURLToPath(new URL('../..', import.meta.url)),
  'server-only': fileURLToPath(new URL('./server-only-stub.ts', import.meta.url)),
};
