/**
 * The public event taxonomy (DESIGN.md). Development events are what an article reports;
 * slot values are names exactly as the text gives them (resolved to the full name the story knows).
 */

export const DEVELOPMENT_TYPES = [
  'ClaimReported',
  'GiftGiven',
  'ClaimConfirmed',
  'GiftConfirmed',
  'IdentityRevealed',
  'ArtistRevealed',
  'AuthorRevealed',
  'StatementIssued',
  'RebukeIssued',
  'DenialIssued',
  'CorrectionIssued',
  'ContradictionNoted',
  'ActionTaken',
] as const;

export type DevelopmentType = (typeof DEVELOPMENT_TYPES)[number];

/** Specific types refine a general one; an evaluator may count a specific hit as its general type. */
export const REFINES: Partial<Record<DevelopmentType, DevelopmentType>> = {
  GiftGiven: 'ClaimReported',
  GiftConfirmed: 'ClaimConfirmed',
  ArtistRevealed: 'IdentityRevealed',
  AuthorRevealed: 'IdentityRevealed',
  RebukeIssued: 'StatementIssued',
};

export interface DevelopmentSlots {
  ClaimReported: { claim: string; reportedBy: string };
  GiftGiven: { giver: string; recipient: string; item: string; intermediary?: string; value?: string };
  ClaimConfirmed: { confirmer: string; claim: string; via?: string };
  GiftConfirmed: { confirmer: string; giver: string; recipient: string; item: string; intermediary?: string };
  IdentityRevealed: { person: string; role: string; work?: string; revealedBy?: string };
  ArtistRevealed: { person: string; work: string; revealedBy?: string };
  AuthorRevealed: { person: string; work: string; revealedBy?: string };
  StatementIssued: { speaker: string; quote: string; topic?: string };
  RebukeIssued: { speaker: string; target: string; quote?: string };
  DenialIssued: { speaker: string; claim: string };
  CorrectionIssued: { publisher: string; claim: string; wrong?: string; right?: string };
  ContradictionNoted: { claim: string; accountA: string; accountB: string };
  ActionTaken: { agent: string; action: string; object: string };
}

/** The slot an evaluator keys on for each type (who did it). */
export const KEY_SLOT: Record<DevelopmentType, string> = {
  ClaimReported: 'reportedBy',
  GiftGiven: 'giver',
  ClaimConfirmed: 'confirmer',
  GiftConfirmed: 'confirmer',
  IdentityRevealed: 'person',
  ArtistRevealed: 'person',
  AuthorRevealed: 'person',
  StatementIssued: 'speaker',
  RebukeIssued: 'speaker',
  DenialIssued: 'speaker',
  CorrectionIssued: 'publisher',
  ContradictionNoted: 'claim',
  ActionTaken: 'agent',
};

/**
 * A date as precise as the text allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `null` when unknown.
 * Never defaulted to "today".
 */
export type PartialDate = string | null;

/** What extraction finds in one article: a development event minus the article and story ids. */
export type Finding = {
  [K in DevelopmentType]: {
    type: K;
    data: DevelopmentSlots[K];
    /** Verbatim span of the article text (the clause or sentence stating it). */
    evidence: string;
    confidence: number;
    occurredAt: PartialDate;
  };
}[DevelopmentType];

export type FindingOf<K extends DevelopmentType> = Extract<Finding, { type: K }>;

/** Entities found in an article, names resolved to their fullest in-article form. */
export interface ArticleEntities {
  people: string[];
  organizations: string[];
  places: string[];
  /** Weighted key terms (lower-cased lemmas/nouns) used for story matching. */
  terms: Record<string, number>;
}

/** Everything extraction returns for one article. */
export interface Extraction {
  findings: Finding[];
  entities: ArticleEntities;
  /** Best date for the article itself when it carried none (e.g. resolved from "last month"), else null. */
  inferredDate: PartialDate;
  /** Dates mentioned in the text with what they date, for contradictions between outlets (e.g. "event-date"). */
  datedFacts: DatedFact[];
  /**
   * True when the article reports nothing that could open a story of its own: no development at
   * all (sports, weather), or only quotes (a chef in a recipe, a reviewer of a phone). Its quotes
   * still count when it matches a story already tracked.
   */
  unrelated: boolean;
}

/** A fact with a date or amount that outlets may disagree on. */
export interface DatedFact {
  /** Normalised description of the thing dated, e.g. "assassination attempt". */
  subject: string;
  field: 'date' | 'amount';
  value: string;
  evidence: string;
}
