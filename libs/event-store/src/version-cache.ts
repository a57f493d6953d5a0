/**
 * Stream versions this process has seen committed. Events are never deleted, so "version n of
 * stream s exists" stays true once observed, and an exact-version append whose expected version
 * is known to exist can skip the statement's existence probe: the unique (stream_id,
 * stream_version) index alone still stops a stale writer, and no gap can open. The probe costs
 * an index lookup plus a heap visit on a freshly written page, a fifth of a single append's
 * time under concurrency. Bounded; the oldest streams are forgotten first.
 */
export class VersionCache {
  private readonly versions = new Map<string, number>();

  constructor(private readonly capacity = 10_000) {}

  /** Whether version `version` of the stream is known to exist (committed). */
  has(streamId: string, version: number): boolean {
    return (this.versions.get(streamId) ?? 0) >= version;
  }

  /** Record that the stream has reached at least `version`, as committed data. */
  note(streamId: string, version: number): void {
    const known = this.versions.get(streamId);
    if (known !== undefined && known >= version) return;
    this.versions.delete(streamId);
    this.versions.set(streamId, version);
    if (this.versions.size > this.capacity) this.versions.delete(this.versions.keys().next().value!);
  }
}
