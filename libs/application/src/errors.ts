/**
 * Errors the use cases raise. They carry a transport-neutral kind; the HTTP shell maps kinds to
 * statuses in one place and the CLI prints the message.
 */
export type ErrorKind = 'invalid' | 'unprocessable' | 'not_found' | 'conflict' | 'too_large' | 'unavailable';

export class ApplicationError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApplicationError';
  }
}

export const notFound = (what: string, id: string): ApplicationError =>
  new ApplicationError('not_found', 'NOT_FOUND', `${what} ${id} not found`, { id });

export const invalid = (message: string, details?: Record<string, unknown>): ApplicationError =>
  new ApplicationError('invalid', 'INVALID_INPUT', message, details);
