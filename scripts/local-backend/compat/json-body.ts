// Request bodies of API calls: every POST carries a JSON object. Anything else is the real API's
// 400 InvalidJsonInput, never a 500 from deeper down.
import { errors } from './errors';
import type { CompatRequest } from './http';

export function parseJsonBody(req: CompatRequest): Record<string, unknown> | undefined {
  if (req.method !== 'POST') return undefined;
  if (req.rawBody.trim() === '') throw errors.invalidJson('The request body is empty; a JSON object is expected.');
  let value: unknown;
  try {
    value = JSON.parse(req.rawBody);
  } catch (error) {
    throw errors.invalidJson(`Malformed JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw errors.invalidJson('A JSON object is expected.');
  }
  return value as Record<string, unknown>;
}
