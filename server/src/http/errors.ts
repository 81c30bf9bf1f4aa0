/** One named field and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An error that becomes the contract's `{error: {code, message, details}}` answer. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: FieldProblem[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 400 for one bad field, named. */
export function badField(field: string, message: string): HttpError {
  return new HttpError(400, 'validation_failed', `${field}: ${message}`, [{ field, message }]);
}

/** 401: not signed in. */
export function unauthorized(message = 'Sign in first'): HttpError {
  return new HttpError(401, 'unauthorized', message);
}

/** 403: signed in, but not allowed. Only for records the user may see. */
export function forbidden(message = 'You are not allowed to do this'): HttpError {
  return new HttpError(403, 'forbidden', message);
}

/** 404: missing, or not visible to this user; the two are indistinguishable on purpose. */
export function notFound(what = 'Record'): HttpError {
  return new HttpError(404, 'not_found', `${what} not found`);
}

/** 409: a state conflict the client can resolve (reload, pick another value). */
export function conflict(code: string, message: string, details?: FieldProblem[]): HttpError {
  return new HttpError(409, code, message, details);
}

/** 409 for an update based on an old `version`. */
export function staleVersion(): HttpError {
  return conflict('stale_version', 'The record was changed by someone else; reload it and try again', [
    { field: 'version', message: 'stale' },
  ]);
}
