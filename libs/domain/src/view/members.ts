import { compareDates } from '../dates';
import { outletKey } from '../fact-key';
import type { CorrectionRecord, LedgerDevelopment, ReviewStatus, StoryLedger } from '../state';
import type { PartialDate } from '../taxonomy';
import { claimKey, fold, normalizeAmount } from '../words';
import { type ArticleRole, coverageKey } from './syndication';

/**
 * Developments and dated facts as the story now reads them: editor amendments applied,
 * rejected ones dropped, and values a publisher corrected replaced by the corrected value.
 */

export interface Member {
  readonly development: LedgerDevelopment;
  readonly slots: Readonly<Record<string, string>>;
  readonly status: ReviewStatus;
  /** Article date, else the development's own date (an undated article is never given one). */
  readonly date: PartialDate;
  /** Slot corrections applied to this development; `factKey` is filled in once facts are grouped. */
  readonly corrections: readonly Omit<CorrectionRecord, 'factKey'>[];
  /** Coverage order key: date, article id, development id. */
  readonly order: string;
}

export interface DatedValue {
  readonly articleId: string;
  readonly subject: string;
  readonly subjectKey: string;
  readonly field: 'date' | 'amount';
  readonly value: string;
  readonly date: PartialDate;
  /** The sentence that gave the value. */
  readonly evidence: string;
  /** Coverage order key: date, article id. */
  readonly order: string;
}

export interface Effective {
  readonly members: readonly Member[];
  readonly dated: readonly DatedValue[];
  readonly datedCorrections: readonly CorrectionRecord[];
}

export interface EffectiveOptions {
  /** Apply editor reviews (amendments, rejections). */
  readonly reviews: boolean;
  /** Replace corrected values. */
  readonly corrections: boolean;
}

export const datedFactKey = (subjectKey: string) => `dated:${subjectKey}`;

/** Same value as written by two outlets: equal when folded, or the same amount of the same currency. */
export function sameValue(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return true;
  const [x, y] = [normalizeAmount(a), normalizeAmount(b)];
  return /^[a-z]{3} /.test(x) && x === y;
}

/** An article's place among same-day coverage: a copy sorts just after its original. */
function coverageId(articleId: string, roles: Map<string, ArticleRole>): string {
  const original = roles.get(articleId)?.original;
  return original ? `${original}\u0001${articleId}` : articleId;
}

export function effectiveMembers(ledger: StoryLedger, roles: Map<string, ArticleRole>, options: EffectiveOptions): Effective {
  const members: Array<Member & { slots: Readonly<Record<string, string>>; corrections: Array<Omit<CorrectionRecord, 'factKey'>> }> = [];
  // Most stories have no reviews: then there is nothing to look up for each development.
  const reviews = options.reviews && hasAny(ledger.reviews) ? ledger.reviews : undefined;
  for (const development of Object.values(ledger.developments)) {
    const article = ledger.articles[development.articleId];
    if (!article) continue;
    const review = reviews?.[development.developmentId];
    if (review?.status === 'rejected') continue;
    const date = article.publishedAt ?? development.occurredAt;
    members.push({
      development,
      slots: review?.slots ?? development.slots,
      status: review?.status ?? 'pending',
      date,
      corrections: [],
      // a syndicated copy's account comes right after its original's on the same day
      order: coverageKey(date, coverageId(development.articleId, roles), development.developmentId),
    });
  }
  const dated = Object.values(ledger.articles).flatMap((article) =>
    article.datedFacts.map((fact) => ({
      articleId: article.articleId,
      subject: fact.subject,
      subjectKey: claimKey(fact.subject),
      field: fact.field,
      value: fact.value.trim(),
      date: article.publishedAt,
      evidence: fact.evidence,
      order: coverageKey(article.publishedAt, coverageId(article.articleId, roles)),
    })),
  );
  const datedCorrections: CorrectionRecord[] = [];
  if (!options.corrections) return { members, dated, datedCorrections };

  // Oldest correction first, so a correction of a correction ends on the latest value.
  const corrections = members
    .filter((m) => m.development.type === 'CorrectionIssued' && m.slots.wrong && m.slots.right)
    .sort((a, b) => compareDates(a.date, b.date) || (a.development.developmentId < b.development.developmentId ? -1 : 1));
  for (const correction of corrections) {
    const { wrong, right, publisher } = correction.slots;
    const by = correction.development.articleId;
    const outlets = new Set([roles.get(by)?.outlet, publisher ? outletKey(publisher) : undefined].filter(Boolean));
    const inScope = (articleId: string) => articleId !== by && outlets.has(roles.get(articleId)?.outlet);
    for (const member of members) {
      if (member.development.type === 'CorrectionIssued' || !inScope(member.development.articleId)) continue;
      for (const [field, value] of Object.entries(member.slots)) {
        if (!value || !sameValue(value, wrong)) continue;
        // Slots are shared with the ledger until a correction needs its own copy.
        member.slots = { ...member.slots, [field]: right };
        member.corrections.push({ field, from: value, to: right, articleId: by });
      }
    }
    for (const [i, value] of dated.entries()) {
      if (!inScope(value.articleId) || !sameValue(value.value, wrong)) continue;
      dated[i] = { ...value, value: right };
      datedCorrections.push({ factKey: datedFactKey(value.subjectKey), field: value.field, from: value.value, to: right, articleId: by });
    }
  }
  return { members, dated, datedCorrections };
}

function hasAny(record: Readonly<Record<string, unknown>>): boolean {
  for (const _ in record) return true;
  return false;
}
