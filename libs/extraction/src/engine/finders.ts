/**
 * The slot finders named in rule files, over a masked sentence ("⟨0⟩ confirmed that ⟨1⟩ gave ...").
 * Each returns the slot value as the text gives it (names resolved to the full form), or null.
 */
import type { Finding } from '@storyline/domain';
import type { Doc, SentenceInfo } from '../nlp/document';
import type { Mention } from '../nlp/mentions';
import type { AttributedQuote } from '../nlp/quotes';

export interface Anchor { index: number; end: number; text: string; passive: boolean }

export interface FinderContext {
  doc: Doc;
  s: SentenceInfo;
  trigger: Anchor;
  cue: Anchor | null;
  quote: AttributedQuote | null;
  source: string | null;
  /** Findings of earlier sentences, in article order. */
  prior: ReadonlyArray<{ finding: Finding }>;
  family: string[];
}

export interface Found { value: string; mention?: Mention }

const PREP = /\b(?:of|to|for|with|from|by|in|at|on|about|against|between|via|including|like|than|under|over|among|into|as)\s+(?:the\s+)?$/i;
const NP_WORD = "[\\p{L}\\p{N}$£€,.'’-]+";
const NP_STOP = /^(?:over|up|out|back|down|it|them|of|to|for|from|by|in|at|on|during|when|while|that|which|who|as|and|after|before|with|was|were|is|are|has|had|showing|depicting|worth|valued|last|this|earlier|but)$/i;
const DETERMINER = /^(?:a|an|the|his|her|their|its|this|that|these|those|our|my|some|one|two|three|several)$/i;
const MONEY = /(?:[$£€¥]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:million|billion)?\s?(?:dollars|euros|pounds|rubles|yen|francs)\b)/i;
const VALUE = "([$£€]?\\d[\\d,.]*%?(?:\\s?(?:million|billion|per cent|percent|m|bn))?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?)";

const refAt = (ctx: FinderContext, k: string): Mention | undefined => ctx.s.mentions[Number(k)];
const party = (m: Mention | undefined): Found | null => (m && !m.inQuote && m.kind !== 'other' ? { value: m.name, mention: m } : null);

/** Replaces ⟨k⟩ with the mention's own text, giving back a verbatim piece of the sentence. */
export function unmask(ctx: FinderContext, masked: string): string {
  return masked.replace(/⟨(\d+)⟩/g, (_, k) => ctx.s.mentions[Number(k)]?.surface ?? '');
}

