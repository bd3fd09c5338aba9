// Loads app modules anew under a given env: the env parser and the client are per-process
// singletons, so a test that needs another backend or secret gets its own module instances.
import { vi } from 'vitest';
import { BASE_TEST_ENV } from './integration-env';
import { resetProcessSingletons } from '@/lib/process-singleton';

/** Applies the base test env plus `env` (undefined deletes a variable), then loads modules afresh. */
export async function withEnv<T>(env: Record<string, string | undefined>, load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  for (const [key, value] of Object.entries({ ...BASE_TEST_ENV, ...env })) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  // The token providers are a process singleton on purpose (shared across Next bundles); tests that
  // count token requests start from an empty registry.
  resetProcessSingletons('commercetools.tokenProviders');
  return load();
}
