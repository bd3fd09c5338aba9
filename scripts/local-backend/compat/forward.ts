// Forwarding a project call to the mock, with the real API's answers where the mock differs:
// HEAD on a query answers 200/404 by whether anything matched, and every error has the
// commercetools error shape.
import type { CompatResponse } from './http';
import type { ProjectRequest } from './project-route';
import { type Upstream, upstreamError } from './upstream';

export async function forwardToMock(req: ProjectRequest, upstream: Upstream): Promise<CompatResponse> {
  if (req.method === 'HEAD') {
    const result = await upstream.send('GET', req.url);
    if (result.status !== 200) return { status: result.status };
    const body = JSON.parse(result.rawJson) as { count?: unknown };
    const found = typeof body.count === 'number' ? body.count > 0 : true;
    return { status: found ? 200 : 404 };
  }
  const result = await upstream.send(req.method, req.url, req.method === 'POST' ? req.rawBody : undefined);
  if (result.status >= 400) throw upstreamError(result.status, result.rawJson, req.path);
  return { status: result.status, rawJson: result.rawJson };
}
