// The secret scan (scan:secrets, check:golive) over a real git repository with the repo's
// .secretlintrc.json: the commercetools rule finds planted client secrets and leaves placeholders,
// references and hex ids alone. Values stay masked in what it reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanTrackedFiles, type SecretScan } from '@/scripts/golive/git-checks';
import { tempGitRepo, type TempRepo } from '@/tests/harness/temp-git-repo';

const ROOT = join(import.meta.dirname, '..', '..', '..');
// Built at run time so this file holds no string a secret scanner would flag.
const SECRET = ['Qm7vT2xLp9RzK4wN', 'c8YhB3dFj6GsA1eU'].join('');
const HEX = 'a3f5'.repeat(8);

let repo: TempRepo;
let scan: Extract<SecretScan, { ok: true }>;
beforeAll(async () => {
  repo = tempGitRepo({
    '.env.example': readFileSync(join(ROOT, '.env.example'), 'utf8'),
    '.env.production': `CTP_PROJECT_KEY=shop\nCTP_CLIENT_SECRET=${SECRET}\n`,
    'config/deploy.yml': `env:\n  COMMERCETOOLS_CLIENT_SECRET: "${SECRET.toLowerCase()}Xy9-Zq"\n`,
    'lib/planted.ts': `export const client = {\n  clientId: 'storefront',\n  clientSecret:\n    '${SECRET}',\n};\n`,
    'lib/references.ts': [
      'export const a = { CTP_CLIENT_SECRET: process.env.CTP_CLIENT_SECRET };',
      'const b = `CTP_CLIENT_SECRET=${secret}`;',
      `export const clientId = '${HEX}'; // a hex id beside a client id name`,
      '',
      `export const unrelated = '${SECRET}'; // the shape, two lines away from any credential name`,
      '',
    ].join('\n'),
  });
  repo.commit('fixtures');
  const result = await scanTrackedFiles(repo.dir);
  if (!result.ok) throw new Error(result.error);
  scan = result;
});
afterAll(() => repo?.remove());

const findingsIn = (file: string) => scan.findings.filter((f) => f.file === file);

describe('the commercetools secretlint rule', () => {
  it('finds a CTP_CLIENT_SECRET assignment with a real-looking value in a committed .env file', () => {
    expect(findingsIn('.env.production')).toEqual([expect.objectContaining({ line: 2, rule: 'secretlint-rule-commercetools/CT_SECRET_ASSIGNMENT' })]);
  });

  it('finds a random-looking COMMERCETOOLS_ secret in YAML', () => {
    expect(findingsIn('config/deploy.yml')).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it('finds a 32-character client secret on the line after a clientSecret name', () => {
    expect(findingsIn('lib/planted.ts')).toEqual([expect.objectContaining({ line: 4, rule: 'secretlint-rule-commercetools/CT_SECRET_SHAPE' })]);
  });

  it('ignores the .env.example placeholder, env references, hex ids and the shape without a credential name', () => {
    expect(findingsIn('.env.example')).toEqual([]);
    expect(findingsIn('lib/references.ts')).toEqual([]);
    expect(scan.files).toBe(5);
  });

  it('never reports the value itself', () => {
    expect(JSON.stringify(scan.findings)).not.toContain(SECRET);
  });
});
