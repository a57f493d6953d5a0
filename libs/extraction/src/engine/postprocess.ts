/**
 * Article-level clean-up of rule findings: dates, one gift confirmation per gift (a confirmation
 * by a named spokesperson is preferred to one by an institution, missing slots are lent between
 * them), and dropping findings from articles about untracked topics (sports, weather).
 */
import { compareDates, daysApart, type Finding, type FindingOf, type PartialDate } from '@storyline/domain';
import { CATALOG } from '../rules/catalog';
import type { Doc } from '../nlp/document';
import { findDatesMemo } from '../nlp/dates';
import type { RawFinding } from './engine';

/** Types that report something said or done on the day of reporting when the sentence gives no date. */
const REPORTING = new Set(['ClaimReported', 'ClaimConfirmed', 'GiftConfirmed', 'StatementIssued', 'RebukeIssued', 'DenialIssued', 'CorrectionIssued', 'ContradictionNoted']);
const PAST_PERFECT = /\b(?:had|previously|formerly|once)\b/i;

export function dateFindings(doc: Doc, raw: RawFinding[], publishedAt: string | null, fallback: PartialDate = publishedAt): void {
  for (const r of raw) {
    const s = doc.sentences[r.sentence];
    // a date inside the quoted words ("why wait until January?") is not when this was said or done
    const dates = findDatesMemo(doc.dates, unquoted(s.text), publishedAt);
    const f = r.finding as { occurredAt: PartialDate };
    if (dates.length) f.occurredAt = dates[0].value;
    else if (fallback && REPORTING.has(r.finding.type) && !PAST_PERFECT.test(unquoted(s.text))) f.occurredAt = fallback.slice(0, 10);
  }
}

/** Drops findings the rule calls background: dated well before the article, or told as history. */
export function dropBackground(doc: Doc, raw: RawFinding[], publishedAt: string | null): RawFinding[] {
  return raw.filter((r) => {
    const background = BACKGROUND.get(r.finding.type);
    if (!background) return true;
    const text = unquoted(doc.sentences[r.sentence].text).toLowerCase();
    if (background.cues.some((cue) => text.includes(cue))) return false;
    const { occurredAt } = r.finding;
    if (!occurredAt || !publishedAt || compareDates(occurredAt, publishedAt) > 0) return true;
    return (daysApart(occurredAt, publishedAt) ?? 0) <= background.olderThanDays;
  });
}

const BACKGROUND = new Map(CATALOG.flatMap((rule) => (rule.background ? [[rule.type, rule.background] as const] : [])));

