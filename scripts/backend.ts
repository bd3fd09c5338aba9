// `npm run backend`: the local backend's CLI with the storefront's scopes (scripts/storefront-backend.ts).
import { STOREFRONT_SCOPES } from './storefront-backend';

process.env.LOCAL_CT_STOREFRONT_SCOPES ??= STOREFRONT_SCOPES.join(' ');
void import('./local-backend/cli');
