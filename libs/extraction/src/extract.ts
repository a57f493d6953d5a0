/** Article text → development findings, entities, dated facts (pure; no clock, no I/O). */
import type { Extraction, Finding, PartialDate } from '@storyline/domain';
import { datedFactsOf, eventSubjects } from './dated-facts';
import { applyCatalog } from './engine/engine';
import { dateFindings, dropBackground, mergeGiftConfirmations, mergeGiftReports, untrackedTopic } from './engine/postprocess';
import { entitiesOf } from './entities';
import { analyse } from './nlp/document';
import { findDatesMemo, type DateMemo } from './nlp/dates';

export interface ArticleInput {
  body: string;
  publishedAt: string | null;
  title?: string;
  source?: string | null;
}

export interface ExtractionContext {
  /** Full names the story already knows, so a bare surname resolves to them. */
  knownPeople?: string[];
  /** Dates (YYYY-MM-DD) of the story's dated articles, to place an undated one. */
  storyDates?: string[];
  /** Events the story's other articles date (subjects as in dated facts), to place "last month". */
  storyEvents?: ReadonlyArray<{ subject: string; date: string }>;
}

const GIFT_WORDS = /\b(?:gift|gifted|gave|given|present(?:ed)?|handed|donated)\b/i;

export function extract(article: ArticleInput, context: ExtractionContext = {}): Extraction {
  const body = article.body;
  const doc = analyse(body, context.knownPeople ?? []);
  const publishedAt = article.publishedAt ? article.publishedAt.slice(0, 10) : null;
  const inferredDate = publishedAt ? null : inferDate(doc.sentences.map((s) => s.text), context, doc.dates);
  const ref = publishedAt ?? (inferredDate && inferredDate.length === 10 ? inferredDate : null);
  let raw = applyCatalog(doc, article.source ?? null);
  dateFindings(doc, raw, ref, publishedAt ?? inferredDate);
  raw = mergeGiftReports(mergeGiftConfirmations(dropBackground(doc, raw, ref)));
  if (raw.some((r) => r.finding.type === 'GiftConfirmed')) {
    // a bare confirmation of the same gift is the gift confirmation again, not a separate claim
    raw = raw.filter((r) => r.finding.type !== 'ClaimConfirmed' || !GIFT_WORDS.test(r.finding.data.claim));
  }
  const untracked = untrackedTopic(body, raw.map((r) => r.finding));
  const findings: Finding[] = untracked ? [] : raw.map((r) => r.finding);
  return {
    findings,
    entities: entitiesOf(doc),
    inferredDate,
    // A month-precise inferred date still places "last June"; mid-month keeps it inside that month.
    datedFacts: untracked ? [] : datedFactsOf(doc, ref ?? (inferredDate?.length === 7 ? `${inferredDate}-15` : null)),
    unrelated: findings.every((f) => f.type === 'StatementIssued'),
  };
}

/**
 * An undated article is placed by its relative phrases ("last month", "earlier this week"): it was
 * written after the story's latest known date, so that date's month is the best guess. Without
 * relative phrases or story dates the date stays unknown (never today).
 */
function inferDate(sentences: string[], context: ExtractionContext, memo: DateMemo): PartialDate {
  const known = [...(context.storyDates ?? [])].sort();
  const latestStory = known[known.length - 1] ?? null;
  if (!latestStory || !sentences.some((s) => RELATIVE.test(s))) return null;
  const absolute = sentences.flatMap((s) => findDatesMemo(memo, s, null)).map((d) => d.value).filter((v) => v.length >= 7);
  const latestText = absolute.sort()[absolute.length - 1] ?? null;
  const best = latestText && latestText > latestStory ? latestText : latestStory;
  return (monthAfterKnownEvent(sentences, context.storyEvents ?? []) ?? best).slice(0, 7);
}

/**
 * "Unmasked last month" when the story dates the reveal to April: the article is from May. The
 * latest such month wins; none when the article's "last month" events are not dated elsewhere.
 */
function monthAfterKnownEvent(sentences: string[], events: ReadonlyArray<{ subject: string; date: string }>): string | null {
  let found: string | null = null;
  for (const sentence of sentences) {
    if (!LAST_MONTH.test(sentence)) continue;
    for (const subject of eventSubjects(sentence)) {
      for (const e of events) {
        if (e.subject !== subject) continue;
        const [year, month] = e.date.split('-').map(Number) as [number, number];
        const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
        if (!found || next > found) found = next;
      }
    }
  }
  return found;
}

const LAST_MONTH = /\blast month\b/i;

const RELATIVE = /\b(?:last|this|earlier this|next|ago|yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