/** The sentence without its quoted words: the tense of the reporting clause is what dates it. */
const unquoted = (text: string) => text.replace(/[“"][^”"]*(?:[”"]|$)/g, ' ');

/** One GiftConfirmed per gift: merge those that agree, the named-person confirmer winning. */
export function mergeGiftConfirmations(raw: RawFinding[]): RawFinding[] {
  const gifts = raw.filter((r) => r.finding.type === 'GiftConfirmed');
  if (gifts.length < 2) return raw;
  const groups: RawFinding[][] = [];
  for (const g of gifts) {
    const d = (g.finding as FindingOf<'GiftConfirmed'>).data;
    const group = groups.find((gr) => gr.every((x) => compatible((x.finding as FindingOf<'GiftConfirmed'>).data, d)));
    if (group) group.push(g);
    else groups.push([g]);
  }
  const merged = groups.map((group) => {
    const best = [...group].sort((a, b) => score(b) - score(a))[0];
    return best;
  });
  return raw.filter((r) => r.finding.type !== 'GiftConfirmed' || merged.includes(r));
}

function compatible(a: FindingOf<'GiftConfirmed'>['data'], b: FindingOf<'GiftConfirmed'>['data']): boolean {
  return a.giver === b.giver && a.recipient === b.recipient;
}

type GiftData = { giver: string; recipient: string; item: string };
const ITEM_STOP = new Set('a an the of his her their its this that rare new old small large historic famous hand-made handmade two three'.split(' '));
/** Words that name the same kind of gift ("the portrait" and "the painting" of one article). */
const ITEM_CLASSES: Record<string, string> = Object.fromEntries([
  ['artwork', 'portrait painting artwork picture canvas drawing sketch'],
  ['horse', 'horse stallion mare colt pony foal'],
  ['book', 'book manuscript volume edition atlas codex'],
  ['jewel', 'necklace bracelet ring brooch jewellery jewelry'],
  ['tree', 'tree trees sapling saplings seedlings'],
].flatMap(([k, words]) => words.split(' ').map((w) => [w, k])));
const itemWords = (item: string) => item.toLowerCase().split(/[\s'’-]+/).filter((w) => w.length > 2 && !ITEM_STOP.has(w)).map((w) => ITEM_CLASSES[w] ?? w);

/** The same gift: same giver and recipient, items sharing a word ("portrait", "Trump portrait"). */
function sameGift(a: GiftData, b: GiftData): boolean {
  const wb = new Set(itemWords(b.item));
  return a.giver === b.giver && a.recipient === b.recipient && itemWords(a.item).some((w) => wb.has(w));
}

/**
 * One finding per gift and article: a gift the article reports as confirmed is the confirmation,
 * not a separate report; of several reports of one gift, the fullest (named parties, more slots).
 */
export function mergeGiftReports(raw: RawFinding[]): RawFinding[] {
  const data = (r: RawFinding) => r.finding.data as unknown as GiftData;
  const confirmed = raw.filter((r) => r.finding.type === 'GiftConfirmed');
  const fullness = (r: RawFinding) => Object.keys(r.finding.data).length + (data(r).giver.includes(' ') ? 1 : 0) + (data(r).recipient.includes(' ') ? 1 : 0) + r.finding.confidence;
  const kept: RawFinding[] = [];
  for (const r of raw) {
    if (r.finding.type !== 'GiftGiven') { kept.push(r); continue; }
    if (confirmed.some((c) => sameGift(data(c), data(r)))) continue;
    const twin = kept.findIndex((k) => k.finding.type === 'GiftGiven' && sameGift(data(k), data(r)));
    if (twin < 0) kept.push(r);
    else if (fullness(r) > fullness(kept[twin])) kept[twin] = r;
  }
  return kept;
}

function score(r: RawFinding): number {
  return (r.keyKind === 'person' ? 2 : 0) + r.finding.confidence;
}

/**
 * Vocabulary of topics the tracker does not follow (sport, weather). An article dense in it, whose
 * findings are at most quotes and one other development, is an untracked topic: "the league
 * confirmed the goal would stand" does not make a match report news to track, while a story about
 * a sports body fining a club (several acts, denials, rebukes) stays tracked.
 */
const UNTRACKED = /\b(?:goals?|scored|striker|midfielder|defender|goalkeeper|league|season|match(?:es)?|fixtures?|coach|penalty|innings|wickets?|touchdown|quarterback|playoffs?|tournament|championship|semi-final|final whistle|half-time|kick-off|stoppage time|marathon|races?|runners?|sprint(?:er)?s?|podium|medals?|laps?|kilomet(?:re|er)s?|course record|personal best|finish(?:ed|er|ers)?|olympics?|athletes?|squad|referee|umpire|stadium|trophy|forecast(?:ers?)?|temperatures?|rain(?:fall)?|showers|snow|storms?|winds?|gusts|degrees|celsius|fahrenheit|humidity|heatwave|frost|sunshine|meteorolog\w*|weather|low pressure|mph|millimetres)\b/gi;
const QUOTED = new Set(['StatementIssued']);

export function untrackedTopic(body: string, findings: readonly Finding[]): boolean {
  const hits = body.match(UNTRACKED)?.length ?? 0;
  if (hits < 6) return false;
  const words = body.split(/\s+/).length;
  const developments = findings.filter((f) => !QUOTED.has(f.type)).length;
  return hits / words > 0.025 && developments <= 1;
}
