import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { storyIdOfStream } from '@storyline/application';
import { EventStore, type RecordedEvent, type Subscription } from '@storyline/event-store';
import { Observable, Subject, filter, finalize, map, share } from 'rxjs';

export interface StoryUpdate {
  storyId: string;
  position: number;
  type: string;
  data: unknown;
}

/**
 * One tail of the log per process, shared by every SSE client; it starts with the first client and
 * stops with the last, and only carries story events from the moment it started.
 */
@Injectable()
export class LiveFeed implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveFeed');
  private subscription?: Subscription;
  private readonly feed: Observable<StoryUpdate>;

  constructor(private readonly store: EventStore) {
    const subject = new Subject<StoryUpdate>();
    this.feed = new Observable<StoryUpdate>((subscriber) => {
      const inner = subject.subscribe(subscriber);
      if (!this.subscription) void this.start(subject);
      return () => inner.unsubscribe();
    }).pipe(
      finalize(() => void this.stop()),
      share(),
    );
  }

  updates(storyId?: string): Observable<StoryUpdate> {
    return storyId ? this.feed.pipe(filter((u) => u.storyId === storyId)) : this.feed;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  private async start(subject: Subject<StoryUpdate>): Promise<void> {
    const head = await this.store.headPosition();
    this.subscription = this.store.subscribe({
      from: head,
      pollIntervalMs: 500,
      handler: (events: RecordedEvent[]) => {
        for (const e of events) {
          const storyId = storyIdOfStream(e.streamId);
          if (storyId) subject.next({ storyId, position: e.position, type: e.type, data: e.data });
        }
      },
    });
    this.subscription.done.catch((error: Error) => this.logger.error(`live feed stopped: ${error.message}`));
  }

  private async stop(): Promise<void> {
    const s = this.subscription;
    this.subscription = undefined;
    await s?.stop().catch(() => undefined);
  }
}

export const toMessage = map((u: StoryUpdate) => ({ id: String(u.position), type: u.type, data: u }));
