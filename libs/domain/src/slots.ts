import type { DevelopmentSlots, DevelopmentType } from './taxonomy';

/** The taxonomy's slots at run time, for validating editor amendments and resolving names. */
export const SLOT_NAMES: { readonly [K in DevelopmentType]: { required: ReadonlyArray<keyof DevelopmentSlots[K] & string>; optional: ReadonlyArray<keyof DevelopmentSlots[K] & string> } } = {
  ClaimReported: { required: ['claim', 'reportedBy'], optional: [] },
  GiftGiven: { required: ['giver', 'recipient', 'item'], optional: ['intermediary', 'value'] },
  ClaimConfirmed: { required: ['confirmer', 'claim'], optional: ['via'] },
  GiftConfirmed: { required: ['confirmer', 'giver', 'recipient', 'item'], optional: ['intermediary'] },
  IdentityRevealed: { required: ['person', 'role'], optional: ['work', 'revealedBy'] },
  ArtistRevealed: { required: ['person', 'work'], optional: ['revealedBy'] },
  AuthorRevealed: { required: ['person', 'work'], optional: ['revealedBy'] },
  StatementIssued: { required: ['speaker', 'quote'], optional: ['topic'] },
  RebukeIssued: { required: ['speaker', 'target'], optional: ['quote'] },
  DenialIssued: { required: ['speaker', 'claim'], optional: [] },
  CorrectionIssued: { required: ['publisher', 'claim'], optional: ['wrong', 'right'] },
  ContradictionNoted: { required: ['claim', 'accountA', 'accountB'], optional: [] },
  ActionTaken: { required: ['agent', 'action', 'object'], optional: [] },
};

/** Slots that name a party (a person or an institution acting like one); their values go through the name resolver. */
export const PARTY_SLOTS: ReadonlySet<string> = new Set([
  'giver', 'recipient', 'intermediary', 'confirmer', 'person', 'revealedBy', 'speaker', 'target', 'agent', 'reportedBy',
]);

export type AnySlots = Readonly<Record<string, string | undefined>>;

/** Slots as a plain record, for code that treats every type alike. */
export const slotRecord = <K extends DevelopmentType>(slots: DevelopmentSlots[K]): AnySlots => slots as AnySlots;

export function isSlotOf(type: DevelopmentType, slot: string): boolean {
  const names = SLOT_NAMES[type] as { required: readonly string[]; optional: readonly string[] };
  return names.required.includes(slot) || names.optional.includes(slot);
}

export function isRequiredSlot(type: DevelopmentType, slot: string): boolean {
  return (SLOT_NAMES[type].required as readonly string[]).includes(slot);
}

/** Slots with only their string values: an optional slot left undefined is absent, as it will be once stored as JSON. */
export function definedSlots<T extends object>(slots: T): T {
  return Object.fromEntries(Object.entries(slots).filter(([, value]) => typeof value === 'string')) as T;
}
