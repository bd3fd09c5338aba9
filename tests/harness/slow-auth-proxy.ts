// A reverse proxy in front of the local backend that answers token requests only after a delay: a
// slow auth server stretches the boot check, so a server that answered HTTP before the check
// finished would be caught answering.
import { createServer, request, type Server } from 'node:http';
import { listenOnLoopback } from './loopback-server';

export type SlowAuthProxy = { url: string; close: () => Promise<void> };

export async function startSlowAuthProxy(target: string, delayMs: number): Promise<SlowAuthProxy> {
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    const forward = () => {
      const outgoing = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      outgoing.on('error', () => res.destroy());
      req.pipe(outgoing);
    };
    if (req.url?.startsWith('/oauth/token')) setTimeout(forward, delayMs);
    else forward();
  });
  return listenOnLoopback(server);
}
