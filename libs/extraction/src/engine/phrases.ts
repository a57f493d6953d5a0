/**
 * Slot finders for things rather than parties: the noun phrase given or acted upon, the work of
 * an artist or author, the claim of a clause, amounts and corrected values.
 */
import type { Doc } from '../nlp/document';
import { ROLE_NOUNS } from '../nlp/models';
import { ORG_DESCRIPTORS } from '../nlp/party-words';
import { type Anchor, type FinderContext, type Found, unmask } from './context';

const NP_STOP = /^(?:over|up|out|back|down|it|them|of|to|for|from|by|in|at|on|during|when|while|that|which|who|as|and|after|before|with|was|were|is|are|has|had|showing|depicting|worth|valued|last|this|earlier|but|until|pending|because|since|outside|inside|near|across|against|into|onto|under|between|without|about|amid|despite|made)$/i;
const DETERMINER = /^(?:a|an|the|his|her|their|its|this|that|these|those|our|my|some|one|two|three|several)$/i;
export const MONEY = /(?:[$£€¥]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:million|billion)?\s?(?:dollars|euros|pounds|rubles|yen|francs|kroner|krona)\b)/i;
const VALUE = "([$£€]?\\d[\\d,.]*%?(?:\\s?(?:million|billion|per cent|percent|m|bn))?(?:\\s(?:dollars|euros|pounds|kroner|krona|kronor|francs|yen|rupees|rubles|roubles|yuan|pesos|rand|lira))?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d+\\s+to\\s+\\d+)";
const GENERIC = /^(?:gift|gifts|present|presents|item|items|it|one|something|thing|things|them)$/i;
/** What is left of "suspended X on Tuesday afternoon" after the date: a time of day is no object. */
const TIME_OF_DAY = /^(?:morning|afternoon|evening|night|day|weekend|week|month|year|time|times)$/i;
const DOUBLE_OBJECT = /^\s*(?:(?:the|former|his|her|their|its|then-[\p{L}]+|[\p{Lu}][\p{L}.-]*|[\p{Ll}]+(?:ent|ter|ist|or|er|ian|ary)|counterpart|colleague|host|guest|ally|friend)\s+|⟨\d+⟩\s+){0,4}⟨\d+⟩(?:['’]s)?/u;
const DESCRIBED = /^\s*(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+)\s+⟨(\d+)⟩/u;

/** "gave the emperor a set of ...": a recipient the text does not name, before the thing. */
const UNNAMED_RECIPIENT = /^\s*(?:the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){1,2}(?=(?:a|an|two|three|four|five|some|several)\s)/u;
const WHEN = /^\s*(?:in|on|last|this|earlier)\s+(?:\w+\s+){0,1}?(?:[\p{Lu}]\w+|week|month|year)\b,?/u;

/** The head words of a noun phrase at the start of `text` (determiners and quantities skipped). */
export function nounPhrase(text: string): string | null {
  // "two of the herons": the quantity is not the thing
  // "a pair of white tigers", "a consignment of rice": the thing, not its measure
  const words = text
    .trim()
    .replace(/^(?:one|two|three|four|five|several|some|all|most|many|\d+)\s+of\s+/i, '')
    .replace(/^(?:(?:a|an|the)\s+)?(?:pair|couple|set|collection|herd|flock|batch|shipment|consignment|crate|case|box|dozen|tonnes|tons)\s+of\s+/i, '')
    .split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[,.;:!?)"”’]+$/, '');
    if (/^["“‘(]/.test(w) && out.length) break;
    if (!bare || NP_STOP.test(bare) || /^⟨/.test(bare) || MONEY.test(bare)) {
      if (out.length || NP_STOP.test(bare) || /^⟨/.test(bare)) break;
      continue;
    }
    if (!out.length && DETERMINER.test(bare)) continue;
    out.push(bare);
    if (bare !== w || out.length >= 4) break;
  }
  // "protesters outside the ⟨parliament⟩": a phrase cut at a name ends before its article
  while (out.length > 1 && DETERMINER.test(out[out.length - 1]!)) out.pop();
  const np = out.join(' ').replace(/['’]s$/, '');
  return np && /\p{Ll}/u.test(np) ? np : null;
}

/** "⟨Lumo Air⟩ has been fined": the party a passive act was done to. */
export function passiveParty(ctx: FinderContext, a: Anchor): Found | null {
  if (!a.passive) return null;
  const left = ctx.s.masked.slice(0, a.index).replace(/\s+(?:was|were|is|are|be|been|being|has|had|have|also|reportedly|later|then|recently)\b/g, ' ').trimEnd();
  const named = /⟨(\d+)⟩$/u.exec(left);
  const party = named ? ctx.s.mentions[Number(named[1])] : undefined;
  return party && !party.inQuote && party.kind !== 'other' ? { value: party.name, mention: party } : null;
}

/** "the gift was first reported by X": what a passive trigger is about, generic words included. */
export function passiveSubject(ctx: FinderContext, a: Anchor): Found | null {
  if (!a.passive) return null;
  const left = ctx.s.masked.slice(0, a.index).replace(/\s+(?:was|were|is|are|be|been|being|has|had|have|also|first|reportedly|later|then|recently)\b/g, ' ').trimEnd();
  const m = /(?:^|\b(?:the|a|an|his|her|its|their|this|that)\s+|⟨\d+⟩['’]s?\s+)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u.exec(left);
  const np = m ? nounPhrase(m[1]!) : null;
  return np ? { value: np } : null;
}

/** The thing given or acted upon: after an active trigger (past a recipient), before a passive one. */
export function thing(ctx: FinderContext, a: Anchor): Found | null {
  const masked = ctx.s.masked;
  if (a.passive) {
    const left = masked.slice(0, a.index).replace(/\s+(?:was|were|is|are|be|been|being|has|had|have|also|reportedly|later|then|recently|quietly)\b/g, ' ').trimEnd();
    const m = /(?:^|\b(?:the|a|an|his|her|its|their|this|that)\s+|⟨\d+⟩['’]s?\s+)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/u.exec(left);
    const np = m ? nounPhrase(m[1]) : null;
    return np && !GENERIC.test(np) ? { value: np } : null;
  }
  // "fined low-cost carrier ⟨Lumo Air⟩": the named party its descriptor introduces
  const described = DESCRIBED.exec(masked.slice(a.end));
  if (described && (ORG_DESCRIPTORS.has(described[1]!.toLowerCase()) || ROLE_NOUNS.has(described[1]!.toLowerCase()))) {
    const m = ctx.s.mentions[Number(described[2])];
    if (m && !m.inQuote && m.kind !== 'other') return { value: m.name, mention: m };
  }
  const right = masked.slice(a.end).replace(/^\s*(?:over|up|down|out|back)\b/, '').replace(DOUBLE_OBJECT, '').replace(UNNAMED_RECIPIENT, '').replace(WHEN, '');
  // a name as a modifier ("a ⟨X⟩ portrait") is part of the phrase
  const np = nounPhrase((right.slice(0, 120).replace(/^(\s*(?:a|an|the)\s+)(⟨\d+⟩)(?=\s+\p{Ll})/u, (_, det: string, ref: string) => det + unmask(ctx, ref))));
  return np && !GENERIC.test(np) && !TIME_OF_DAY.test(np) ? { value: np } : null;
}

/** "the gift to X, a carved chess set, was ...": the thing set off after the recipient. */
export function appositeThing(ctx: FinderContext, a: Anchor): Found | null {
  const m = /^\s+(?:(?:to|for)\s+)?(?:the|his|her|their|its)\s+[^,;⟨]{1,60},\s+((?:a|an)\s+[^,;]{1,80}),/u.exec(ctx.s.masked.slice(a.end));
  const np = m ? nounPhrase(m[1]) : null;
  return np && !GENERIC.test(np) ? { value: np } : null;
}

/** "a tapestry X gave Y", "the vase that X gave Y": the thing named before the giver. */
export function relativeThing(ctx: FinderContext, a: Anchor): Found | null {
  const m = /\b(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:that\s+|which\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,2}⟨\d+⟩\s+(?:had\s+|has\s+)?$/u.exec(ctx.s.masked.slice(0, a.index));
  const np = m ? nounPhrase(m[1]) : null;
  return np && !GENERIC.test(np) ? { value: np } : null;
}

/** "presented X with Y": the thing after "with". */
export function withThing(ctx: FinderContext, a: Anchor): Found | null {
  const m = /^\s+(?:(?:his|her|their|its|the)\s+)?(?:(?:[\p{L}-]+|⟨\d+⟩)\s+){0,3}?(?:⟨\d+⟩|[\p{L}-]+)\s+with\s+(.{1,100})/u.exec(ctx.s.masked.slice(a.end));
  const np = m ? nounPhrase(m[1]) : null;
  return np && !GENERIC.test(np) ? { value: np } : null;
}

/** A person named by a descriptor rather than a name ("his Chilean counterpart"). */
export function objectPhrase(ctx: FinderContext, a: Anchor): Found | null {
  const m = /^\s+(?:(?:[\p{L}-]+\s+){0,5}?(?:to|for)\s+)?(?:his|her|their|its|the)\s+((?:[\p{L}-]+\s+){0,2}?(?:counterpart|host|guest|successor|predecessor|ally|rival|friend|wife|husband|son|daughter|emperor|empress|king|queen|president|prime minister|chancellor|premier|pope|prince|princess|sultan|emir|sheikh|monarch|leader))\b/u.exec(ctx.s.masked.slice(a.end));
  return m ? { value: m[1] } : null;
}

/** The noun of a phrase trigger that names the act itself ("opened an inquiry" → inquiry). */
export function triggerNoun(a: Anchor): Found | null {
  const m = /([\p{L}]+)$/u.exec(a.text);
  return m && a.text.includes(' ') ? { value: m[1].toLowerCase() } : null;
}

const WORK_NOUNS = /\b(?:portraits?|paintings?|murals?|sculptures?|artworks?|statues?|drawings?|installations?|piece|op-ed|essays?|columns?|novels?|books?|memoir|blog|letters?|manifesto|articles?|poems?|songs?|series|account|posts?|pamphlets?|leaflets?|newsletter|website|podcast|comics?|cartoons?|stencils?|graffiti|thrillers?|stories)\b/i;
const WORK_NOUNS_ALL = new RegExp(WORK_NOUNS.source, 'gi');
/** The article's work noun, counted once per article. */
const WORK_OF = new WeakMap<Doc, string | null>();

export function work(ctx: FinderContext): Found | null {
  const m = /\b(?:author|writer|artist|painter|creator|behind|of|created|painted|wrote|penned|made)\s+(?:of\s+)?((?:the|an?|this|that|his|her)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)/u.exec(ctx.s.masked);
  const np = m && WORK_NOUNS.test(m[1]) ? nounPhrase(m[1].replace(/^(?:the|an?|this|that|his|her)\s+/i, '')) : null;
  if (np && WORK_NOUNS.test(np)) return { value: np };
  return articleWork(ctx);
}

/** The article's most mentioned work noun, for sentences that only say "the painting" or "it". */
export function articleWork(ctx: FinderContext): Found | null {
  if (!WORK_OF.has(ctx.doc)) {
    const counts = new Map<string, number>();
    for (const w of ctx.doc.body.matchAll(WORK_NOUNS_ALL)) counts.set(w[0].toLowerCase(), (counts.get(w[0].toLowerCase()) ?? 0) + 1);
    WORK_OF.set(ctx.doc, [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
  }
  const best = WORK_OF.get(ctx.doc);
  return best ? { value: best } : null;
}

/** What follows the trigger ("confirmed that ..."), or what precedes it when nothing does. */
export function clause(ctx: FinderContext, a: Anchor): Found | null {
  let right = ctx.s.masked.slice(a.end).replace(/^[\s,:]*(?:that\s+)?/, '').replace(/[\s.!?”"]+$/, '');
  if (right.split(/\s+/).length < 2) right = ctx.s.masked.slice(0, a.index).replace(/[\s,]+$/, '');
  const text = unmask(ctx, right).trim();
  return text.length >= 8 ? { value: text } : null;
}

/** The wrong and the right value of a correction ("$48 million, not $84 million"). */
export function correctionValues(ctx: FinderContext): { wrong: string; right: string } | null {
  const found = rawCorrectionValues(ctx.s.text);
  // a value at the end of a clause keeps none of its punctuation ("2024." → "2024")
  const bare = (v: string) => v.replace(/[.,;:]+$/, '');
  return found ? { wrong: bare(found.wrong), right: bare(found.right) } : null;
}

function rawCorrectionValues(t: string): { wrong: string; right: string } | null {
  const swapped = new RegExp(`${VALUE},?\\s+not\\s+${VALUE}`, 'i').exec(t);
  if (swapped) return { right: swapped[1], wrong: swapped[2] };
  const m = new RegExp(`${VALUE}[^.]*?\\b(?:rather than|instead of)\\s+(?:the\\s+)?${VALUE}`, 'i').exec(t);
  if (m) return { right: m[1], wrong: m[2] };
  // "corrected the figure to 1,200 from 12,000"
  const toFrom = new RegExp(`\\bto\\s+${VALUE}[^.]{0,20}?\\s+from\\s+${VALUE}`, 'i').exec(t);
  if (toFrom && /\bcorrect/i.test(t)) return { right: toFrom[1], wrong: toFrom[2] };
  const seq = new RegExp(`(?:as|was|were|of|at|cost)\\s+${VALUE}[^.]*?\\b(?:actually|in fact|correct(?:ed)?|should have|is|was)\\b[^.\\d$£€]*?${VALUE}`, 'i').exec(t);
  return seq ? { wrong: seq[1], right: seq[2] } : null;
}
