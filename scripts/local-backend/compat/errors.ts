// Error bodies in the shapes the real commercetools API answers with (ErrorResponse and, for
// authentication and authorization, AuthErrorResponse), so clients parse local errors exactly like
// production ones.

export type CtErrorObject = { code: string; message: string; [field: string]: unknown };

/** An error that ends the request with a commercetools-shaped body. */
export class CtError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errors: [CtErrorObject, ...CtErrorObject[]],
    /** OAuth 2.0 fields (`error`, `error_description`) that AuthErrorResponse adds. */
    readonly oauth = false,
  ) {
    super(errors[0].message);
    this.name = 'CtError';
  }

  body(): Record<string, unknown> {
    const first = this.errors[0];
    const base = { statusCode: this.statusCode, message: first.message, errors: this.errors };
    return this.oauth ? { ...base, error: first.code, error_description: first.message } : base;
  }
}

function authError(statusCode: number, code: string, message: string): CtError {
  return new CtError(statusCode, [{ code, message }], true);
}

export const errors = {
  invalidClient: () =>
    authError(401, 'invalid_client', 'Please provide valid client credentials using HTTP Basic Authentication.'),
  invalidRequest: (message: string) => authError(400, 'invalid_request', message),
  unsupportedGrantType: (grantType: string) =>
    authError(400, 'unsupported_grant_type', `Invalid parameter: grant_type: Invalid grant type: ${grantType}`),
  invalidScope: (scope: string) => authError(400, 'invalid_scope', `Invalid scope: ${scope}`),
  missingToken: () =>
    authError(401, 'invalid_token', 'This endpoint requires an access token. You can get one from the authorization server.'),
  invalidToken: () => authError(401, 'invalid_token', 'invalid_token'),
  insufficientScope: (allowedScopes: readonly string[]) =>
    authError(403, 'insufficient_scope', `Insufficient scope. One of the following scopes is missing: ${allowedScopes.join(', ')}.`),

  invalidJson: (detail: string) =>
    new CtError(400, [
      { code: 'InvalidJsonInput', message: 'Request body does not contain valid JSON.', detailedErrorMessage: detail },
    ]),
  invalidInput: (message: string) => new CtError(400, [{ code: 'InvalidInput', message }]),
  invalidOperation: (message: string) => new CtError(400, [{ code: 'InvalidOperation', message }]),
  invalidCredentials: () =>
    new CtError(400, [{ code: 'InvalidCredentials', message: 'Account with the given credentials not found.' }]),
  invalidCurrentPassword: () =>
    new CtError(400, [{ code: 'InvalidCurrentPassword', message: 'The given current password does not match.' }]),
  referencedResourceNotFound: (typeId: string, identifier: string) =>
    new CtError(400, [
      {
        code: 'ReferencedResourceNotFound',
        message: `The referenced object of type '${typeId}' with '${identifier}' was not found. It either doesn't exist, or it can't be accessed from this endpoint (e.g., if the endpoint filters by store or customer account).`,
        typeId,
      },
    ]),
  resourceNotFound: (id: string) =>
    new CtError(404, [{ code: 'ResourceNotFound', message: `The Resource with ID '${id}' was not found.` }]),
  uriNotFound: (path: string) => new CtError(404, [{ code: 'ResourceNotFound', message: `URI not found: ${path}` }]),
  methodNotAllowed: (method: string, path: string) =>
    new CtError(405, [{ code: 'MethodNotAllowed', message: `Method ${method} is not allowed on ${path}.` }]),
  concurrentModification: (id: string, expected: number, current: number) =>
    new CtError(409, [
      {
        code: 'ConcurrentModification',
        message: `Object ${id} has a different version than expected. Expected: ${expected} - Actual: ${current}.`,
        currentVersion: current,
      },
    ]),
  payloadTooLarge: () => new CtError(413, [{ code: 'General', message: 'The request body is too large.' }]),
  general: (message: string) => new CtError(500, [{ code: 'General', message }]),
};
