// Prints how many token requests the storefront made during the run (read from the local
// backend's counters before Playwright stops the web server).
import { E2E_BACKEND_URL } from './e2e-env';

export default async function globalTeardown() {
  try {
    const response = await fetch(`${E2E_BACKEND_URL}/__local/stats`);
    const stats = (await response.json()) as { tokenRequests: number; tokenRequestsByClient: Record<string, number> };
    console.log(`[e2e] token requests made to the local backend during the run: ${JSON.stringify(stats.tokenRequestsByClient)}`);
  } catch {
    console.log('[e2e] token request figures unavailable (backend already stopped)');
  }
}
