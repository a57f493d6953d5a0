import type { ContradictionField } from '../events';
import { type Headline, provenance } from '../summaries';
import type { PartialDate } from '../taxonomy';

/** Changelog lines. Generic templates: every name and value comes from the story. */

const DETERMINERS = /^(the|a|an|this|that|his|her|its|their|our|my)\s/i;
const withArticle = (subject: string) => (DETERMINERS.test(subject) ? subject : `the ${subject}`);

export const newFactLine = (h: Headline, source: string | null, date: PartialDate) => `${h.label}: ${h.text}${provenance(source, date)}`;

export const corroborationLine = (h: Headline, outlet: string | null, date: PartialDate) =>
  `${h.label}, corroborated by ${outlet ?? 'another outlet'}: ${h.text}${provenance(null, date)}`;

export function contradictionLine(field: ContradictionField, subject: string, fact: Headline | null, values: readonly string[]): string {
  const sides = ` (${values.join(' vs ')})`;
  switch (field) {
    case 'speaker':
      return `Contradiction: outlets disagree on who said ${subject}${sides}`;
    case 'date':
      return fact
        ? `Contradiction: outlets disagree on when it happened — ${fact.label}: ${fact.text}${sides}`
        : `Contradiction: outlets disagree on the date of ${withArticle(subject)}${sides}`;
    case 'amount':
      return fact
        ? `Contradiction: outlets disagree on the amount — ${fact.label}: ${fact.text}${sides}`
        : `Contradiction: outlets disagree on the amount of ${withArticle(subject)}${sides}`;
    default: {
      const unknown: never = field;
      throw new Error(`unknown contradiction field ${String(unknown)}`);
    }
  }
}

/** `about` is a fact's headline, or a dated subject ("assassination attempt"). */
export function correctionLine(corrector: string, field: string, about: Headline | string, from: string, to: string, date: PartialDate): string {
  const subject = typeof about === 'string' ? withArticle(about) : `${about.label}: ${about.text}`;
  return `Correction: ${corrector} corrects the ${field} from ${from} to ${to} — ${subject}${provenance(null, date)}`;
}

export const amendedLine = (h: Headline, editor: string, reason: string | null) =>
  `Amended by an editor: ${h.label}: ${h.text} (${editor}${reason ? `: ${reason}` : ''})`;

export const retractedLine = (h: Headline, editor: string, reason: string | null) =>
  `Retracted by an editor: ${h.label}: ${h.text} (${editor}${reason ? `: ${reason}` : ''})`;