function subjectOf(ctx: FinderContext, a: Anchor): Found | null {
  if (a.passive) return null;
  const left = ctx.s.masked.slice(0, a.index);
  const refs = [...left.matchAll(/⟨(\d+)⟩/g)].reverse();
  for (const r of refs) {
    const at = r.index ?? 0;
    const after = left.slice(at + r[0].length, at + r[0].length + 3);
    if (PREP.test(left.slice(Math.max(0, at - 30), at)) || /^['’]s?\b/.test(after) || /;/.test(left.slice(at))) continue;
    const m = refAt(ctx, r[1]);
    if (m && (m.kind === 'person' || m.kind === 'org') && !m.inQuote) return party(m);
  }
  return null;
}

function after(ctx: FinderContext, a: Anchor, preps: string): Found | null {
  const right = ctx.s.masked.slice(a.end, a.end + 140);
  const re = new RegExp(`\\b(?:${preps})\\s+(?:[\\p{L}.-]+\\s+){0,4}?⟨(\\d+)⟩`, 'u');
  const m = re.exec(right);
  if (!m || /[⟨]/.test(m[0].slice(0, -m[1].length - 2))) return null;
  return party(refAt(ctx, m[1]));
}

function object(ctx: FinderContext, a: Anchor): Found | null {
  if (a.passive) return null;
  const m = /^\s+(?:(?:the|former|fellow|his|her|their|its|then-[\p{L}]+|[\p{Lu}][\p{L}.-]*|[\p{Ll}]+(?:ent|ter|ist|or|er|ian|ary)|⟨\d+⟩)\s+){0,4}⟨(\d+)⟩/u.exec(ctx.s.masked.slice(a.end));
  const hit = m ? refAt(ctx, m[1]) : undefined;
  return hit && hit.kind !== 'place' ? party(hit) : null;
}

function nounPhrase(text: string): string | null {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[,.;:!?)"”’]+$/, '');
    if (!bare || NP_STOP.test(bare) || /^⟨/.test(bare) || MONEY.test(bare)) {
      if (out.length || NP_STOP.test(bare) || /^⟨/.test(bare)) break;
      continue;
    }
    if (!out.length && DETERMINER.test(bare)) continue;
    out.push(bare);
    if (bare !== w || out.length >= 4) break;
  }
  const np = out.join(' ').replace(/['’]s$/, '');
  return np && /\p{Ll}/u.test(np) ? np : null;
}

function thing(ctx: FinderContext, a: Anchor): Found | null {
  const masked = ctx.s.masked;
  if (a.passive) {
    const left = masked.slice(0, a.index).replace(/\s+(?:was|were|is|are|be|been|being|has|had|have|also|reportedly|later|then|recently|quietly)\b/g, ' ').trimEnd();
    const m = /(?:^|\b(?:the|a|an|his|her|its|their|this|that)\s+|⟨\d+⟩['’]s?\s+)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u.exec(left);
    const np = m ? nounPhrase(m[1]) : null;
    return np && !GENERIC.test(np) ? { value: np } : null;
  }
  let right = masked.slice(a.end).replace(/^\s*(?:over|up|down|out|back)\b/, '');
  // double object ("gave former minister X a Y"): the thing follows the recipient
  right = right.replace(/^\s*(?:(?:the|former|then-[\p{L}]+|[\p{Lu}][\p{L}.-]*|[\p{Ll}]+(?:ent|ter|ist|or|er|ian|ary)|⟨\d+⟩)\s+){0,4}⟨\d+⟩(?:['’]s)?/u, '').replace(/^\s*(?:in|on|last|this|earlier)\s+(?:\w+\s+){0,1}?(?:[\p{Lu}]\w+|week|month|year)\b,?/u, '');
  const np = nounPhrase(right.slice(0, 120));
  return np && !GENERIC.test(np) ? { value: np } : null;
}

const GENERIC = /^(?:gift|gifts|present|presents|item|items|it|one|something|thing|things|them)$/i;

const ENVOY = '(?:special\\s+|personal\\s+|top\\s+|chief\\s+)?(?:envoy|emissary|aide|representative|adviser|advisor|ambassador|negotiator|delegation|intermediary)';

/** A go-between named with an envoy-like role ("special envoy X", "X, an aide"). */
function intermediary(ctx: FinderContext): Found | null {
  const m = new RegExp(`${ENVOY},?\\s+(?:[\\p{L}.-]+\\s+)?⟨(\\d+)⟩`, 'u').exec(ctx.s.masked);
  return m ? party(refAt(ctx, m[1])) : null;
}

/** Whom the envoy serves: "X's special envoy", "X envoy", "his envoy" (the nearest person before). */
function envoyOf(ctx: FinderContext): Found | null {
  const m = new RegExp(`(?:⟨(\\d+)⟩(?:['’]s?)?|\\b(his|her))\\s+${ENVOY}\\b`, 'u').exec(ctx.s.masked);
  if (!m) return null;
  if (m[1]) return party(refAt(ctx, m[1]));
  const before = ctx.s.mentions.filter((x) => x.kind === 'person' && !x.inQuote && x.start - ctx.s.start < (m.index ?? 0));
  return party(before[before.length - 1]);
}

function speaker(ctx: FinderContext): Found | null {
  if (ctx.quote?.speaker) return party(ctx.quote.speaker);
  const m = /\b(?:said|says|according to|citing|told)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?⟨(\d+)⟩/u.exec(ctx.s.masked)
    ?? /⟨(\d+)⟩(?:,[^,]{1,60},)?\s+(?:also\s+)?(?:said|says|told)\b/.exec(ctx.s.masked);
  return m ? party(refAt(ctx, m[1])) : null;
}

const REVEALED = [
  /⟨(\d+)⟩,?\s+(?:[\p{L}]+\s+){0,4}?(?:was|is|has been|had been|were)\s+(?:\w+\s+){0,2}?(?:unmasked|identified|named|revealed|outed|exposed|confirmed)\s+(?:as|to be)\b/u,
  /\b(?:as|to be|is in fact|was in fact|identity as|identified|named|unmasked)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?⟨(\d+)⟩/u,
  /⟨(\d+)⟩,\s+the\s+(?:[\p{L}-]+\s+)?(?:artist|painter|author|writer|whistleblower|sculptor)\b/u,
  /\bthat\s+⟨(\d+)⟩\s+(?:\w+\s+)?(?:was|is|had|wrote|created|painted|made|drew|penned|authored)\b/,
  /⟨(\d+)⟩\s+(?:[\p{L}]+\s+){0,3}?(?:said|says|admitted|confirmed|revealed)\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?(?:created|painted|made|drew|wrote|penned|authored|was)\b/u,
  /⟨(\d+)⟩,?\s+(?:[\p{L}]+\s+){0,3}?(?:came forward|has captured|captured|is behind|was behind)\b/u,
];
const WORK_NOUNS = /\b(?:portrait|painting|mural|sculpture|artwork|statue|drawing|installation|piece|op-ed|essay|column|novel|book|memoir|blog|letter|manifesto|article|poem|song|series|account|posts?)\b/i;

const WORK_NOUNS_ALL = new RegExp(WORK_NOUNS.source, 'gi');

function revealed(ctx: FinderContext): Found | null {
  for (const re of REVEALED) {
    const m = re.exec(ctx.s.masked);
    const hit = m ? refAt(ctx, m[1]) : undefined;
    if (hit?.kind === 'person' && !hit.inQuote) return party(hit);
  }
  return null;
}

function work(ctx: FinderContext): Found | null {
  const m = /\b(?:author|writer|artist|painter|creator|behind|of|created|painted|wrote|penned|made)\s+(?:of\s+)?((?:the|an?|this|that|his|her)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)/u.exec(ctx.s.masked);
  const np = m && WORK_NOUNS.test(m[1]) ? nounPhrase(m[1].replace(/^(?:the|an?|this|that|his|her)\s+/i, '')) : null;
  if (np && WORK_NOUNS.test(np)) return { value: np };
  return articleWork(ctx);
}

/** The article's most mentioned work noun, for sentences that only say "the painting" or "it". */
function articleWork(ctx: FinderContext): Found | null {
  if (!WORK_OF.has(ctx.doc)) {
    const counts = new Map<string, number>();
    for (const w of ctx.doc.body.matchAll(WORK_NOUNS_ALL)) counts.set(w[0].toLowerCase(), (counts.get(w[0].toLowerCase()) ?? 0) + 1);
    WORK_OF.set(ctx.doc, [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
  }
  const best = WORK_OF.get(ctx.doc);
  return best ? { value: best } : null;
}

/** The article's work noun, counted once per article. */
const WORK_OF = new WeakMap<Doc, string | null>();

function clause(ctx: FinderContext, a: Anchor): Found | null {
  let right = ctx.s.masked.slice(a.end).replace(/^[\s,:]*(?:that\s+)?/, '').replace(/[\s.!?”"]+$/, '');
  if (right.split(/\s+/).length < 3) right = ctx.s.masked.slice(0, a.index).replace(/[\s,]+$/, '');
  const text = unmask(ctx, right).trim();
  return text.length >= 8 ? { value: text } : null;
}

function correctionValues(ctx: FinderContext): { wrong: string; right: string } | null {
  const t = ctx.s.text;
  const swapped = new RegExp(`${VALUE},?\\s+not\\s+${VALUE}`, 'i').exec(t);
  if (swapped) return { right: swapped[1], wrong: swapped[2] };
  const m = new RegExp(`${VALUE}[^.]*?\\b(?:rather than|instead of)\\s+(?:the\\s+)?${VALUE}`, 'i').exec(t);
  if (m) return { right: m[1], wrong: m[2] };
  const seq = new RegExp(`(?:as|was|were|of|at)\\s+${VALUE}[^.]*?\\b(?:actually|in fact|correct(?:ed)?|should have|is|was)\\b[^.\\d$£€]*?${VALUE}`, 'i').exec(t);
  return seq ? { wrong: seq[1], right: seq[2] } : null;
}

/** The slot's value on the latest earlier finding of the rule's family. */
function lastPrior(ctx: FinderContext, slot: string): Found | null {
  for (let i = ctx.prior.length - 1; i >= 0; i--) {
    const f = ctx.prior[i].finding;
    const value = (f.data as unknown as Record<string, unknown>)[slot];
    if (ctx.family.includes(f.type) && value) return { value: String(value) };
  }
  return null;
}

export function runFinder(name: string, ctx: FinderContext): Found | null {
  const [head, arg] = name.split(/:(.*)/s);
  const a = ctx.trigger;
  switch (head) {
    case 'cue': return ctx.cue ? runFinder(arg, { ...ctx, trigger: ctx.cue }) : null;
    case 'subject': return subjectOf(ctx, a);
    case 'agent': return after(ctx, a, 'by') ?? (a.passive ? after(ctx, { ...a, end: 0 }, 'by') : null);
    case 'intermediary': return intermediary(ctx);
    case 'envoyOf': return envoyOf(ctx);
    case 'articleWork': return articleWork(ctx);
    case 'object': return object(ctx, a);
    case 'after': return after(ctx, a, arg);
    case 'from': { const m = /\bfrom\s+(?:[\p{L}.-]+\s+){0,3}?⟨(\d+)⟩/u.exec(ctx.s.masked); return m ? party(refAt(ctx, m[1])) : null; }
    case 'possessor': { const m = new RegExp(`⟨(\\d+)⟩['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${arg})\\b`, 'u').exec(ctx.s.masked); return m ? party(refAt(ctx, m[1])) : null; }
    case 'speaker': return speaker(ctx);
    case 'quoteSpeaker': return ctx.quote?.speaker ? party(ctx.quote.speaker) : null;
    case 'quote': return ctx.quote ? { value: ctx.quote.text } : null;
    case 'quoteTarget': { const m = ctx.s.mentions.find((x) => x.inQuote && x.kind === 'person' && x.name !== ctx.quote?.speaker?.name); return m ? { value: m.name, mention: m } : null; }
    case 'person': { const roles = arg.split('|'); const m = ctx.s.mentions.find((x) => x.kind === 'person' && !x.inQuote && !x.indirect && x.roles.some((r) => roles.includes(r.split(' ').pop() ?? ''))); return party(m); }
    case 'role': { const m = new RegExp(`\\b(${arg})s?\\b`, 'i').exec(ctx.s.text); return m ? { value: m[1].toLowerCase() } : null; }
    case 'revealed': return revealed(ctx);
    case 'work': return work(ctx);
    case 'thing': return thing(ctx, a);
    case 'clause': return clause(ctx, a);
    case 'trigger': return { value: a.text.toLowerCase() };
    case 'money': { const m = MONEY.exec(ctx.s.text); return m ? { value: m[0] } : null; }
    case 'source': return ctx.source ? { value: ctx.source } : null;
    case 'via': { const m = /\b(?:in a (?:statement|post|interview|briefing|letter)(?: (?:on|to|with) [\p{Lu}][\p{L}]*)?)/u.exec(ctx.s.text); return m ? { value: m[0] } : null; }
    case 'wrongValue': { const v = correctionValues(ctx); return v ? { value: v.wrong } : null; }
    case 'rightValue': { const v = correctionValues(ctx); return v ? { value: v.right } : null; }
    case 'prior': return lastPrior(ctx, arg);
    case 'disputedClaim': { const m = /\b(?:over|about|on|regarding)\s+((?:the\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)/u.exec(ctx.s.masked.slice(a.index)); return m ? { value: unmask(ctx, m[1]) } : clause(ctx, a); }
    case 'accountA':
    case 'accountB': {
      const parties = [...new Map(ctx.s.mentions.filter((x) => !x.inQuote && (x.kind === 'person' || x.kind === 'org')).map((x) => [x.name, x])).values()];
      const m = parties[head === 'accountA' ? 0 : 1];
      return party(m);
    }
    default: throw new Error(`unknown finder "${name}"`);
  }
}
