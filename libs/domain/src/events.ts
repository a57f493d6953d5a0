import type { DatedFact, DevelopmentSlots, DevelopmentType, PartialDate } from './taxonomy';
import { DEVELOPMENT_TYPES } from './taxonomy';

/**
 * Story events: readonly `{ type, data }` records, past tense. Development events carry one of
 * the 13 taxonomy types; the rest are decided by the domain from what the story already knows.
 */

export type StoryOpened = Readonly<{
  type: 'StoryOpened';
  data: Readonly<{ storyId: string; title: string; openedBy: string }>;
}>;

export interface LinkedEntities {
  readonly people: readonly string[];
  readonly organizations: readonly string[];
  readonly places: readonly string[];
}

export type ArticleLinked = Readonly<{
  type: 'ArticleLinked';
  data: Readonly<{
    storyId: string;
    articleId: string;
    source: string | null;
    /** Publication date, or the date inferred from the text when `dateInferred`; null when unknown. */
    publishedAt: PartialDate;
    dateInferred: boolean;
    url: string | null;
    title: string | null;
    /** The article this one is a syndicated near-copy of, as detected at ingestion. */
    nearDuplicateOf: string | null;
    /** Who and what the article names; the story's people and organisations are folded from these. */
    entities: LinkedEntities;
    /** Dates and amounts the article gives for things outlets may disagree on. */
    datedFacts: readonly DatedFact[];
  }>;
}>;

export type DevelopmentData<K extends DevelopmentType> = Readonly<{
  /** Deterministic: `${articleId}:${index of the finding}`. */
  developmentId: string;
  articleId: string;
  slots: Readonly<DevelopmentSlots[K]>;
  evidence: string;
  confidence: number;
  occurredAt: PartialDate;
  /** The fact this development reports, as the story resolved it when deciding. */
  factKey: string;
}>;

export type DevelopmentEvent = {
  [K in DevelopmentType]: Readonly<{ type: K; data: DevelopmentData<K> }>;
}[DevelopmentType];

export type DevelopmentEventOf<K extends DevelopmentType> = Extract<DevelopmentEvent, { type: K }>;

export type FactCorroborated = Readonly<{
  type: 'FactCorroborated';
  /** `independent: false` for a syndicated copy or an outlet that already reported the fact. */
  data: Readonly<{ factKey: string; articleId: string; developmentId: string; independent: boolean }>;
}>;

export type ContradictionField = 'date' | 'amount' | 'speaker';

export interface ContradictionValue {
  readonly value: string;
  readonly articleIds: readonly string[];
}

/**
 * Outlets disagree. Shares its type name with the taxonomy's `ContradictionNoted` development
 * (an article itself reporting two accounts); this one is told apart by its `field`.
 */
export type OutletsContradicted = Readonly<{
  type: 'ContradictionNoted';
  data: Readonly<{
    field: ContradictionField;
    /** The fact disagreed on; `dated:<subject>` for a dated subject that is not a development ("when the attack happened"). */
    factKey: string;
    subject: string;
    values: readonly ContradictionValue[];
  }>;
}>;

export type CorrectionApplied = Readonly<{
  type: 'CorrectionApplied';
  /** `factKey` is a development fact's key, or `dated:<subject>` for a dated fact. */
  data: Readonly<{ factKey: string; field: string; from: string; to: string; articleId: string }>;
}>;

export type DevelopmentApproved = Readonly<{ type: 'DevelopmentApproved'; data: Readonly<{ developmentId: string; editor: string }> }>;

export type DevelopmentRejected = Readonly<{
  type: 'DevelopmentRejected';
  data: Readonly<{ developmentId: string; editor: string; reason: string | null }>;
}>;

export type DevelopmentAmended = Readonly<{
  type: 'DevelopmentAmended';
  /** `slots` is the full amended slot set, not a patch. */
  data: Readonly<{ developmentId: string; editor: string; slots: Readonly<Record<string, string>>; reason: string | null }>;
}>;

export type StoriesMerged = Readonly<{ type: 'StoriesMerged'; data: Readonly<{ sourceStoryId: string; targetStoryId: string; editor: string }> }>;

export type ArticleMoved = Readonly<{
  type: 'ArticleMoved';
  data: Readonly<{ articleId: string; fromStoryId: string; toStoryId: string; editor: string }>;
}>;

/**
 * An article of the story read again with what the story now knows (an undated article placed
 * against dates that arrived after it): its link and developments are replaced by those that
 * follow this event.
 */
export type ArticleReread = Readonly<{ type: 'ArticleReread'; data: Readonly<{ articleId: string; storyId: string }> }>;

export type StoryEvent =
  | StoryOpened
  | ArticleLinked
  | DevelopmentEvent
  | FactCorroborated
  | OutletsContradicted
  | CorrectionApplied
  | DevelopmentApproved
  | DevelopmentRejected
  | DevelopmentAmended
  | StoriesMerged
  | ArticleMoved
  | ArticleReread;

export type StoryEventType = StoryEvent['type'];

/** Schema version of each event type's `data`, for the store's envelope; bump with an upcaster. */
export const STORY_EVENT_SCHEMA_VERSIONS: Readonly<Record<StoryEventType, number>> = {
  StoryOpened: 1,
  ArticleLinked: 1,
  ...(Object.fromEntries(DEVELOPMENT_TYPES.map((type) => [type, 1])) as Record<DevelopmentType, number>),
  FactCorroborated: 1,
  ContradictionNoted: 1,
  CorrectionApplied: 1,
  DevelopmentApproved: 1,
  DevelopmentRejected: 1,
  DevelopmentAmended: 1,
  StoriesMerged: 1,
  ArticleMoved: 1,
  ArticleReread: 1,
};

export const STORY_EVENT_TYPES = Object.keys(STORY_EVENT_SCHEMA_VERSIONS) as StoryEventType[];

export function isOutletsContradiction(event: StoryEvent): event is OutletsContradicted {
  return event.type === 'ContradictionNoted' && 'field' in event.data;
}

export function isDevelopmentEvent(event: StoryEvent): event is DevelopmentEvent {
  return (DEVELOPMENT_TYPES as readonly string[]).includes(event.type) && !isOutletsContradiction(event);
}

/** The article an event is about, when it is about one. */
export function articleOf(event: StoryEvent): string | null {
  if (event.type === 'ArticleLinked' || event.type === 'FactCorroborated' || event.type === 'CorrectionApplied') return event.data.articleId;
  if (event.type === 'ArticleMoved' || event.type === 'ArticleReread') return event.data.articleId;
  return isDevelopmentEvent(event) ? event.data.articleId : null;
}
