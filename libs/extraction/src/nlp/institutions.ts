/**
 * Institutional parties written in lower case: "the city council voted", "the embassy denied",
 * "a district court put on hold", "Police said", "the grocer also denied". Each becomes an
 * organisation mention named as fully as the article allows: "the council" is the "Carrow City
 * Council" the article named, "the grocer" the company introduced as "online grocer X", "the
 * transport board" stays "transport board" when no fuller name is given.
 */
import { DEMONYMS, isMonthOrWeekday } from './models';
import type { Mention } from './mentions';
import { INSTITUTION_HEADS, ORG_DESCRIPTORS, aliasesOf } from './party-words';
import type { Sentence } from './sentences';

interface Entry { head: string; name: string; at: number }

/** The article's organisation names by head noun ("council", "paper", "grocer"), in text order. */
export class PartyRegistry {
  private readonly entries: Entry[] = [];

  add(head: string, name: string, at: number): void {
    this.entries.push({ head, name, at });
  }

  /** Registers the heads and descriptors of named organisations ("Carrow City Council" → council). */
  addOrgs(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      if (m.kind !== 'org' || m.indirect) continue;
      for (const w of m.name.toLowerCase().split(/[\s-]+/)) if (INSTITUTION_HEADS.has(w) || ORG_DESCRIPTORS.has(w)) this.add(w, m.name, m.start);
      for (const r of m.roles) if (INSTITUTION_HEADS.has(r) || ORG_DESCRIPTORS.has(r)) this.add(r, m.name, m.start);
    }
  }

  /** The name last given to a party of this kind before `at`, else the first one after it. */
  lookup(head: string, at: number): string | null {
    const heads = aliasesOf(head);
    let before: Entry | null = null;
    let after: Entry | null = null;
    for (const e of this.entries) {
      if (!heads.includes(e.head)) continue;
      if (e.at < at) { if (!before || e.at >= before.at) before = e; } else if (!after || e.at < after.at) after = e;
    }
    return (before ?? after)?.name ?? null;
  }

  /** A name the article gives in full that ends with the phrase ("city council" → "X City Council"). */
  fuller(phrase: string): string | null {
    const p = phrase.toLowerCase();
    const hit = this.entries.find((e) => e.name.toLowerCase().endsWith(p) && e.name.length > p.length && /\p{Lu}/u.test(e.name));
    return hit?.name ?? null;
  }
}

