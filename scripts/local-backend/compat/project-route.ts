// What the handlers of /{projectKey}/... calls receive, and how they plug into the server.
import type { CompatRequest, CompatResponse } from './http';
import type { KeyedLock } from './keyed-lock';
import type { IssuedToken } from './token-store';
import type { Upstream } from './upstream';

export type ProjectRequest = CompatRequest & {
  projectKey: string;
  /** Set for `/{projectKey}/in-store/key={storeKey}/...` calls. */
  storeKey?: string;
  /** Decoded path segments after the project key (and after the in-store prefix). */
  segments: string[];
  token: IssuedToken;
  /** The parsed JSON object of a POST; undefined for other methods. */
  body: Record<string, unknown> | undefined;
};

export type BackendContext = {
  upstream: Upstream;
  locks: KeyedLock;
  /** Hands the request to the mock unchanged; error answers are thrown as CtError. */
  forward(req: ProjectRequest): Promise<CompatResponse>;
};

/** A compatibility handler for some project calls; everything unmatched goes to the mock. */
export type ProjectRoute = {
  name: string;
  matches(req: ProjectRequest): boolean;
  handle(req: ProjectRequest, ctx: BackendContext): Promise<CompatResponse>;
};
