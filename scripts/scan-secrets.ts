// `npm run scan:secrets`: secretlint (recommended preset + the commercetools rule in
// scripts/secretlint) over every file git tracks. Exits 1 on a finding; values stay masked.
import { scanTrackedFiles } from './golive/git-checks';

async function main(): Promise<number> {
  const scan = await scanTrackedFiles(process.cwd());
  if (!scan.ok) {
    console.error(`scan:secrets could not run: ${scan.error}`);
    return 2;
  }
  for (const f of scan.findings) console.log(`${f.file}:${f.line}  ${f.message}  ${f.rule}`);
  console.log(scan.findings.length === 0 ? `No secrets found in ${scan.files} tracked files.` : `${scan.findings.length} secret(s) found: rotate them and remove them from git (docs/go-live.md).`);
  return scan.findings.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
