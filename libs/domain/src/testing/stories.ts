import type { IngestArticle, IngestedArticle } from '../commands';
import type { StoryEvent } from '../events';
import { evolve, initialState } from '../evolve';
import { decide } from '../decide';
import type { StoryState } from '../state';
import type { DatedFact, DevelopmentSlots, DevelopmentType, Finding, PartialDate } from '../taxonomy';

/** Builders for made-up coverage used across the domain specs. */

export const STORY_ID = 'story-falcon';

export function article(articleId: string, fields: Partial<IngestedArticle> = {}): IngestedArticle {
  return { articleId, source: null, publishedAt: null, dateInferred: false, url: null, title: null, nearDuplicateOf: null, ...fields };
}

export function finding<K extends DevelopmentType>(
  type: K,
  data: DevelopmentSlots[K],
  extra: { evidence?: string; confidence?: number; occurredAt?: PartialDate } = {},
): Finding {
  return { type, data, evidence: extra.evidence ?? `evidence for ${type}`, confidence: extra.confidence ?? 0.9, occurredAt: extra.occurredAt ?? null } as Finding;
}

export interface IngestOptions {
  readonly isNewStory?: boolean;
  readonly storyId?: string;
  readonly people?: readonly string[];
  readonly organizations?: readonly string[];
  readonly datedFacts?: readonly DatedFact[];
}

export function ingest(of: IngestedArticle, findings: readonly Finding[], options: IngestOptions = {}): IngestArticle {
  return {
    type: 'IngestArticle',
    data: {
      storyId: options.storyId ?? STORY_ID,
      article: of,
      findings,
      datedFacts: options.datedFacts ?? [],
      entities: { people: [...(options.people ?? [])], organizations: [...(options.organizations ?? [])], places: [], terms: {} },
      isNewStory: options.isNewStory ?? false,
    },
  };
}

/** Runs commands in order through decide + evolve; the first one opens the story. */
export function run(commands: readonly IngestArticle[], storyId: string = STORY_ID): { state: StoryState; events: StoryEvent[] } {
  let state = initialState(storyId);
  const events: StoryEvent[] = [];
  commands.forEach((command, i) => {
    const decided = decide({ ...command, data: { ...command.data, isNewStory: i === 0 } }, state);
    events.push(...decided);
    state = decided.reduce(evolve, state);
  });
  return { state, events };
}

export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** A made-up story: a head of state's gift of a bronze statue to a neighbour's prime minister. */
export const falcon = {
  giver: 'Marta Olsen',
  recipient: 'Idris Kallas',
  envoy: 'Pavel Dunmore',
  spokesperson: 'Lena Hart',
  sculptor: 'Tomasz Reyes',
  giftGiven: (extra: { value?: string; occurredAt?: PartialDate; giver?: string; item?: string } = {}) =>
    finding(
      'GiftGiven',
      {
        giver: extra.giver ?? 'Marta Olsen',
        recipient: 'Idris Kallas',
        item: extra.item ?? 'a bronze falcon statue',
        intermediary: 'Pavel Dunmore',
        ...(extra.value ? { value: extra.value } : {}),
      },
      { occurredAt: extra.occurredAt ?? '2025-02', evidence: 'Olsen gave Kallas a bronze falcon statue' },
    ),
  giftConfirmed: (confirmer = 'Lena Hart', item = 'the falcon statue') =>
    finding('GiftConfirmed', { confirmer, giver: 'Marta Olsen', recipient: 'Idris Kallas', item, intermediary: 'Pavel Dunmore' }, { occurredAt: '2025-03-03' }),
  sculptorRevealed: (person = 'Tomasz Reyes') => finding('ArtistRevealed', { person, work: 'the falcon statue' }, { occurredAt: '2025-04' }),
  rebuke: () => finding('RebukeIssued', { speaker: 'Idris Kallas', target: 'Marta Olsen', quote: 'Marta, enough!' }, { occurredAt: '2025-04-20' }),
  movedQuote: (speaker: string, quote = 'deeply moved') => finding('StatementIssued', { speaker, quote }),
};
