// One go-live checklist item's verdict. Like the boot rules' RuleResult (lib/security/rule-result.ts)
// but named by checklist item; a message says what is wrong and the fix, never a secret's value.
export type GoliveStatus = 'pass' | 'fail' | 'skip';
export type GoliveResult = { item: string; status: GoliveStatus; message: string };

export const result = (item: string, status: GoliveStatus, message: string): GoliveResult => ({ item, status, message: `[${item}] ${message}` });

/** A boot rule's verdict (lib/security), reported under a checklist item's name. */
export function fromRule(item: string, rule: { rule: string; status: GoliveStatus; message: string }): GoliveResult {
  const text = rule.message.replace(/^\[[^\]]*\] /, '');
  return result(item, rule.status, rule.rule === item ? text : `(boot rule ${rule.rule}) ${text}`);
}

export function formatGolive(results: readonly GoliveResult[]): string {
  return results.map((r) => `${r.status.toUpperCase().padEnd(4)} ${r.message}`).join('\n');
}
