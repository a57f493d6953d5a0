import type { LinkedEntities, ContradictionField, ContradictionValue } from './events';
import type { DatedFact, DevelopmentType, PartialDate } from './taxonomy';

/**
 * Story state = a ledger of what was observed (articles, developments, editor reviews) plus a
 * view derived from the ledger alone. The ledger holds sets keyed by id, and every derived
 * figure (first report, corroborations, contradictions, corrections) is recomputed from those
 * sets, so the state does not depend on the order articles arrived in.
 */

export interface LedgerArticle {
  readonly articleId: string;
  readonly source: string | null;
  readonly publishedAt: PartialDate;
  readonly dateInferred: boolean;
  readonly url: string | null;
  readonly title: string | null;
  readonly entities: LinkedEntities;
  readonly datedFacts: readonly DatedFact[];
}

export interface LedgerDevelopment {
  readonly developmentId: string;
  readonly type: DevelopmentType;
  readonly articleId: string;
  readonly slots: Readonly<Record<string, string>>;
  readonly evidence: string;
  readonly confidence: number;
  readonly occurredAt: PartialDate;
}

export type ReviewStatus = 'pending' | 'approved' | 'rejected' | 'amended';

export interface LedgerReview {
  readonly status: Exclude<ReviewStatus, 'pending'>;
  readonly editor: string;
  readonly reason: string | null;
  /** Amended slots; kept when a later review approves the amended development. */
  readonly slots: Readonly<Record<string, string>> | null;
}

export interface StoryLedger {
  readonly opened: boolean;
  readonly mergedInto: string | null;
  readonly articles: Readonly<Record<string, LedgerArticle>>;
  /** Near-duplicate links as unordered pairs keyed `a|b` (a < b): which side is the copy is decided by date, not arrival. */
  readonly syndication: Readonly<Record<string, readonly [string, string]>>;
  readonly developments: Readonly<Record<string, LedgerDevelopment>>;
  readonly reviews: Readonly<Record<string, LedgerReview>>;
}

export interface ArticleSummary {
  readonly articleId: string;
  readonly source: string | null;
  readonly publishedAt: PartialDate;
  readonly dateInferred: boolean;
  readonly url: string | null;
  readonly title: string | null;
  /** The earliest article of its syndication cluster when this one is a copy, else null. */
  readonly nearDuplicateOf: string | null;
}

export interface FactSource {
  readonly articleId: string;
  readonly developmentId: string;
  readonly outlet: string | null;
  /** The article's date, or the development's own date for an undated article. */
  readonly date: PartialDate;
  /** False for a syndicated copy or a second article from an outlet already counted. */
  readonly independent: boolean;
  /** False when this source attributes a quote to someone else than most outlets do (see contradictions). */
  readonly agrees: boolean;
  readonly evidence: string;
  readonly confidence: number;
}

export interface CorrectionRecord {
  readonly factKey: string;
  readonly field: string;
  readonly from: string;
  readonly to: string;
  /** The article carrying the correction. */
  readonly articleId: string;
}

export interface Fact {
  readonly factKey: string;
  /** The most specific type any source reported it as. */
  readonly type: DevelopmentType;
  /** Slots of the earliest source (amended and corrected), party names resolved to full names. */
  readonly slots: Readonly<Record<string, string>>;
  readonly occurredAt: PartialDate;
  /** In coverage order: by date, then article id. */
  readonly sources: readonly FactSource[];
  readonly firstReported: Readonly<{ articleId: string; source: string | null; date: PartialDate }>;
  /** Distinct independent, agreeing outlets reporting the fact, the first reporter included. */
  readonly independentOutlets: number;
  /** Independent outlets besides the first reporter. */
  readonly corroborations: number;
  readonly reviewStatus: Exclude<ReviewStatus, 'rejected'>;
  readonly corrections: readonly CorrectionRecord[];
  readonly developmentIds: readonly string[];
}

export interface Contradiction {
  readonly field: ContradictionField;
  readonly factKey: string;
  readonly subject: string;
  /** Side by side, in coverage order of each value's first article. */
  readonly values: readonly ContradictionValue[];
}

export interface StoryView {
  readonly storyId: string;
  readonly title: string;
  readonly articles: readonly ArticleSummary[];
  readonly facts: readonly Fact[];
  readonly contradictions: readonly Contradiction[];
  readonly corrections: readonly CorrectionRecord[];
  readonly people: readonly string[];
  readonly organizations: readonly string[];
  /** The latest article date; null when no article is dated. */
  readonly lastUpdated: PartialDate;
  readonly mergedInto: string | null;
}

export interface StoryState extends StoryView {
  readonly ledger: StoryLedger;
}

export const emptyLedger = (): StoryLedger => ({
  opened: false,
  mergedInto: null,
  articles: {},
  syndication: {},
  developments: {},
  reviews: {},
});

/** The served shape: the state without its ledger. */
export function storyView(state: StoryState): StoryView {
  const { ledger: _ledger, ...view } = state;
  return view;
}
