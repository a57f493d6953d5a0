/**
 * Article-level clean-up of rule findings: dates, one gift confirmation per gift (a confirmation
 * by a named spokesperson is preferred to one by an institution, missing slots are lent between
 * them), and dropping findings from articles about untracked topics (sports, weather).
 */
import type { Finding, FindingOf, PartialDate } from '@storyline/domain';
import type { Doc } from '../nlp/document';
import { findDatesMemo } from '../nlp/dates';
import type { RawFinding } from './engine';

/** Types that report something said or done on the day of reporting when the sentence gives no date. */
const REPORTING = new Set(['ClaimReported', 'ClaimConfirmed', 'GiftConfirmed', 'StatementIssued', 'RebukeIssued', 'DenialIssued', 'CorrectionIssued', 'ContradictionNoted']);
const PAST_PERFECT = /\b(?:had|previously|formerly|once)\b/i;

export function dateFindings(doc: Doc, raw: RawFinding[], publishedAt: string | null, fallback: PartialDate = publishedAt): void {
  for (const r of raw) {
    const s = doc.sentences[r.sentence];
    const dates = findDatesMemo(doc.dates, s.text, publishedAt);
    const f = r.finding as { occurredAt: PartialDate };
    if (dates.length) f.occurredAt = dates[0].value;
    else if (fallback && REPORTING.has(r.finding.type) && !PAST_PERFECT.test(unquoted(s.text))) f.occurredAt = fallback.slice(0, 10);
  }
}

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
