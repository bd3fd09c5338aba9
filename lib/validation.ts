// Zod issues as field errors (path -> messages), the shape of `fields` in docs/api.md. Shared by
// the request pipeline (lib/http/body.ts) and the domain's own validation (an address edit merged
// onto the stored address).
import type { z } from 'zod';

export type FieldMessages = Record<string, string[]>;

export function zodFieldErrors(error: z.ZodError): FieldMessages {
  // Keyed by input: a Map, so a field named __proto__, constructor or toString is just a field.
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    // Unknown keys are reported under their own names, so a client sees exactly what was refused.
    const paths =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k].join('.')) : [issue.path.join('.') || '_'];
    const message = issue.code === 'unrecognized_keys' ? 'is not allowed' : issue.message;
    for (const path of paths) fields.set(path, [...(fields.get(path) ?? []), message]);
  }
  return Object.fromEntries(fields);
}
