import type { DevelopmentType } from './taxonomy';
import { REFINES } from './taxonomy';
import type { NameResolver } from './names';
import type { AnySlots } from './slots';
import { memoize } from './memo';
import { claimHead, claimKey, fold, headNoun, quoteKey, stem } from './words';

/**
 * Fact identity across outlets. A key is the type's general family plus normalised key slots,
 * so "ArtistRevealed: X" and "IdentityRevealed: X" from two outlets are one fact, while the
 * parts outlets word differently (who confirmed, the exact item phrase) stay out of the key.
 */

const FAMILIES = new Map(Object.entries(REFINES) as Array<[DevelopmentType, DevelopmentType]>);

export const familyOf = (type: DevelopmentType): DevelopmentType => FAMILIES.get(type) ?? type;

/** Keys of quotes (StatementIssued) start with this; they may be merged by containment later. */
export const QUOTE_KEY_PREFIX = 'StatementIssued:quote:';

/** One string per quote, so grouping by key hashes it once rather than once per development. */
const quoteFactKey = memoize((quote: string): string => `${QUOTE_KEY_PREFIX}${quote}`);

export function factKey(type: DevelopmentType, slots: AnySlots, names: NameResolver): string {
  // Quote keys keep their own separator-free text so containment can compare them.
  if (type === 'StatementIssued') return quoteFactKey(quoteKey(slots.quote ?? ''));
  const s = (slot: string) => slots[slot] ?? '';
  const name = (slot: string) => names.key(s(slot));
  const family = familyOf(type);
  const parts = (() => {
    switch (type) {
      case 'GiftGiven':
      case 'GiftConfirmed':
        return ['gift', name('giver'), name('recipient'), headNoun(s('item'))];
      case 'ClaimReported':
      case 'ClaimConfirmed':
        return ['claim', claimKey(s('claim'))];
      case 'IdentityRevealed':
      case 'ArtistRevealed':
      case 'AuthorRevealed':
        return ['identity', name('person')];
      case 'RebukeIssued':
        return ['rebuke', name('speaker'), name('target')];
      case 'DenialIssued':
        return ['denial', name('speaker'), claimHead(s('claim'))];
      case 'CorrectionIssued':
        return ['correction', outletKey(s('publisher')), claimHead(s('claim'))];
      case 'ContradictionNoted':
        return ['accounts', claimKey(s('claim'))];
      case 'ActionTaken':
        return ['action', name('agent'), actionStem(s('action')), headNoun(s('object'))];
      default: {
        const unknown: never = type;
        throw new Error(`unknown development type ${String(unknown)}`);
      }
    }
  })();
  return `${family}:${parts[0]}:${parts.slice(1).join('|')}`;
}

/** "ordered removed", "removes", "removal of" share the stem of their first verb-like word. */
function actionStem(action: string): string {
  const words = fold(action).split(' ').filter((w) => !['has', 'have', 'had', 'was', 'were', 'is', 'been', 'to', 'the', 'a'].includes(w));
  const word = words[0] ?? '';
  return stem(word.replace(/al$/, '')).replace(/e$/, '');
}

/** Outlet identity: "The Daily Planet", "daily planet" and "dailyplanet.com" compare equal. */
export function outletKey(outlet: string): string {
  return fold(outlet.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\.(com|co\.uk|org|net|news)(\/.*)?$/i, ''))
    .replace(/^the /, '')
    .replace(/\s+/g, '');
}
