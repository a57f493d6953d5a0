/** What slot finders work on: one masked sentence of an analysed article, anchored at a trigger. */
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

export const refAt = (ctx: FinderContext, k: string): Mention | undefined => ctx.s.mentions[Number(k)];

/** A mention usable as a slot value: a person, organisation or place outside quoted words. */
export const party = (m: Mention | undefined): Found | null => (m && !m.inQuote && m.kind !== 'other' ? { value: m.name, mention: m } : null);

/** Replaces ⟨k⟩ with the mention's own text, giving back a verbatim piece of the sentence. */
export function unmask(ctx: FinderContext, masked: string): string {
  return masked.replace(/⟨(\d+)⟩/g, (_, k) => ctx.s.mentions[Number(k)]?.surface ?? '');
}
