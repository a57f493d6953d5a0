import { compareDates } from '../dates';
import type { StoryEvent } from '../events';
import { foldEvents, initialState } from '../evolve';
import type { Fact, LedgerDevelopment, StoryLedger, StoryState } from '../state';
import { type Headline, headline } from '../summaries';
import type { PartialDate } from '../taxonomy';
import { claimKey } from '../words';
import { analyse } from '../view/derive';
import { resolvedSlots } from '../view/facts';
import { datedFactKey } from '../view/members';
import { amendedLine, contradictionLine, corroborationLine, correctionLine, newFactLine, retractedLine } from './templates';

/**
 * The story's changelog: one entry per development, in coverage order (article dates, not
 * arrival). It is read from the story's final ledger, as outlets reported it (before editor
 * reviews and corrections), then the corrections and reviews that followed, so arriving late does
 * not turn a first report into a corroboration. Reviews carry no date here, so they are listed
 * with the development they concern; approvals change nothing a reader sees and are left out.
 */

export type ChangeKind = 'new' | 'corroborated' | 'contradicted' | 'corrected' | 'amended' | 'retracted';

export interface ChangelogEntry {
  readonly at: PartialDate;
  readonly kind: ChangeKind;
  readonly summary: string;
  readonly eventTypes: readonly string[];
  readonly articleIds: readonly string[];
  readonly developmentIds: readonly string[];
}

export interface ChangelogArticle {
  readonly source?: string | null;
  readonly publishedAt?: PartialDate;
}

export interface ChangelogOptions {
  /** Outlet names and dates to show, overriding what the events recorded (e.g. for a display name). */
  readonly articles?: Readonly<Record<string, ChangelogArticle>>;
}

const RANK: Record<ChangeKind, number> = { new: 0, corroborated: 1, contradicted: 2, corrected: 3, amended: 4, retracted: 5 };

export function buildChangelog(events: readonly StoryEvent[], options: ChangelogOptions = {}): ChangelogEntry[] {
  return changelogOf(foldEvents(events, initialState('')), options);
}

/** The changelog of a state already folded (the projection folds once for state and changelog). */
export function changelogOf(state: StoryState, options: ChangelogOptions = {}): ChangelogEntry[] {
  const { ledger } = state;
  const source = (articleId: string) => {
    const override = options.articles?.[articleId];
    return override?.source !== undefined ? override.source : (ledger.articles[articleId]?.source ?? null);
  };
  const dateOf = (articleId: string, fallback: PartialDate = null) => {
    const override = options.articles?.[articleId];
    return override?.publishedAt !== undefined ? override.publishedAt : (ledger.articles[articleId]?.publishedAt ?? fallback);
  };
  const entries: ChangelogEntry[] = [];
  const add = (entry: ChangelogEntry) => entries.push(entry);

  const reported = analyse(ledger, { reviews: false, corrections: false });
  const correctingArticles = new Set(state.corrections.map((c) => c.articleId));
  for (const { fact } of reported.groups) {
    const h = headline(fact.type, fact.slots);
    fact.sources.forEach((s, i) => {
      const base = { articleIds: [s.articleId], developmentIds: [s.developmentId] };
      const at = dateOf(s.articleId, s.date);
      if (i === 0 && !(fact.type === 'CorrectionIssued' && correctingArticles.has(s.articleId))) {
        add({ at, kind: 'new', summary: newFactLine(h, source(s.articleId), at), eventTypes: [fact.type], ...base });
      } else if (i > 0 && s.independent && s.agrees) {
        add({ at, kind: 'corroborated', summary: corroborationLine(h, source(s.articleId), at), eventTypes: [fact.type, 'FactCorroborated'], ...base });
      }
    });
  }

  // Disagreements as outlets printed them (a later correction gets its own entry), minus extractions an editor rejected.
  const disputed = analyse(ledger, { reviews: true, corrections: false });
  const factByKey = new Map(disputed.groups.map(({ fact }) => [fact.factKey, fact]));
  for (const c of disputed.contradictions) {
    const fact = factByKey.get(c.factKey);
    const articleIds = c.values.flatMap((v) => v.articleIds);
    // The disputed value itself stays out of the headline; the sides list it.
    const { value: _value, ...slots } = fact?.slots ?? {};
    const firstOfEachSide = c.values.map((v) => dateOf(v.articleIds[0])).sort(compareDates);
    add({
      at: firstOfEachSide[1] ?? firstOfEachSide[0] ?? null,
      kind: 'contradicted',
      summary: contradictionLine(c.field, c.subject, fact ? headline(fact.type, slots) : null, c.values.map((v) => v.value)),
      eventTypes: ['ContradictionNoted'],
      articleIds: [...new Set(articleIds)],
      developmentIds: fact ? developmentsOf(fact, articleIds) : [],
    });
  }

  const currentFacts = new Map(state.facts.map((fact) => [fact.factKey, fact]));
  for (const c of state.corrections) {
    const fact = currentFacts.get(c.factKey);
    const about: Headline | string = fact ? headline(fact.type, fact.slots) : datedSubject(ledger, c.factKey);
    const corrector = source(c.articleId) ?? correctionPublisher(ledger, c.articleId) ?? 'the publisher';
    add({
      at: dateOf(c.articleId),
      kind: 'corrected',
      summary: correctionLine(corrector, c.field, about, c.from, c.to, dateOf(c.articleId)),
      eventTypes: ['CorrectionIssued', 'CorrectionApplied'],
      articleIds: [c.articleId],
      developmentIds: Object.values(ledger.developments)
        .filter((d) => d.articleId === c.articleId && d.type === 'CorrectionIssued')
        .map((d) => d.developmentId)
        .sort(),
    });
  }

  for (const [developmentId, review] of Object.entries(ledger.reviews)) {
    const development = ledger.developments[developmentId];
    if (!development || review.status === 'approved') continue;
    const slots = review.status === 'amended' && review.slots ? review.slots : development.slots;
    const h = headline(development.type, resolvedSlots(slots, reported.names));
    const amended = review.status === 'amended';
    add({
      at: dateOf(development.articleId, development.occurredAt),
      kind: amended ? 'amended' : 'retracted',
      summary: amended ? amendedLine(h, review.editor, review.reason) : retractedLine(h, review.editor, review.reason),
      eventTypes: [amended ? 'DevelopmentAmended' : 'DevelopmentRejected'],
      articleIds: [development.articleId],
      developmentIds: [developmentId],
    });
  }

  return entries.sort(
    (a, b) =>
      compareDates(a.at, b.at) ||
      RANK[a.kind] - RANK[b.kind] ||
      compareText(a.articleIds[0] ?? '', b.articleIds[0] ?? '') ||
      compareText(a.developmentIds[0] ?? '', b.developmentIds[0] ?? '') ||
      compareText(a.summary, b.summary),
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function developmentsOf(fact: Fact, articleIds: readonly string[]): string[] {
  return fact.sources.filter((s) => articleIds.includes(s.articleId)).map((s) => s.developmentId);
}

function datedSubject(ledger: StoryLedger, key: string): string {
  for (const article of Object.values(ledger.articles)) {
    const found = article.datedFacts.find((fact) => datedFactKey(claimKey(fact.subject)) === key);
    if (found) return found.subject;
  }
  return key.replace(/^dated:/, '');
}

function correctionPublisher(ledger: StoryLedger, articleId: string): string | null {
  const correction = Object.values(ledger.developments).find((d: LedgerDevelopment) => d.articleId === articleId && d.type === 'CorrectionIssued');
  return correction?.slots.publisher ?? null;
}
