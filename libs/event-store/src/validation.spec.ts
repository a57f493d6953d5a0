import { InvalidInput } from './errors';
import { assertStreamId, prepareEvents, toJson } from './validation';

const opts = { maxEventBytes: 1024, currentVersion: () => 1 };

describe('event validation', () => {
  it('accepts ordinary JSON and keeps its serialisation', () => {
    const [e] = prepareEvents([{ type: 'GiftGiven', data: { giver: 'Vladimir Putin', at: new Date(0), tags: ['a'], n: 1.5, ok: null } }], opts);
    expect(JSON.parse(e!.data)).toEqual({ giver: 'Vladimir Putin', at: '1970-01-01T00:00:00.000Z', tags: ['a'], n: 1.5, ok: null });
    expect(e!.metadata).toBe('{}');
    expect(e!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(e!.schemaVersion).toBe(1);
  });

  it('drops undefined object properties like JSON does, but refuses undefined in arrays', () => {
    expect(toJson({ a: undefined, b: 1 }, 'data')).toBe('{"b":1}');
    expect(() => toJson([1, undefined], 'data')).toThrow(InvalidInput);
  });

  it('allows well-formed surrogate pairs', () => {
    expect(toJson({ s: '😀' }, 'data')).toBe('{"s":"😀"}');
    expect(() => toJson({ ['k\u0000']: 1 }, 'data')).toThrow(/NUL/);
  });

  it('counts bytes, not characters, against the limit', () => {
    expect(() => prepareEvents([{ type: 'X', data: 'é'.repeat(600) }], opts)).toThrow(expect.objectContaining({ code: 'EVENT_TOO_LARGE', index: 0 }));
    expect(prepareEvents([{ type: 'X', data: 'e'.repeat(600) }], opts)).toHaveLength(1);
  });

  it('refuses duplicate ids within one append and normalises case', () => {
    const id = 'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA';
    expect(prepareEvents([{ id, type: 'X', data: 1 }], opts)[0]!.id).toBe(id.toLowerCase());
    expect(() => prepareEvents([{ id, type: 'X', data: 1 }, { id: id.toLowerCase(), type: 'X', data: 2 }], opts)).toThrow(/twice/);
  });

  it.each([[''], ['a'.repeat(201)], ['tab\there'], ['\u0085'], [42]])('refuses stream id %p', (id) => {
    expect(() => assertStreamId(id)).toThrow(expect.objectContaining({ code: 'INVALID_STREAM_ID' }));
  });

  it('accepts a 200-character stream id with unicode', () => {
    expect(() => assertStreamId('é'.repeat(200))).not.toThrow();
  });
});
