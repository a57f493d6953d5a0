/**
 * Finders that read around the sentence: what a contradiction is about and whose accounts
 * conflict (the parties may be named in the sentences before: "The two figures are at odds"),
 * and the outlet behind a correction notice that does not name itself.
 */
import type { Mention } from '../nlp/mentions';
import { OUTLET_WORDS } from '../nlp/party-words';
import { type Anchor, type FinderContext, type Found, party, unmask } from './context';
import { clause } from './phrases';

const NP = "(?:the\\s+|its\\s+|their\\s+)?((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)";
const ACCOUNTS_OF = new RegExp(`\\b(?:accounts|versions|reports|figures|estimates|numbers|descriptions|records)\\s+of\\s+(.{3,80}?)\\s+(?:still\\s+|also\\s+|sharply\\s+|widely\\s+)?(?:differ|diverge|conflict|vary|disagree|clash)`, 'iu');
const PUT_AT = new RegExp(`\\b(?:put|puts|putting|gave|gives|estimated|estimates|set|sets)\\s+(?:the|its|their)\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+(?:at|as)\\b`, 'iu');
const MEASURE_OF = /\b(?:the\s+)?((?:number|count|cost|price|value|size|date|amount|total|toll|figure|scale|timing)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\b/iu;
const ABOUT = new RegExp(`\\b(?:over|about|regarding|as to|on)\\s+${NP}`, 'iu');
const ANAPHOR = /\b(?:the|these|those|both)\s+(?:two\s+)?(figures|numbers|dates|accounts|versions|estimates|amounts|totals|counts)\b/i;

/** What the accounts disagree on, from the sentence or, for "the two figures", the sentences before. */
export function disputedClaim(ctx: FinderContext, a: Anchor): Found | null {
  const masked = ctx.s.masked;
  const direct = ACCOUNTS_OF.exec(masked)?.[1] ?? PUT_AT.exec(masked)?.[1];
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

/** The first (0) or second (1) distinct party of the sentence, then of the sentences around it. */
export function account(ctx: FinderContext, which: number): Found | null {
  const seen = new Map<string, Mention>();
  const add = (ms: readonly Mention[]) => ms.forEach((m) => {
    if (!m.inQuote && (m.kind === 'person' || m.kind === 'org') && !seen.has(m.name)) seen.set(m.name, m);
  });
  add(ctx.s.mentions);
  for (const k of [-1, -2, 1, 2]) {
    if (seen.size > which) break;
    add(ctx.doc.sentences[ctx.s.index + k]?.mentions ?? []);
  }
  return party([...seen.values()][which]);
}

const OUTLET_ROLES = new Set(['newspaper', 'paper', 'daily', 'weekly', 'magazine', 'tabloid', 'broadcaster', 'outlet', 'wire', 'website']);

/** The outlet a correction notice speaks for: one named as a news organisation nearby. */
export function nearbyOutlet(ctx: FinderContext): Found | null {
  for (const k of [0, 1, -1, 2, -2]) {
    for (const m of ctx.doc.sentences[ctx.s.index + k]?.mentions ?? []) {
      if (m.kind !== 'org' || m.inQuote) continue;
      const last = m.name.toLowerCase().split(/\s+/).pop() ?? '';
      if (OUTLET_WORDS.has(last) || m.roles.some((r) => OUTLET_ROLES.has(r))) return { value: m.name, mention: m };
    }
  }
  return null;
}
