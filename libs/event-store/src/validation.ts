import { InvalidInput } from './errors';
import type { EventMetadata, NewEvent } from './types';
import { uuidv7 } from './uuid';

export const MAX_STREAM_ID_LENGTH = 200;
export const MAX_EVENTS_PER_APPEND = 65536;
export const DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;

const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
const TYPE_NAME = /^[A-Za-z][A-Za-z0-9_.:-]{0,127}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Characters jsonb refuses: NUL, and surrogates (checked precisely only when one is present). */
const SUSPECT = /[\u0000\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** An event validated and serialised once, ready for the insert. */
export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
}

export function assertStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string' || streamId.length === 0 || streamId.length > MAX_STREAM_ID_LENGTH || CONTROL_CHARS.test(streamId)) {
    throw new InvalidInput('INVALID_STREAM_ID', `stream id must be 1-${MAX_STREAM_ID_LENGTH} characters without control characters`);
  }
}

function badString(s: string): boolean {
  return SUSPECT.test(s) && (s.includes('\u0000') || LONE_SURROGATE.test(s));
}

/**
 * What JSON.stringify would silently drop or change (functions, symbols, NaN, undefined in
 * arrays), what it throws on (BigInt, cycles), and what jsonb rejects (NUL, lone surrogates).
 * A plain walk before a plain stringify: much cheaper than a replacer called for every key.
 */
function problemIn(value: unknown, ancestors: object[]): string | undefined {
  switch (typeof value) {
    case 'string':
      return badString(value) ? 'a string with NUL or a lone surrogate' : undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : String(value);
    case 'boolean':
      return undefined;
    case 'object': {
      if (value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return undefined;
      if (value instanceof Map || value instanceof Set) return `a ${value.constructor.name} (JSON would drop its entries)`;
      if (ancestors.includes(value)) return 'a cycle';
      ancestors.push(value);
      if (Array.isArray(value)) {
        for (const item of value) {
          const problem = item === undefined ? 'undefined in an array' : problemIn(item, ancestors);
          if (problem) return problem;
        }
      } else {
        for (const key of Object.keys(value)) {
          if (badString(key)) return 'a key with NUL or a lone surrogate';
          const item = (value as Record<string, unknown>)[key];
          const problem = item === undefined ? undefined : problemIn(item, ancestors);
          if (problem) return `${problem} at ${JSON.stringify(key)}`;
        }
      }
      ancestors.pop();
      return undefined;
    }
    default:
      return `a ${typeof value}`;
  }
}

export function toJson(value: unknown, what: string, index?: number): string {
  const problem = value === undefined ? 'undefined' : problemIn(value, []);
  if (problem) throw new InvalidInput('NOT_SERIALISABLE', `${what} is not JSON-serialisable: ${problem}`, index);
  try {
    return JSON.stringify(value);
  } catch (error) {
    // A toJSON method that throws, or returns something JSON cannot hold.
    throw new InvalidInput('NOT_SERIALISABLE', `${what} is not JSON-serialisable: ${error instanceof Error ? error.message : String(error)}`, index);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function prepareEvents(
  events: readonly NewEvent[],
  opts: { maxEventBytes: number; currentVersion: (type: string) => number },
): PreparedEvent[] {
  if (!Array.isArray(events) || events.length === 0) throw new InvalidInput('EMPTY_EVENT_LIST', 'append needs at least one event');
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw new InvalidInput('TOO_MANY_EVENTS', `at most ${MAX_EVENTS_PER_APPEND} events per transaction`);
  }
  const ids = new Set<string>();
  return events.map((event, i) => {
    if (!isPlainObject(event)) throw new InvalidInput('INVALID_EVENT', 'each event must be an object', i);
    const { type, schemaVersion, metadata } = event;
    if (typeof type !== 'string' || !TYPE_NAME.test(type)) {
      throw new InvalidInput('INVALID_EVENT_TYPE', `event type must match ${TYPE_NAME}`, i);
    }
    const rawId: unknown = event.id ?? uuidv7();
    if (typeof rawId !== 'string' || !UUID.test(rawId)) throw new InvalidInput('INVALID_EVENT_ID', 'event id must be a uuid', i);
    const id = rawId.toLowerCase();
    if (ids.has(id)) throw new InvalidInput('INVALID_EVENT_ID', `event id ${id} appears twice in one append`, i);
    ids.add(id);
    const version = schemaVersion ?? opts.currentVersion(type);
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1 || version > 2 ** 31 - 1) {
      throw new InvalidInput('INVALID_EVENT', 'schemaVersion must be a positive integer', i);
    }
    if (metadata !== undefined && !isPlainObject(metadata)) throw new InvalidInput('INVALID_EVENT', 'metadata must be an object', i);
    const data = toJson(event.data, 'data', i);
    const meta = metadata === undefined ? '{}' : toJson(metadata as EventMetadata, 'metadata', i);
    // Byte length is at most 3 × UTF-16 length: skip the exact count for small events.
    if ((data.length + meta.length) * 3 > opts.maxEventBytes && Buffer.byteLength(data) + Buffer.byteLength(meta) > opts.maxEventBytes) {
      throw new InvalidInput('EVENT_TOO_LARGE', `event exceeds ${opts.maxEventBytes} bytes of JSON`, i);
    }
    return { id, type, schemaVersion: version, data, metadata: meta };
  });
}
