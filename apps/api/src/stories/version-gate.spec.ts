import { VersionGate } from './version-gate';

/** A read we can finish by hand, recording which keys each read was asked for. */
function manualReads() {
  const reads: { keys: string[]; finish(values: Record<string, number>): void; fail(error: Error): void }[] = [];
  const read = (keys: string[]) =>
    new Promise<Map<string, number>>((resolve, reject) => {
      reads.push({ keys, finish: (values) => resolve(new Map(Object.entries(values))), fail: reject });
    });
  return { reads, read };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('VersionGate', () => {
  it('answers every caller of a batch from one read', async () => {
    const { reads, read } = manualReads();
    const gate = new VersionGate(read);
    const a = gate.get('s1');
    const b = gate.get('s1');
    await tick();
    expect(reads).toHaveLength(1);
    reads[0]!.finish({ s1: 4 });
    expect(await Promise.all([a, b])).toEqual([4, 4]);
  });

  it('never answers a caller from a read that started before it arrived', async () => {
    const { reads, read } = manualReads();
    const gate = new VersionGate(read);
    const early = gate.get('s1');
    await tick();
    // Arrives while the first read is in flight: the story may have changed since it started.
    const late = gate.get('s1');
    const other = gate.get('s2');
    expect(reads).toHaveLength(1);
    expect(reads[0]!.keys).toEqual(['s1']);
    reads[0]!.finish({ s1: 4 });
    expect(await early).toBe(4);
    await tick();
    expect(reads).toHaveLength(2);
    expect(reads[1]!.keys).toEqual(['s1', 's2']);
    reads[1]!.finish({ s1: 5 });
    expect(await late).toBe(5);
    expect(await other).toBeUndefined();
  });

  it('passes a failed read to its callers and keeps serving later ones', async () => {
    const { reads, read } = manualReads();
    const gate = new VersionGate(read);
    const failed = gate.get('s1');
    await tick();
    reads[0]!.fail(new Error('database down'));
    await expect(failed).rejects.toThrow('database down');
    const next = gate.get('s1');
    await tick();
    reads[1]!.finish({ s1: 1 });
    expect(await next).toBe(1);
  });

  it('splits a large queue into batches of at most maxBatch keys', async () => {
    const { reads, read } = manualReads();
    const gate = new VersionGate(read, { maxBatch: 2, concurrency: 1 });
    const first = gate.get('x');
    await tick();
    const waiting = ['a', 'b', 'c'].map((k) => gate.get(k));
    reads[0]!.finish({});
    await first;
    await tick();
    expect(reads[1]!.keys).toEqual(['a', 'b']);
    reads[1]!.finish({ a: 1, b: 2 });
    await tick();
    expect(reads[2]!.keys).toEqual(['c']);
    reads[2]!.finish({ c: 3 });
    expect(await Promise.all(waiting)).toEqual([1, 2, 3]);
  });
});
