// The in-process @labdigital/commercetools-mock instance everything not handled by the
// compatibility layer is forwarded to, plus direct access to its storage for the few state
// changes the real API makes that have no update action (a cart becoming Ordered or Merged).
import { CommercetoolsMock, InMemoryStorage } from '@labdigital/commercetools-mock';
import type { Product } from '@commercetools/platform-sdk';
import { CtError, type CtErrorObject, errors } from './errors';

export type UpstreamResult = { status: number; rawJson: string };

export type ResourceTypeId = Parameters<InMemoryStorage['get']>[1];

function isErrorObjectList(value: unknown): value is [CtErrorObject, ...CtErrorObject[]] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((e) => typeof e === 'object' && e !== null && typeof (e as CtErrorObject).code === 'string')
  );
}

/**
 * An error answer of the mock as the real API would shape it. The mock's own errors already have
 * the commercetools shape; Fastify's (unknown route) and unexpected exceptions (500 with
 * `{error}`) do not.
 */
export function upstreamError(status: number, rawJson: string, path: string): CtError {
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(rawJson) as Record<string, unknown>;
  } catch {
    // not JSON: handled below like any shapeless error
  }
  if (isErrorObjectList(body.errors)) return new CtError(status, body.errors);
  if (status === 404) return errors.uriNotFound(path);
  const message = typeof body.message === 'string' ? body.message : typeof body.error === 'string' ? body.error : '';
  if (status >= 500) {
    // The mock threw on input it could not process; the real API validates drafts and answers 400.
    return errors.invalidJson(message || 'The request could not be processed.');
  }
  return new CtError(status, [{ code: 'General', message: message || `Request failed with status ${status}.` }]);
}

export class Upstream {
  readonly storage = new InMemoryStorage();
  private readonly mock: CommercetoolsMock;

  constructor(readonly projectKey: string) {
    this.mock = new CommercetoolsMock({
      enableAuthentication: false,
      validateCredentials: false,
      defaultProjectKey: projectKey,
      silent: true,
      // Validate drafts against the API's schemas, as the real API does.
      strict: true,
      storage: this.storage,
    });
  }

  /** Sends a request to the mock. `url` is the full path (with `/{projectKey}`) and query. */
  async send(method: string, url: string, body?: string): Promise<UpstreamResult> {
    const response = await this.mock.app.inject({
      method: method as 'GET',
      url,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      payload: body,
    });
    return { status: response.statusCode, rawJson: response.body };
  }

  /** A JSON call to this project on the mock; error answers are thrown as CtError. */
  async call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const url = `/${this.projectKey}/${path}`;
    const result = await this.send(method, url, body === undefined ? undefined : JSON.stringify(body));
    if (result.status >= 400) throw upstreamError(result.status, result.rawJson, url);
    return JSON.parse(result.rawJson) as T;
  }

  private published: Promise<Product[]> | undefined;

  /**
   * The published Products, read once until a Product changes (productsChanged): the id-only
   * projection queries of a large catalog page through them without a copy per request.
   */
  publishedProducts(): Promise<Product[]> {
    this.published ??= this.all('product').then((all) => (all as Product[]).filter((p) => p.masterData.published));
    return this.published;
  }

  /** Called after anything that may have changed a Product (create, update, delete, direct writes). */
  productsChanged(): void {
    this.published = undefined;
  }

  all<RT extends ResourceTypeId>(typeId: RT) {
    return this.storage.all(this.projectKey, typeId);
  }

  get<RT extends ResourceTypeId>(typeId: RT, id: string) {
    return this.storage.get(this.projectKey, typeId, id);
  }

  getByKey<RT extends ResourceTypeId>(typeId: RT, key: string) {
    return this.storage.getByKey(this.projectKey, typeId, key);
  }

  /**
   * Writes a state change the mock has no update action for, as a new version of the resource
   * (version + 1, lastModifiedAt now), like any change on the real API.
   */
  async writeNewVersion(typeId: ResourceTypeId, id: string, change: (resource: Record<string, unknown>) => void) {
    const current = (await this.storage.get(this.projectKey, typeId, id)) as { version: number } | null;
    if (!current) throw errors.resourceNotFound(id);
    const next = structuredClone(current) as Record<string, unknown>;
    change(next);
    next.version = current.version + 1;
    next.lastModifiedAt = new Date().toISOString();
    await this.storage.add(this.projectKey, typeId, next as never);
  }

  /** Overwrites stored fields without a new version: only for completing a resource being created. */
  async patchStored(typeId: ResourceTypeId, id: string, change: (resource: Record<string, unknown>) => void) {
    const current = await this.storage.get(this.projectKey, typeId, id);
    if (!current) throw errors.resourceNotFound(id);
    const next = structuredClone(current) as unknown as Record<string, unknown>;
    change(next);
    await this.storage.add(this.projectKey, typeId, next as never);
  }

  async close(): Promise<void> {
    await this.mock.app.close();
  }
}