const HEADS = [...new Set([...INSTITUTION_HEADS, ...ORG_DESCRIPTORS])].sort((a, b) => b.length - a.length).join('|');
/** A lower-case head noun, with a possessive: the phrase is then read backwards from it. */
const HEAD = new RegExp(`\\b(?:${HEADS})\\b(?:['’]s?)?`, 'g');
const HEAD_NEXT = new RegExp(`^\\s+(?:${HEADS})\\b`);
const DETS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
const POSSESSOR = /^[\p{L}][\p{L}.-]*['’]s$/u;
const BARE_HINT = /olice|rosecutors|egulators|uthorities/;
const BARE = /(?<![\p{L}]\s?)\b([Pp]olice|[Pp]rosecutors|[Rr]egulators|[Aa]uthorities)\b/gu;
const MOD_STOP = new Set('of and or the a an to in on at for with by from that which who whom whose was were is are be been has had have said says its their his her this these those other same such one two three some any all each every both not no more most also only then now new old own former'.split(' '));
const OF_NAME = /^\s+of\s+((?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:of\s+|and\s+)?[\p{Lu}][\p{L}.'’-]*){0,3})/u;
const APPOSITION = /^(?:\s+|,\s+(?:the\s+)?)[\p{Lu}]/u;

interface Candidate { start: number; end: number; mods: string[]; head: string; possessive: boolean; indefinite: boolean; sentence: number; after: string }

/**
 * Lower-case institutional phrases of a sentence, before resolution: a head noun, read backwards
 * over up to three modifiers to a determiner or a possessor ("the Dutch data protection
 * authority", "the city's legal department", "X's union"); or a bare collective ("Police").
 */
function candidates(body: string, s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  const text = s.text;
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m; m = HEAD.exec(text)) {
    const at = m.index;
    if (at === 0 || !/\s/.test(text[at - 1])) continue;
    const lead = leadOf(text.slice(Math.max(0, at - 90), at));
    if (!lead) continue;
    const possessive = /['’]s?$/.test(m[0]);
    const head = possessive ? m[0].replace(/['’]s?$/, '') : m[0];
    const headEnd = s.start + at + head.length;
    const after = body.slice(headEnd, headEnd + 60);
    // "city council", "school board": the first head only qualifies the second
    if (!possessive && HEAD_NEXT.test(after)) continue;
    const next = /^\s+([\p{L}]+)/u.exec(after)?.[1] ?? '';
    if (!possessive && APPOSITION.test(after) && !isMonthOrWeekday(next.toLowerCase())) continue;
    const start = lead.mods.length ? s.start + text.lastIndexOf(lead.mods[0], at) : s.start + at;
    out.push({ start, end: headEnd, mods: lead.mods, head, possessive, indefinite: lead.indefinite, sentence: s.index, after });
  }
  if (!BARE_HINT.test(text)) return out;
  for (const m of text.matchAll(BARE)) {
    const start = s.start + (m.index ?? 0);
    if (out.some((c) => c.start <= start && start < c.end)) continue;
    out.push({ start, end: start + m[0].length, mods: [], head: m[1].toLowerCase(), possessive: false, indefinite: false, sentence: s.index, after: body.slice(start + m[0].length, start + m[0].length + 60) });
  }
  return out;
}

/** The modifiers before a head, when a determiner or a possessor opens them. */
function leadOf(left: string): { mods: string[]; indefinite: boolean } | null {
  const words = left.trimEnd().split(/\s+/);
  const mods: string[] = [];
  for (let i = words.length - 1; i >= 0 && mods.length <= 4; i--) {
    const w = words[i];
    if (DETS.has(w.toLowerCase())) return { mods, indefinite: /^an?$/i.test(w) };
    if (POSSESSOR.test(w)) return { mods, indefinite: false };
    // "the Chamber of Deputies health committee": "of" inside a capitalised name
    const inName = w === 'of' && /^\p{Lu}/u.test(mods[0] ?? '') && /^\p{Lu}/u.test(words[i - 1] ?? '');
    if ((!okMod(w) && !inName) || mods.length === 4) return null;
    mods.unshift(w);
  }
  return null;
}

/** Lower-case modifiers, demonyms and the names of places or bodies ("a Nova Scotia court", "the Berlin city council"). */
function okMod(w: string): boolean {
  if (/^\p{Lu}/u.test(w)) return /^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !/['’]s?$/.test(w);
  return /^[\p{Ll}-]+$/u.test(w) && !MOD_STOP.has(w) && !/(?:ly|ing)$/.test(w);
}

/**
 * Institutional mentions of the whole article, per sentence, named from `registry` (which they
 * also extend). `direct[i]` are sentence i's capitalised mentions; overlapping phrases are skipped.
 */
export function institutionMentions(body: string, sentences: readonly Sentence[], direct: readonly Mention[][], registry: PartyRegistry, inQuote: (o: number) => boolean): Mention[][] {
  // a capitalised institution word at the start of a sentence ("Prosecutors said") may have been taken for a name
  // a place, a body or a loose name among the modifiers ("a ⟨Nova Scotia⟩ court") is part of the institution
  const absorbs = (c: Candidate, m: Mention) => m.kind === 'other' || ((m.kind === 'place' || m.kind === 'org') && m.start >= c.start && m.end <= c.end - c.head.length);
  const found = sentences.map((s) => candidates(body, s).filter((c) => !direct[s.index].some((m) => c.start < m.end && c.end > m.start && !absorbs(c, m))));
  for (const c of found.flat()) {
    if (!c.mods.length) continue;
    const phrase = `${c.mods.join(' ')} ${c.head}`;
    registry.add(c.head, registry.fuller(phrase) ?? phrase, c.start);
  }
  return found.map((list) => list.flatMap((c) => {
    const name = nameOf(c, registry);
    return name ? [{ start: c.start, end: c.end, surface: body.slice(c.start, c.end), kind: 'org' as const, roles: [c.head], possessive: c.possessive, inQuote: inQuote(c.start), name, sentence: c.sentence, indirect: true }] : [];
  }));
}

function nameOf(c: Candidate, registry: PartyRegistry): string | null {
  const institution = INSTITUTION_HEADS.has(c.head);
  if (c.mods.length) {
    const phrase = `${c.mods.join(' ')} ${c.head}`;
    return registry.fuller(phrase) ?? phrase;
  }
  const of = institution ? OF_NAME.exec(c.after) : null;
  if (of) return `${c.head} of ${of[1]}`;
  if (c.indefinite) return institution ? c.head : null;
  return registry.lookup(c.head, c.start) ?? (institution ? c.head : null);
}
