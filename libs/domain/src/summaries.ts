import { cleanName } from './names';
import type { DevelopmentType, PartialDate } from './taxonomy';
import { fold } from './words';

/**
 * Headline templates, one per development type, written the way a journalist would label a
 * development in a running story. Generic: every name comes from the slots.
 */

export interface Headline {
  /** "Gift confirmed", "Artist revealed", ... */
  readonly label: string;
  /** "A confirms B's gift of C to D via E". */
  readonly text: string;
}

const unquote = (text: string) => text.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '');
const quoted = (text: string) => `“${unquote(text)}”`;
const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);
const optional = (prefix: string, value: string | undefined) => (value ? `${prefix}${value}` : '');

/** "a portrait of X" given to X reads "a portrait ... to X": the recipient is named once. */
function itemFor(item: string, recipient: string): string {
  const match = /^(.*\S)\s+of\s+(.+)$/i.exec(item);
  if (!match) return item;
  const subject = fold(cleanName(match[2]));
  const whom = fold(recipient);
  return subject === whom || whom.endsWith(` ${subject}`) ? match[1] : item;
}

export function headline(type: DevelopmentType, slots: Readonly<Record<string, string | undefined>>): Headline {
  const s = (slot: string) => (slots[slot] ?? '').trim();
  const o = (slot: string) => slots[slot]?.trim() || undefined;
  switch (type) {
    case 'GiftGiven':
      return {
        label: 'Gift reported',
        text: `${s('giver')} gives ${itemFor(s('item'), s('recipient'))} to ${s('recipient')}${optional(' via ', o('intermediary'))}${optional(', worth ', o('value'))}`,
      };
    case 'GiftConfirmed':
      return {
        label: 'Gift confirmed',
        text: `${s('confirmer')} confirms ${possessive(s('giver'))} gift of ${itemFor(s('item'), s('recipient'))} to ${s('recipient')}${optional(' via ', o('intermediary'))}`,
      };
    case 'ClaimReported':
      return { label: 'Claim reported', text: `${s('reportedBy')} reports ${s('claim')}` };
    case 'ClaimConfirmed':
      return { label: 'Claim confirmed', text: `${s('confirmer')} confirms ${s('claim')}${optional(' via ', o('via'))}` };
    case 'IdentityRevealed':
      return { label: 'Identity revealed', text: `${s('person')}${optional(', ', o('role'))}${optional(' of ', o('work'))}` };
    case 'ArtistRevealed':
      return { label: 'Artist revealed', text: s('person') };
    case 'AuthorRevealed':
      return { label: 'Author revealed', text: `${s('person')}${optional(', author of ', o('work'))}` };
    case 'StatementIssued':
      return { label: 'Statement', text: `${s('speaker')} — ${quoted(s('quote'))}` };
    case 'RebukeIssued':
      return { label: 'Rebuke', text: `${s('speaker')}${optional(' to ', o('target'))}${o('quote') ? ` — ${quoted(s('quote'))}` : ''}` };
    case 'DenialIssued':
      return { label: 'Denial', text: `${s('speaker')} denies ${s('claim')}` };
    case 'CorrectionIssued':
      return {
        label: 'Correction',
        text: `${s('publisher')} corrects ${s('claim')}${o('wrong') && o('right') ? ` (${s('wrong')} → ${s('right')})` : ''}`,
      };
    case 'ContradictionNoted':
      return { label: 'Conflicting accounts', text: `${s('claim')}: ${s('accountA')} vs ${s('accountB')}` };
    case 'ActionTaken':
      return { label: 'Action', text: `${s('agent')} ${s('action')} ${s('object')}` };
    default: {
      const unknown: never = type;
      throw new Error(`unknown development type ${String(unknown)}`);
    }
  }
}

/** " (The Outlet, 2025-03-25)", " (2025-03-25)" or "" depending on what is known. */
export function provenance(source: string | null, date: PartialDate): string {
  const parts = [source, date].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

export function sentence(type: DevelopmentType, slots: Readonly<Record<string, string | undefined>>): string {
  const { label, text } = headline(type, slots);
  return `${label}: ${text}`;
}

export { unquote };
