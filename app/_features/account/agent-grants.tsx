'use client';
// The customer's authorized AI agents, each with what it may do, its spending limit and recent
// actions, and a button that revokes it (DELETE /api/account/agents/{grantId}).
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { AgentGrant } from '@/lib/agents/grants';
import * as shopApi from '@/lib/api-client';
import { formatMoney } from '@/lib/format';
import { Notice, secondaryButton } from '../../_ui/form-controls';

export function AgentGrants({ locale, grants }: { locale: string; grants: AgentGrant[] | null }) {
  const t = useTranslations('AccountAgents');
  const router = useRouter();
  const [revoking, setRevoking] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  async function revoke(grantId: string) {
    if (revoking) return;
    setRevoking(grantId);
    setFailed(false);
    const result = await shopApi.revokeAgent(grantId);
    setRevoking(null);
    if (!result.ok) setFailed(true);
    router.refresh();
  }

  if (grants === null) return <Notice tone="error">{t('unavailable')}</Notice>;
  return (
    <section className="space-y-6" data-testid="agent-grants">
      <p className="text-slate-700">{t('intro')}</p>
      {failed ? <Notice tone="error">{t('revokeFailed')}</Notice> : null}
      {grants.length === 0 ? <p data-testid="agent-grants-empty">{t('none')}</p> : null}
      <ul className="space-y-4">
        {grants.map((grant) => (
          <li key={grant.grantId} className="rounded-lg border border-slate-200 p-4" data-testid="agent-grant" data-agent={grant.agentId} data-grant={grant.grantId}>
            <div className="flex flex-wrap items-start justify-between gap-4">
              <div>
                <h2 className="font-semibold text-slate-900">{grant.agentName}</h2>
                <p className="text-sm text-slate-700">{t('scopes', { scopes: grant.scopes.join(', ') })}</p>
                <p className="text-sm text-slate-700">
                  {grant.spendingLimit
                    ? t('limit', { amount: formatMoney({ centAmount: grant.spendingLimit.maxAmount, currencyCode: grant.spendingLimit.currency, fractionDigits: 2 }, locale) })
                    : t('noLimit')}
                </p>
                {grant.expiresAt ? <p className="text-sm text-slate-600">{t('expires', { date: new Date(grant.expiresAt).toLocaleString(locale) })}</p> : null}
              </div>
              <button type="button" className={secondaryButton} aria-disabled={revoking === grant.grantId || undefined} onClick={() => void revoke(grant.grantId)} data-testid="agent-revoke">
                {t('revoke')}
              </button>
            </div>
            {grant.recent.length ? (
              <details className="mt-3 text-sm">
                <summary>{t('recent', { count: grant.recent.length })}</summary>
                <ul className="mt-2 space-y-1 text-slate-700">
                  {grant.recent.map((action) => (
                    <li key={`${action.at}-${action.tool_name}`}>
                      {new Date(action.at).toLocaleString(locale)} · {action.tool_name} · {action.outcome}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
