import { UpcastError } from './errors';

/** Turns `data` stored at `fromVersion` into the shape of `fromVersion + 1`. */
export type Upcaster = (data: any, event: { type: string; schemaVersion: number }) => unknown;

/**
 * Per event type, a chain of one-step upcasters. The current version of a type is one past the
 * highest registered step (1 when none); reads bring every stored version up to it, and appends
 * without an explicit schemaVersion are stamped with it.
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Map<number, Upcaster>>();

  register(type: string, fromVersion: number, upcaster: Upcaster): this {
    if (!Number.isSafeInteger(fromVersion) || fromVersion < 1) throw new UpcastError(`fromVersion must be a positive integer`);
    let chain = this.steps.get(type);
    if (!chain) this.steps.set(type, (chain = new Map()));
    if (chain.has(fromVersion)) throw new UpcastError(`${type} already has an upcaster from version ${fromVersion}`);
    chain.set(fromVersion, upcaster);
    return this;
  }

  /** Whether any upcaster is registered for the type (reads skip the rest). */
  handles(type: string): boolean {
    return this.steps.has(type);
  }

  currentVersion(type: string): number {
    const chain = this.steps.get(type);
    return chain ? Math.max(...chain.keys()) + 1 : 1;
  }

  /** Versions newer than known are passed through untouched (written by a newer release). */
  upcast(type: string, schemaVersion: number, data: unknown): { schemaVersion: number; data: unknown } {
    const chain = this.steps.get(type);
    if (!chain) return { schemaVersion, data };
    const target = this.currentVersion(type);
    let version = schemaVersion;
    while (version < target) {
      const step = chain.get(version);
      if (!step) throw new UpcastError(`${type}: no upcaster from version ${version}`);
      try {
        data = step(data, { type, schemaVersion: version });
      } catch (error) {
        throw new UpcastError(`${type}: upcaster from version ${version} failed`, { cause: error });
      }
      version += 1;
    }
    return { schemaVersion: version, data };
  }
}
