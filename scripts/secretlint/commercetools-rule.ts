// secretlint rule: commercetools API client secrets in tracked files (docs/go-live.md). The preset
// knows Stripe, AWS, GitHub... but not commercetools, whose secrets are plain 32-character strings,
// so it looks for them where a client credential is named. The secret shape is the boot guard's
// (lib/security/public-env.ts): one definition for both. Messages never contain the value.
import { highEntropyToken, looksLikeCommercetoolsSecret } from '../../lib/security/public-env';

type Range = readonly [number, number];
type Context = { report(descriptor: { message: string; range: Range }): void };
type Source = { content: string };

/** CTP_CLIENT_SECRET=..., COMMERCETOOLS_CLIENT_SECRET: "...", CT_DEV_MCP_CLIENT_SECRET='...' */
const SECRET_ASSIGNMENT = /(?<![A-Za-z0-9_])(?:(?:CTP|CT|COMMERCETOOLS)_(?:[A-Z0-9]+_)*CLIENT_SECRET)["']?\s*[:=]\s*["'`]?([^\s"'`,;#]*)/g;
/** A credential's name on a line: env names, camelCase and snake_case client ids and secrets. */
const CREDENTIAL_NAME = /(?:CTP|CT|COMMERCETOOLS)_(?:[A-Z0-9]+_)*CLIENT_(?:ID|SECRET)|client[_ -]?(?:id|secret)|commercetools[_ -]?(?:id|secret)/i;
/** Standalone 32-character tokens of the secret alphabet. */
const TOKEN_32 = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/g;
/** Values that are references or placeholders, not secrets. */
const NOT_A_SECRET = /^\$|^<.*>$|replace|placeholder|changeme|change-me|example|your[_-]|xxxx|\*\*\*|fake|dummy|redacted|process\.env/i;

/** A value that could be a real secret: the client-secret shape or random-looking, no placeholder words. */
function realLooking(value: string): boolean {
  return (looksLikeCommercetoolsSecret(value) || highEntropyToken(value)) && !NOT_A_SECRET.test(value);
}

const messages = {
  CT_SECRET_ASSIGNMENT: {
    // No props: secretlint masks message props, and the position already points at the value.
    en: () => 'a commercetools client secret variable (CTP_/CT_/COMMERCETOOLS_..._CLIENT_SECRET) is assigned a real-looking value: it must not be committed (rotate it)',
  },
  CT_SECRET_SHAPE: {
    en: () => 'a commercetools client secret (32 mixed characters) next to a client id/secret name: it must not be committed (rotate it)',
  },
};

export const creator = {
  messages,
  meta: {
    id: 'secretlint-rule-commercetools',
    recommended: true,
    type: 'scanner' as const,
    supportedContentTypes: ['text' as const],
  },
  create(context: Context & { createTranslator: (m: typeof messages) => (id: string, props?: object) => string }) {
    const t = context.createTranslator(messages);
    return {
      file(source: Source) {
        const reported = new Set<number>();
        for (const match of source.content.matchAll(SECRET_ASSIGNMENT)) {
          const value = match[1] ?? '';
          if (!realLooking(value)) continue;
          const start = (match.index ?? 0) + match[0].length - value.length;
          reported.add(start);
          context.report({ message: t('CT_SECRET_ASSIGNMENT'), range: [start, start + value.length] });
        }
        const lines = source.content.split('\n');
        let offset = 0;
        lines.forEach((line, i) => {
          for (const token of line.matchAll(TOKEN_32)) {
            const start = offset + (token.index ?? 0);
            if (reported.has(start) || !looksLikeCommercetoolsSecret(token[0]) || NOT_A_SECRET.test(token[0])) continue;
            // "Next to": the same line or the line before or after.
            const near = [lines[i - 1], line, lines[i + 1]].some((l) => l !== undefined && CREDENTIAL_NAME.test(l));
            if (near) context.report({ message: t('CT_SECRET_SHAPE'), range: [start, start + 32] });
          }
          offset += line.length + 1;
        });
      },
    };
  },
};
