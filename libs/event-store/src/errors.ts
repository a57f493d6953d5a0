/**
 * Base of every event-store error; `code` is stable and maps to an HTTP status upstream.
 * Codes without a subclass: CONCURRENT_APPEND (lost a race inside a caller's transaction, which
 * is now aborted: retry it; 409), TOO_MANY_EVENTS, POSITION_OUT_OF_RANGE, APPEND_FAILED.
 */
export class StoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The stream is not at the version the caller expected (HTTP 409). */
export class WrongExpectedVersion extends StoreError {
  constructor(
    readonly streamId: string,
    readonly expected: 'no_stream' | number,
    /** null when the stream does not exist. */
    readonly actual: number | null,
  ) {
    super('WRONG_EXPECTED_VERSION', `stream ${JSON.stringify(streamId)} is at version ${actual ?? 'none'}, expected ${expected}`);
  }
}

/** Input rejected before anything was written (HTTP 400). */
export class InvalidInput extends StoreError {
  constructor(
    code: 'INVALID_STREAM_ID' | 'EMPTY_EVENT_LIST' | 'INVALID_EVENT' | 'INVALID_EVENT_TYPE' | 'INVALID_EVENT_ID' | 'NOT_SERIALISABLE' | 'EVENT_TOO_LARGE' | 'TOO_MANY_EVENTS',
    message: string,
    /** Index of the offending event in the append call, when there is one. */
    readonly index?: number,
  ) {
    super(code, message);
  }
}

/** Some (not all) of the event ids already exist, or exist in another stream (HTTP 409). */
export class DuplicateEventId extends StoreError {
  constructor(
    readonly streamId: string,
    readonly ids: string[],
  ) {
    super('DUPLICATE_EVENT_ID', `event ids already used: ${ids.join(', ')}`);
  }
}

/** A stored event cannot be brought to its current schema version. */
export class UpcastError extends StoreError {
  constructor(message: string, options?: ErrorOptions) {
    super('UPCAST_FAILED', message, options);
  }
}
