// A loopback port that stands for a tunnel to a real commercetools project: it forwards every
// request to `target` (so tokens, scopes and API calls work), except the local backend's own
// `/__local/*` routes, which it answers like the real API answers an unknown path (404).
import { createServer, request, type Server } from 'node:http';
import { listenOnLoopback } from './loopback-server';

export type LoopbackTunnel = { url: string; close: () => Promise<void> };

export async function startLoopbackTunnel(target: string): Promise<LoopbackTunnel> {
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/__local/')) {
      const message = `The Resource with path '${req.url}' was not found.`;
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 404, message, errors: [{ code: 'ResourceNotFound', message }] }));
      return;
    }
    const outgoing = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    outgoing.on('error', () => res.destroy());
    req.pipe(outgoing);
  });
  return listenOnLoopback(server);
}
