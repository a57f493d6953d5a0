/** Applies the rule catalog to every sentence of an analysed article. */
import { KEY_SLOT, type DevelopmentType, type Finding } from '@storyline/domain';
import type { Doc, SentenceInfo } from '../nlp/document';
import type { AttributedQuote } from '../nlp/quotes';
import { hasVerb } from '../nlp/models';
import { isInstitutionName } from '../nlp/party-words';
import { CATALOG } from '../rules/catalog';
import { NOTABLE_QUOTE } from '../rules/statement-issued.rule';
import { type CompiledRule, type FormSet, type Matcher, compileRule, wordsOf } from './compile';
import type { Anchor, FinderContext, Found } from './context';
import { runFinder } from './finders';
import { isOutlet } from './accounts';

export interface RawFinding { finding: Finding; sentence: number; keyKind: string | null }

const RULES: CompiledRule[] = CATALOG.map(compileRule);
const SUPERSEDES = new Map(RULES.map((r) => [r.spec.type, r.spec.supersedes ?? []]));
/** Trigger word → the rules it may fire (a bit per rule): one pass over a sentence's words selects the candidates. */
const BY_WORD = new Map<string, number>();
if (RULES.length > 31) throw new Error('the rule catalog outgrew the 31-bit candidate mask');
RULES.forEach((rule, i) => rule.triggerWords.forEach((w) => BY_WORD.set(w, (BY_WORD.get(w) ?? 0) | (1 << i))));
/** Related types whose earlier findings may lend a missing slot ("prior:giver"). */
const FAMILY: Partial<Record<DevelopmentType, DevelopmentType[]>> = {
  GiftConfirmed: ['GiftConfirmed', 'GiftGiven'],
  GiftGiven: ['GiftGiven', 'GiftConfirmed'],
};
const PASSIVE = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/i;
const MODAL = /\b(?:will|would|could|may|might|should|must|can|cannot|shall)\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+)?$/i;
const INFINITIVE = /\bto\s+(?:\w+ly\s+)?$/i;
const DECIDED = /\b(?:voted|vote|votes|agreed|agrees|decided|decides|moved|moves|resolved|chose|opted|went on|began|begun|started|continued|ruled|acted)(?:\s+[\w,-]+){0,5}?\s+to\s+(?:\w+ly\s+)?$/i;
/** The trigger sits in a condition: "if the council approves ...". */
const CONDITIONAL = /\b(?:if|unless)\b[^,;]*$/i;
const NEGATED = /\b(?:not|never|n't|no longer)\s+(?:\w+ly\s+)?$/i;

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** `phrase` in `text` starting at a word's start ("if " is no veto in "Judge Elif Kaya"). */
function containsPhrase(text: string, phrase: string): boolean {
  const bound = WORD_CHAR.test(phrase[0] ?? '');
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!bound || !WORD_CHAR.test(text[at - 1] ?? ' ')) return true;
  }
  return false;
}

/** A trigger under a modal, negated, in a condition, or in an infinitive that reports a request or plan rather than a decision. */
function unrealised(before: string): boolean {
  return MODAL.test(before) || NEGATED.test(before) || CONDITIONAL.test(before) || (INFINITIVE.test(before) && !DECIDED.test(before));
}

export function notableQuote(q: AttributedQuote, body = ''): boolean {
  const words = q.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < NOTABLE_QUOTE.minWords) return false;
  // a title in quotes ("Cold Harbour", "Notes From the Annex") names a work; it is not a statement
  if (words.length <= 6 && !/[,.!?;:]/.test(q.text) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|a|an|and|in|on|for|to|from)$/.test(w)) && /^[\p{Lu}\d]/u.test(words[0]!)) return false;
  if (words.length > NOTABLE_QUOTE.maxNounPhraseWords || hasVerb(words)) return true;
  // a characterisation, its article inside the quotes or just before them: "a “leading Russian artist”"
  return !/^(?:a|an|the)$/i.test(words[0]) && !/\b(?:a|an|the)\s+[“"‘]$/i.test(body.slice(Math.max(0, q.start - 6), q.start));
}

