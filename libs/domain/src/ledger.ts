import type { StoryEvent } from './events';
import type { LedgerArticle, LedgerDevelopment, LedgerReview, StoryLedger } from './state';

/**
 * Applying events to the ledger. A fold works on a private draft (fresh copies of the records),
 * so folding many events costs one copy rather than one per event; callers never see the draft.
 */
export interface LedgerDraft {
  opened: boolean;
  mergedInto: string | null;
  articles: Record<string, LedgerArticle>;
  syndication: Record<string, readonly [string, string]>;
  developments: Record<string, LedgerDevelopment>;
  reviews: Record<string, LedgerReview>;
}

export const draftOf = (ledger: StoryLedger): LedgerDraft => ({
  opened: ledger.opened,
  mergedInto: ledger.mergedInto,
  articles: recordCopy(ledger.articles),
  syndication: recordCopy(ledger.syndication),
  developments: recordCopy(ledger.developments),
  reviews: recordCopy(ledger.reviews),
});

/**
 * A copy of a record keyed by ids, with the same keys in the same order. The engine (V8) gives
 * an object that has had a property deleted a hash table of properties; one that starts as a
 * literal instead gets a new hidden class for every id added, which costs several times more for
 * records of many unique keys like these. Only speed differs.
 */
function recordCopy<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const copy: Record<string, unknown> = { dictionary: 0, mode: 0 };
  delete copy.dictionary;
  delete copy.mode;
  return Object.assign(copy as Record<string, T>, record);
}

/** Applies one event; returns false when the event changes nothing the ledger records. */
export function applyToLedger(draft: LedgerDraft, event: StoryEvent): boolean {
  switch (event.type) {
    case 'StoryOpened':
      draft.opened = true;
      return true;
    case 'ArticleLinked': {
      const { storyId: _s, nearDuplicateOf, ...article } = event.data;
      draft.opened = true;
      draft.articles[article.articleId] = article;
      if (nearDuplicateOf !== null && nearDuplicateOf !== article.articleId) {
        const pair = [article.articleId, nearDuplicateOf].sort() as [string, string];
        draft.syndication[pair.join('|')] = pair;
      }
      return true;
    }
    case 'ClaimReported':
    case 'GiftGiven':
    case 'ClaimConfirmed':
    case 'GiftConfirmed':
    case 'IdentityRevealed':
    case 'ArtistRevealed':
    case 'AuthorRevealed':
    case 'StatementIssued':
    case 'RebukeIssued':
    case 'DenialIssued':
    case 'CorrectionIssued':
    case 'ContradictionNoted':
    case 'ActionTaken': {
      // An outlets' contradiction is derived: the view recomputes it, so the ledger ignores it.
      if ('field' in event.data) return false;
      const { developmentId, articleId, slots, evidence, confidence, occurredAt } = event.data;
      draft.developments[developmentId] = { developmentId, type: event.type, articleId, slots: stringSlots(slots), evidence, confidence, occurredAt };
      return true;
    }
    case 'DevelopmentApproved':
    case 'DevelopmentRejected': {
      const previous = draft.reviews[event.data.developmentId];
      const status = event.type === 'DevelopmentApproved' ? 'approved' : 'rejected';
      const reason = event.type === 'DevelopmentRejected' ? event.data.reason : null;
      draft.reviews[event.data.developmentId] = { status, editor: event.data.editor, reason, slots: previous?.slots ?? null };
      return true;
    }
    case 'DevelopmentAmended':
      draft.reviews[event.data.developmentId] = { status: 'amended', editor: event.data.editor, reason: event.data.reason, slots: event.data.slots };
      return true;
    case 'StoriesMerged':
      draft.mergedInto = event.data.targetStoryId;
      return true;
    // A reread article's link and developments follow this event; its reviews go with the old ones.
    case 'ArticleReread':
    case 'ArticleMoved': {
      const { articleId } = event.data;
      delete draft.articles[articleId];
      for (const [id, development] of Object.entries(draft.developments)) {
        if (development.articleId !== articleId) continue;
        delete draft.developments[id];
        delete draft.reviews[id];
      }
      return true;
    }
    // Derived events: the view recomputes what they announce from the ledger.
    case 'FactCorroborated':
    case 'CorrectionApplied':
      return false;
    default: {
      const unknown: never = event;
      throw new Error(`unknown story event ${JSON.stringify(unknown)}`);
    }
  }
}

/** `definedSlots` for the fold's hot path: the same record (string values, in key order) without the intermediate arrays. */
function stringSlots(slots: object): Record<string, string> {
  const record = slots as Record<string, unknown>;
  const defined: Record<string, string> = {};
  for (const slot of Object.keys(record)) {
    const value = record[slot];
    if (typeof value === 'string') defined[slot] = value;
  }
  return defined;
}
