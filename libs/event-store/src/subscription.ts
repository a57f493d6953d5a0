import type { Notifier } from '@storyline/db';

export interface Subscription {
  /** Position of the last event handled. */
  readonly position: number;
  /** True once everything committed so far has been handled (last read short, head reached). */
  readonly caughtUp: boolean;
  /** Settles when the subscription stops; rejects with the handler's error if it failed. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

export interface PollOptions {
  batchSize: number;
  pollIntervalMs: number;
  /** Whether committed events exist after `position` (the head is further on). */
  behind: (position: number) => Promise<boolean>;
  signal?: AbortSignal;
  notifier?: Notifier;
  channel: string;
}

const MIN_BACKOFF_MS = 10;

/** Resolves waits early when a notification arrives; one arriving mid-batch is remembered. */
class Waker {
  private pending = false;
  private wakeUp?: () => void;

  poke = (): void => {
    if (this.wakeUp) this.wakeUp();
    else this.pending = true;
  };

  wait(ms: number, signal: AbortSignal): Promise<void> {
    if (this.pending || signal.aborted) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done);
      this.wakeUp = done;
    });
  }
}

/**
 * Runs `step` (read a batch after `position`, handle it, return how many and the new position)
 * until stopped: straight on while batches are full (catch-up), then waits for a notification
 * or the poll interval (live). A short read is not proof of being caught up: when the head is
 * further on, the fence is held by an older open transaction, so it retries soon, backing off.
 * Polling also covers lost notifications.
 */
export function runSubscription(
  from: number,
  step: (after: number) => Promise<{ count: number; position: number }>,
  opts: PollOptions,
): Subscription {
  const controller = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, controller.signal]) : controller.signal;
  const waker = new Waker();
  const state = { position: from, caughtUp: false };

  const loop = async () => {
    const unlisten = opts.notifier ? await opts.notifier.listen(opts.channel, waker.poke).catch(() => undefined) : undefined;
    try {
      let backoff = MIN_BACKOFF_MS;
      while (!signal.aborted) {
        const { count, position } = await step(state.position);
        state.position = position;
        if (count >= opts.batchSize) continue;
        const behind = await opts.behind(position);
        state.caughtUp = !behind;
        if (behind) backoff = Math.min(backoff * 2, opts.pollIntervalMs);
        else backoff = MIN_BACKOFF_MS;
        await waker.wait(behind ? backoff : opts.pollIntervalMs, signal);
      }
    } finally {
      await unlisten?.().catch(() => undefined);
    }
  };
  const done = loop();
  done.catch(() => undefined); // observed through `done`; avoid an unhandled rejection
  return {
    get position() {
      return state.position;
    },
    get caughtUp() {
      return state.caughtUp;
    },
    done,
    stop: async () => {
      controller.abort();
      await done.catch(() => undefined);
    },
  };
}