export function applyCatalog(doc: Doc, source: string | null): RawFinding[] {
  const out: RawFinding[] = [];
  const quotesOf = new Map<number, AttributedQuote[]>();
  for (const q of doc.quotes) if (q.speaker && notableQuote(q, doc.body)) quotesOf.set(q.sentence, [...(quotesOf.get(q.sentence) ?? []), q]);
  for (const s of doc.sentences) {
    const quotes = quotesOf.get(s.index) ?? [];
    let candidates = 0;
    const words = new Set(wordsOf(s.text));
    for (const w of words) candidates |= BY_WORD.get(w) ?? 0;
    const view: SentenceView = { s, quoted: null, lower: null, words };
    const lower = s.text.toLowerCase();
    const fired: RawFinding[] = [];
    for (let i = 0; i < RULES.length; i++) {
      const rule = RULES[i];
      if (rule.quoteDriven) {
        for (const q of quotes) pushIf(fired, build(rule, doc, s, { index: 0, end: 0, text: '', passive: false }, null, q, source, out));
        continue;
      }
      if (!(candidates & (1 << i))) continue;
      const trigger = firstAnchor(rule, view, rule.trigger);
      if (!trigger) continue;
      if (rule.vetoes.some((v) => containsPhrase(lower, v))) continue;
      // a cue hidden by masking ("the artist" stands for a named person) still counts, anchored at the trigger
      const cue = firstAnchor(rule, view, rule.cue) ?? (rule.cueTest.some((re) => re.test(s.text)) ? trigger : null);
      if (rule.cue.length && !cue) continue;
      let found = build(rule, doc, s, trigger, cue, quotes[0] ?? null, source, out);
      // another trigger or cue of the sentence may carry the slots ("X's gift to Y ... was handed over")
      for (const other of found ? [] : otherAnchors(rule, view, rule.trigger, trigger)) {
        found = build(rule, doc, s, other, cue === trigger ? other : cue, quotes[0] ?? null, source, out);
        if (found) break;
      }
      for (const other of found || !cue || cue === trigger ? [] : otherAnchors(rule, view, rule.cue, cue)) {
        found = build(rule, doc, s, trigger, other, quotes[0] ?? null, source, out);
        if (found) break;
      }
      pushIf(fired, found);
    }
    const superseded = new Set(fired.flatMap((f) => SUPERSEDES.get(f.finding.type) ?? []));
    out.push(...fired.filter((f) => !superseded.has(f.finding.type)));
  }
  return out;
}

function pushIf(list: RawFinding[], f: RawFinding | null): void {
  if (f && !list.some((x) => x.finding.type === f.finding.type && sameKey(x, f))) list.push(f);
}

function sameKey(a: RawFinding, b: RawFinding): boolean {
  const slot = KEY_SLOT[a.finding.type] as keyof Finding['data'];
  return a.finding.data[slot] === b.finding.data[slot] && a.finding.evidence === b.finding.evidence && a.finding.type !== 'StatementIssued';
}

/** A sentence with its quoted stretches, lower-cased masked text and words, computed on first use. */
interface SentenceView { s: SentenceInfo; quoted: Array<[number, number]> | null; lower: string | null; words: Set<string> }

function firstAnchor(rule: CompiledRule, view: SentenceView, matchers: Matcher[]): Anchor | null {
  for (const m of matchers) {
    const a = anchorOf(rule, view, m);
    if (a) return a;
  }
  return null;
}

/** The first anchor of each matcher other than `first`, in matcher order. */
function otherAnchors(rule: CompiledRule, view: SentenceView, matchers: Matcher[], first: Anchor): Anchor[] {
  const out: Anchor[] = [];
  for (const m of matchers) {
    const a = anchorOf(rule, view, m);
    if (a && a.index !== first.index && !out.some((o) => o.index === a.index)) out.push(a);
  }
  return out;
}

const WORD = /[a-z0-9_]/;
const WORD_OR_HYPHEN = /[a-z0-9_-]/;

