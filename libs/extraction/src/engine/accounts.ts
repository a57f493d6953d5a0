/**
 * Finders that read around the sentence: what a contradiction is about and whose accounts
 * conflict (the parties may be named in the sentences before: "The two figures are at odds"),
 * and the outlet behind a correction notice that does not name itself.
 */
import type { Mention } from '../nlp/mentions';
import { NEWS_AGENCIES, OUTLET_FIRST_WORDS, OUTLET_WORDS } from '../nlp/party-words';
import { type Anchor, type FinderContext, type Found, party, unmask } from './context';
import { clause } from './phrases';

const NP = "(?:the\\s+|its\\s+|their\\s+)?((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)";
const ACCOUNTS_OF = new RegExp(`\\b(?:accounts|versions|reports|figures|estimates|numbers|descriptions|records)\\s+of\\s+(.{3,80}?)\\s+(?:still\\s+|also\\s+|sharply\\s+|widely\\s+)?(?:differ|diverge|conflict|vary|disagree|clash|are at odds|were at odds|do not match|did not match|cannot be reconciled|could not be reconciled)`, 'iu');
const CONFLICTING_OF = /\bconflicting\s+(?:accounts|reports|versions|figures|statements|descriptions)\s+(?:of|about|on|over|as to)\s+(.{3,60}?)(?:[,;]|\.?$)/iu;
const PUT_AT = new RegExp(`\\b(?:put|puts|putting|gave|gives|estimated|estimates|set|sets)\\s+(?:the|its|their)\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+(?:at|as)\\b`, 'iu');
const MEASURE_OF = /\b(?:the\s+)?((?:number|count|cost|price|value|size|date|amount|total|toll|figure|scale|timing)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\b/iu;
const ABOUT = new RegExp(`\\b(?:over|about|regarding|as to|on)\\s+${NP}`, 'iu');
const ANAPHOR = /\b(?:the|these|those|both)\s+(?:two\s+)?(figures|numbers|dates|accounts|versions|estimates|amounts|totals|counts)\b/i;

/** What the accounts disagree on, from the sentence or, for "the two figures", the sentences before. */
export function disputedClaim(ctx: FinderContext, a: Anchor): Found | null {
  const masked = ctx.s.masked;
  const direct = ACCOUNTS_OF.exec(masked)?.[1] ?? CONFLICTING_OF.exec(masked)?.[1] ?? PUT_AT.exec(masked)?.[1];
  if (direct) return { value: unmask(ctx, direct).replace(/^the\s+/i, '') };
  const about = ABOUT.exec(masked.slice(a.end));
  if (about && !/⟨/.test(about[1])) return { value: about[1] };
  const anaphor = ANAPHOR.exec(masked);
  if (anaphor) {
    for (let k = 0; k <= 2; k++) {
      const s = ctx.doc.sentences[ctx.s.index - k];
      const hit = s && (PUT_AT.exec(s.text)?.[1] ?? MEASURE_OF.exec(s.text)?.[1]);
      if (hit) return { value: hit };
    }
    return { value: anaphor[1] };
  }
  return MEASURE_OF.exec(masked)?.[1] ? { value: MEASURE_OF.exec(masked)![1] } : clause(ctx, a);
}

const NPW = "(?:[\\p{L}'’-]+\\s+)";
const COORDINATED = new RegExp(`(?:^|[,;:]\\s+)(?:the\\s+)?(${NPW}{0,3}?[\\p{L}'’-]+)\\s+and\\s+(?:the\\s+|an?\\s+)?(${NPW}{0,4}?[\\p{L}'’-]+)\\s+(?:have\\s+|had\\s+)?(?:gave|give|given|offered|provided|told|disagree|differ)\\b`, 'iu');
const CONTRAST = new RegExp(`\\b(?:while|whereas|but)\\s+(?:the\\s+|an?\\s+)?(${NPW}{0,5}?[\\p{L}'’-]+)\\s+(?:said|says|put|puts|gave|reported|estimated|claimed|counted|insisted|maintained|told)\\b`, 'iu');
const SPEAKER_NP = new RegExp(`(?:^|[.;]\\s+|,\\s+and\\s+)(?:The|the|An?|an?)\\s+(${NPW}{0,2}?[\\p{L}-]+)\\s+(?:said|says|disputed|disputes|denied|put|puts|gave|estimated|reported|claimed|insisted|maintained)\\b`, 'gu');

/**
 * The first (0) or second (1) of the accounts that conflict: named parties of the sentence, the
 * parties of "A and B gave conflicting accounts" or "..., while B said ...", then the parties and
 * speakers of the sentences around it.
 */
export function account(ctx: FinderContext, which: number): Found | null {
  const found: Found[] = [];
  const seen = new Set<string>();
  const add = (f: Found | null) => {
    const k = f?.value.toLowerCase();
    if (f && k && !seen.has(k) && ![...seen].some((s) => s.endsWith(` ${k}`) || k.endsWith(` ${s}`))) { seen.add(k); found.push(f); }
  };
  const parties = (ms: readonly Mention[]) => ms.forEach((m) => { if (!m.inQuote && (m.kind === 'person' || m.kind === 'org')) add(party(m)); });
  parties(ctx.s.mentions);
  const text = ctx.s.text;
  const coordinated = COORDINATED.exec(text);
  if (coordinated) [coordinated[1], coordinated[2]].forEach((v) => add({ value: v }));
  const contrast = CONTRAST.exec(text);
  if (contrast) add({ value: contrast[1] });
  for (const k of [-1, 1, -2, 2]) {
    if (found.length > which) break;
    parties(ctx.doc.sentences[ctx.s.index + k]?.mentions ?? []);
  }
  for (const k of [0, -1, 1]) {
    if (found.length > which) break;
    for (const m of (ctx.doc.sentences[ctx.s.index + k]?.text ?? '').matchAll(SPEAKER_NP)) add({ value: m[1] });
  }
  return found[which] ?? null;
}

const OUTLET_ROLES = new Set(['newspaper', 'paper', 'daily', 'weekly', 'magazine', 'tabloid', 'broadcaster', 'outlet', 'wire', 'website']);

/** A news organisation: a newspaper-like name ("Coastal Courier") or one introduced as an outlet ("the daily X"). */
export function isOutlet(m: Mention): boolean {
  if (m.kind !== 'org') return false;
  const words = m.name.toLowerCase().split(/\s+/);
  return (
    OUTLET_WORDS.has(words[words.length - 1]!) ||
    (words.length > 1 && OUTLET_FIRST_WORDS.has(words[0]!)) ||
    NEWS_AGENCIES.has(words.join(' ')) ||
    m.roles.some((r) => OUTLET_ROLES.has(r))
  );
}

/** The outlet a correction notice speaks for: one named as a news organisation nearby. */
export function nearbyOutlet(ctx: FinderContext): Found | null {
  for (const k of [0, 1, -1, 2, -2]) {
    for (const m of ctx.doc.sentences[ctx.s.index + k]?.mentions ?? []) {
      if (m.kind !== 'org' || m.inQuote) continue;
      if (isOutlet(m)) return { value: m.name, mention: m };
    }
  }
  return null;
}
