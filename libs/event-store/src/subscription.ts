import type { Notifier } from '@storyline/db';

export interface Subscription {
  /** Position of the last event handled. */
  readonly position: number;
  /** True once a read came back short of a full batch (reached the fence). */
  readonly caughtUp: boolean;
  /** Settles when the subscription stops; rejects with the handler's error if it failed. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

export interface PollOptions {
  batchSize: number;
  pollIntervalMs: number;
  signal?: AbortSignal;
  notifier?: Notifier;
  channel: string;
}

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
 * or the poll interval (live). Polling covers lost notifications and a fence held back by an
 * open transaction.
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
      while (!signal.aborted) {
        const { count, position } = await step(state.position);
        state.position = position;
        if (count >= opts.batchSize) continue;
        state.caughtUp = true;
        await waker.wait(opts.pollIntervalMs, signal);
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