/** Where the forms occur in the masked sentence, at word boundaries, by position (longest first). */
function occurrences(view: SentenceView, set: FormSet): Array<[number, string]> {
  const lower = (view.lower ??= view.s.masked.toLowerCase());
  const out: Array<[number, string]> = [];
  for (const w of view.words) {
    for (const text of set.byKey.get(w) ?? []) {
      for (let at = lower.indexOf(text); at >= 0; at = lower.indexOf(text, at + 1)) {
        // "hand" is no verb in "hand-carved": a hyphen joins words
        const edgeOk = !WORD.test(text[0]) || !WORD_OR_HYPHEN.test(lower[at - 1] ?? ' ');
        const tailOk = !WORD.test(text[text.length - 1]) || !WORD_OR_HYPHEN.test(lower[at + text.length] ?? ' ');
        if (edgeOk && tailOk) out.push([at, view.s.masked.slice(at, at + text.length)]);
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
}

/** The first match outside quoted words, with whether the verb is passive ("was removed"). */
function anchorOf(rule: CompiledRule, view: SentenceView, matcher: Matcher): Anchor | null {
  const s = view.s;
  const quoted = (view.quoted ??= [...s.masked.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)].map((q) => [q.index ?? 0, (q.index ?? 0) + q[0].length]));
  const found = matcher instanceof RegExp ? [...s.masked.matchAll(matcher)].map((m): [number, string] => [m.index, m[0]]) : occurrences(view, matcher);
  for (const [index, text] of found) {
    if (quoted.some(([a, b]) => index > a && index < b && !(rule.spec.quotedFragments && b - a < 60))) continue;
    // the auxiliary sits within a few words before the participle: test that stretch only
    const before = s.masked.slice(Math.max(0, index - 40), index);
    if (rule.spec.realisedOnly && unrealised(before)) continue;
    // a participle phrase ("has been gifted") is passive like a verb form
    const passive =
      ((rule.participles.has(text.toLowerCase()) || /^\p{L}+ed$/u.test(text)) && PASSIVE.test(before)) ||
      // a trigger phrase that carries its own auxiliary ("was first reported")
      /^(?:was|were|is|are|been)\s(?:[\p{L}]+\s)?\p{L}+ed$/iu.test(text);
    return { index, end: index + text.length, text, passive };
  }
  return null;
}

function build(rule: CompiledRule, doc: Doc, s: SentenceInfo, trigger: Anchor, cue: Anchor | null, quote: AttributedQuote | null, source: string | null, prior: RawFinding[]): RawFinding | null {
  const spec = rule.spec;
  const ctx: FinderContext = { doc, s, trigger, cue, quote, source, prior, family: FAMILY[spec.type] ?? [spec.type] };
  const data: Record<string, string> = {};
  const keySlot = KEY_SLOT[spec.type];
  let keyKind: string | null = null;
  let fallbacks = 0;
  for (const [slot, finders] of rule.slots) {
    let found: Found | null = null;
    for (let i = 0; i < finders.length && !found; i++) {
      found = runFinder(finders[i], ctx);
      // the go-between is neither side: "given to X's envoy Y" goes to X, "delivered by Ambassador Y" comes from the giver, via Y
      if (found && (slot === 'recipient' || slot === 'giver') && found.value === data.intermediary) found = null;
      // "X reported, citing ...": an outlet passes a confirmation on; the confirmer is whoever it cites
      if (found && slot === keySlot && spec.keyNotOutlet && found.mention && isOutlet(found.mention)) found = null;
      // "the first outlet to misreport": a party described, not named
      if (found && slot === keySlot && spec.keyNamed && found.mention && !/\p{Lu}/u.test(found.value)) found = null;
      if (found && i > 0 && spec.required.includes(slot as never)) fallbacks++;
    }
    if (!found) continue;
    data[slot] = found.value;
    if (slot === keySlot) keyKind = found.mention?.kind ?? null;
  }
  if (spec.required.some((r) => !data[r])) return null;
  const allowed = spec.keyKinds ?? ['person', 'org'];
  if (keyKind && !allowed.includes(keyKind as never)) return null;
  if (keyKind === 'person' && spec.keyRoles && !hasRole(doc, data[keySlot], spec.keyRoles)) return null;
  if (keyKind === 'org' && spec.keyInstitution && !isInstitutionName(data[keySlot])) return null;
  if (!sane(spec.type, data)) return null;
  const confidence = Math.max(0.3, Math.round((spec.confidence - 0.05 * fallbacks) * 100) / 100);
  const finding = { type: spec.type, data, evidence: s.text, confidence, occurredAt: null } as unknown as Finding;
  return { finding, sentence: s.index, keyKind };
}

function hasRole(doc: Doc, name: string, roles: string[]): boolean {
  const person = doc.names.find(name);
  return !!person && [...person.roles].some((r) => roles.includes(r.split(' ').pop() ?? r));
}

/** "a combined £12,000", "$5 million": money, what is left of it once the amount is taken out. */
const MONEY_ITEM = /^(?:(?:a|an|the)\s+)?(?:(?:combined|total|further|sum of)\b|[$£€¥]\s?\d)|^\d[\d,.]*\s*(?:million|billion|euros?|dollars?|pounds?)\b/i;

/** Slot combinations that cannot be right: one party on both sides of a gift or a rebuke. */
function sane(type: DevelopmentType, d: Record<string, string>): boolean {
  if ((type === 'GiftGiven' || type === 'GiftConfirmed') && d.giver === d.recipient) return false;
  // money given to a campaign or a fund is a donation, not a gift between parties
  if ((type === 'GiftGiven' || type === 'GiftConfirmed') && MONEY_ITEM.test(d.item ?? '')) return false;
  if (type === 'RebukeIssued' && d.speaker === d.target) return false;
  if (type === 'GiftConfirmed' && d.confirmer === d.recipient && d.confirmer !== d.giver) return true;
  return true;
}
