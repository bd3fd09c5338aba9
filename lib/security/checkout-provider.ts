// The checkout rule: PAYMENT_PROVIDER=commercetools-checkout needs the Checkout application's key
// and a CTP_API_URL the Checkout hosts can be derived from (a commercetools region, or the local
// backend's simulation). The scope it needs (manage_sessions) is granted-scopes' to check, and a
// loopback URL must prove it is the local backend (local-backend): its script runs in our page.
import { checkoutHosts } from '../payment/commercetools-checkout/hosts';
import type { EnvSource } from '../env';
import { fail, pass, type RuleResult } from './rule-result';

const RULE = 'checkout';

export function checkCheckoutProvider(env: EnvSource): RuleResult {
  if (env.PAYMENT_PROVIDER?.trim() !== 'commercetools-checkout') return pass(RULE, 'not needed: commercetools Checkout is not the payment provider');
  const problems: string[] = [];
  if (!env.CTP_CHECKOUT_APPLICATION_KEY?.trim()) {
    problems.push('CTP_CHECKOUT_APPLICATION_KEY is not set (Fix: create a Checkout application in the Merchant Center, Checkout > Applications, in Payment Only mode, and set its key)');
  }
  let hosts = null;
  try {
    hosts = env.CTP_API_URL && env.CTP_PROJECT_KEY ? checkoutHosts(env.CTP_API_URL, env.CTP_PROJECT_KEY) : null;
  } catch {
    hosts = null;
  }
  if (!hosts) {
    problems.push(
      'the Checkout region cannot be derived from CTP_API_URL (Fix: use the project\'s API URL, https://api.{region}.commercetools.com, e.g. https://api.europe-west1.gcp.commercetools.com, or the local backend http://127.0.0.1:8989)',
    );
  }
  if (problems.length) return fail(RULE, `PAYMENT_PROVIDER=commercetools-checkout, but ${problems.join('; and ')}.`);
  return pass(RULE, `commercetools Checkout in Payment Only mode, region ${hosts!.local ? 'of the local simulation' : hosts!.region}`);
}
