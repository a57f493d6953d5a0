/**
 * The slot finders named in rule files, over a masked sentence ("⟨0⟩ confirmed that ⟨1⟩ gave ...").
 * Each returns the slot value as the text gives it (names resolved to the full form), or null.
 * Parties are found here; things, claims and amounts in phrases.ts; context reads in accounts.ts.
 */
import { account, disputedClaim, nearbyOutlet } from './accounts';
import { type Anchor, type FinderContext, type Found, party, refAt, unmask } from './context';
import { MONEY, appositeThing, articleWork, clause, correctionValues, objectPhrase, passiveParty, passiveSubject, relativeThing, thing, triggerNoun, withThing, work } from './phrases';
import { IDENTIFIED_AS } from '../rules/rule';
import { ROLE_NOUNS } from '../nlp/models';

export type { Anchor, FinderContext, Found } from './context';

const PREP = /\b(?:of|to|for|with|from|by|in|at|on|about|against|between|via|including|like|than|under|over|among|into|as)\s+(?:the\s+)?$/i;

function subjectOf(ctx: FinderContext, a: Anchor): Found | null {
  if (a.passive) return null;
  const left = ctx.s.masked.slice(0, a.index);
  const refs = [...left.matchAll(/⟨(\d+)⟩/g)].reverse();
  for (const r of refs) {
    const at = r.index ?? 0;
    const after = left.slice(at + r[0].length, at + r[0].length + 3);
    if (PREP.test(left.slice(Math.max(0, at - 30), at)) || /^['’]s?\b/.test(after) || /;/.test(left.slice(at))) continue;
    const m = refAt(ctx, r[1]);
    // "X, director of the group Y, repeated ...": Y only describes X
    const head = /⟨(\d+)⟩,[^,;⟨]{1,80}$/.exec(left.slice(0, at));
    if (head && /^,/.test(left.slice(at + r[0].length))) {
      const described = refAt(ctx, head[1]);
      if (described?.kind === 'person' && !described.inQuote) return party(described);
    }
    if (m && (m.kind === 'person' || m.kind === 'org') && !m.inQuote) return party(m);
    // "Beijing lashed out at ...", "The United States imposed ...": a country or capital opening
    // the clause right before the verb stands for its government
    if (m && m.kind === 'place' && !m.inQuote && GOVERNMENT_SUBJECT.test(left.slice(0, at)) && /^(?:\s+(?:\w+ly|also|has|have|had|on \w+))*\s*$/.test(left.slice(at + r[0].length))) return party(m);
  }
  return null;
}

/** Where a clause starts: the sentence's start, a dateline ("JAKARTA —", "SEOUL (Reuters) -"), a comma, "and". */
const GOVERNMENT_SUBJECT = /(?:^|[,;:—–]\s*|\s-\s|\)\s*[-—–]?\s*|\band\s+)(?:the\s+)?$/i;

function after(ctx: FinderContext, a: Anchor, preps: string): Found | null {
  const right = ctx.s.masked.slice(a.end, a.end + 140);
  // "by X", "by the ⟨X⟩", not "by craftsmen in the ⟨X⟩": another preposition starts another phrase
  const re = new RegExp(`\\b(?:${preps})\\s+(?:(?!(?:in|of|from|at|on|for|with|near)\\s)[\\p{L}.-]+\\s+){0,4}?⟨(\\d+)⟩`, 'u');
  const m = re.exec(right);
  if (!m || /[⟨]/.test(m[0].slice(0, -m[1].length - 2))) return null;
  // "to the ⟨US⟩ leader": the name only qualifies the role noun after it
  const rest = right.slice((m.index ?? 0) + m[0].length);
  const next = /^\s+([\p{Ll}]+)/u.exec(rest)?.[1];
  if (next && ROLE_NOUNS.has(next)) return null;
  // "by the ⟨Jakarta⟩ daily ⟨X⟩": the place only qualifies the party named after it
  const qualified = refAt(ctx, m[1])?.kind === 'place' ? /^\s+(?:[\p{Ll}-]+\s+){1,3}⟨(\d+)⟩/u.exec(rest) : null;
  if (qualified) return party(refAt(ctx, qualified[1]));
  // "to Kenya's ⟨Cabinet Secretary⟩ for Education, ⟨Grace Wekesa⟩": the person the title belongs to
  const found = refAt(ctx, m[1]);
  const titled = found && found.kind !== 'person' ? /^(?:['’]s)?(?:\s+(?:⟨\d+⟩|[\p{L}-]+)){0,4},\s+⟨(\d+)⟩/u.exec(rest) : null;
  const holder = titled ? refAt(ctx, titled[1]) : undefined;
  if (holder?.kind === 'person') return party(holder);
  // "by ⟨Greece⟩'s ⟨aviation watchdog⟩": the institution, not its country
  const owned = /^['’]s?\s+⟨(\d+)⟩/u.exec(rest);
  return (owned && party(refAt(ctx, owned[1]))) || party(refAt(ctx, m[1]));
}

function object(ctx: FinderContext, a: Anchor, places = false): Found | null {
  if (a.passive) return null;
  const m = /^\s+(?:(?:the|former|fellow|his|her|their|its|then-[\p{L}]+|[\p{Lu}][\p{L}.-]*|[\p{Ll}]+(?:ent|ter|ist|or|er|ian|ary)|counterpart|colleague|host|guest|ally|friend|⟨\d+⟩)\s+){0,4}⟨(\d+)⟩/u.exec(ctx.s.masked.slice(a.end));
  const hit = m ? refAt(ctx, m[1]) : undefined;
  return hit && (places || hit.kind !== 'place') ? party(hit) : null;
}

const ENVOY = '(?:special\\s+|personal\\s+|top\\s+|chief\\s+)?(?:envoy|emissary|aide|representative|adviser|advisor|ambassador|negotiator|delegation|intermediary)';

/** A go-between named with an envoy-like role ("special envoy X", "X, an aide"). */
function intermediary(ctx: FinderContext): Found | null {
  const m = new RegExp(`${ENVOY},?\\s+(?:[\\p{L}.-]+\\s+)?⟨(\\d+)⟩`, 'iu').exec(ctx.s.masked);
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
  // "said X", not "said on Tuesday that X had ...": X is then who the statement is about
  // ... nor "said President X had presented ...": X is the subject of what was said
  const m = /\b(?:said|says|according to|citing|told)\s+(?:the\s+)?(?:(?!that\b)[\p{L}’'-]+\s+){0,4}?⟨(\d+)⟩(?!\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|can|may|might|must|\p{Ll}+ed)\b)/u.exec(ctx.s.masked)
    ?? /⟨(\d+)⟩(?:,[^,]{1,60},)?\s+(?:also\s+)?(?:said|says|told)\b/.exec(ctx.s.masked);
  return m ? party(refAt(ctx, m[1])) : null;
}

const REVEALED = [
  // "X, the organist unmasked as the anonymous composer Y": X, not the pseudonym after "as"
  /⟨(\d+)⟩,\s+(?:(?:the|a|an)\s+(?:[\p{L}⟨⟩\d-]+\s+){0,3}?)?(?:who\s+was\s+)?(?:named|unmasked|identified|revealed|outed|exposed)\s+(?:[\p{L}\d]+\s+){0,3}?(?:as|to be)\b/gu,
  /⟨(\d+)⟩(?:,[^,⟨]{0,20}(?:⟨\d+⟩[^,⟨]{0,30})?,)?,?\s+(?:[\p{L}]+\s+){0,4}?(?:was|is|has been|had been|were)\s+(?:\w+\s+){0,2}?(?:unmasked|identified|named|revealed|outed|exposed|confirmed)\s+(?:as|to be)\b/gu,
  /\b(?:as|to be|is in fact|was in fact|identity as|identified|named|unmasked)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?⟨(\d+)⟩/gu,
  /⟨(\d+)⟩,\s+the\s+(?:[\p{L}-]+\s+)?(?:artist|painter|author|writer|whistleblower|sculptor)\b/gu,
  /\bthat\s+⟨(\d+)⟩\s+(?:\w+\s+)?(?:was|is|had|wrote|created|painted|made|drew|penned|authored)\b/g,
  /⟨(\d+)⟩\s+(?:[\p{L}]+\s+){0,3}?(?:said|says|admitted|confirmed|revealed)\s+(?:that\s+)?(?:he|she|they|⟨\d+⟩)\s+(?:had\s+)?(?:created|painted|made|drew|wrote|penned|authored|was)\b/gu,
  /⟨(\d+)⟩,?\s+(?:[\p{L}]+\s+){0,3}?(?:came forward|come forward|has captured|captured|is behind|was behind|(?:is|was) (?:the (?:man|woman|person|figure|mind|voice|hand)|⟨\d+⟩) behind)\b/gu,
  // "the identity of the anonymous donor was revealed on Monday: businessman ⟨X⟩"
  /\b(?:revealed|unmasked|identified|named)\b[^:⟨]{0,30}:\s+(?:[\p{Ll}-]+\s+){0,2}⟨(\d+)⟩/gu,
  /⟨(\d+)⟩\s+(?:[\p{L}]+\s+){0,3}?(?:was|were|has been|had been)\s+(?:\w+\s+){0,2}?(?:unmasked|identified|outed|exposed)\b/gu,
  new RegExp(`${IDENTIFIED_AS}⟨(\\d+)⟩`, 'gu'),
];
/**
 * "gave ... to his counterpart": the other person the previous sentences named, not the one the
 * sentence is about ("X met Y on Monday. X gave a book to his counterpart" → Y).
 */
function counterpart(ctx: FinderContext, a: Anchor): Found | null {
  if (!/\b(?:to|for)\s+(?:his|her|their|its)\s+(?:[\p{L}-]+\s+)?counterparts?\b/u.test(ctx.s.masked.slice(a.end))) return null;
  const subject = ctx.s.mentions.find((m) => m.kind === 'person' && !m.inQuote);
  for (let k = 1; k <= 2; k++) {
    const people = (ctx.doc.sentences[ctx.s.index - k]?.mentions ?? []).filter((m) => m.kind === 'person' && !m.inQuote && m.name !== subject?.name);
    if (people.length) return party(people[people.length - 1]);
  }
  return null;
}

/** The last person the previous two sentences named who is not the sentence's own subject. */
function contextParty(ctx: FinderContext): Found | null {
  const own = new Set(ctx.s.mentions.filter((m) => m.kind === 'person').map((m) => m.name));
  for (let k = 1; k <= 2; k++) {
    const people = (ctx.doc.sentences[ctx.s.index - k]?.mentions ?? []).filter((m) => m.kind === 'person' && !m.inQuote && !own.has(m.name));
    if (people.length) return party(people[people.length - 1]);
  }
  return null;
}

/** "The researcher who first reported the leak, X, ...": the name set off after the clause. */
function appositionAfter(ctx: FinderContext, a: Anchor): Found | null {
  const m = /^[^,;⟨]{0,80},\s+⟨(\d+)⟩,/.exec(ctx.s.masked.slice(a.end));
  return m ? party(refAt(ctx, m[1])) : null;
}

function revealed(ctx: FinderContext): Found | null {
  for (const re of REVEALED) {
    for (const m of ctx.s.masked.matchAll(re)) {
      const hit = refAt(ctx, m[1]);
      if (hit?.kind === 'person' && !hit.inQuote) return party(hit);
    }
  }
  return null;
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

const PARSED = new Map<string, [string, string]>();

/** "head:arg" split once per finder name. */
function parseFinder(name: string): [string, string] {
  let parsed = PARSED.get(name);
  if (!parsed) {
    const at = name.indexOf(':');
    parsed = at < 0 ? [name, ''] : [name.slice(0, at), name.slice(at + 1)];
    PARSED.set(name, parsed);
  }
  return parsed;
}

export function runFinder(name: string, ctx: FinderContext): Found | null {
  const [head, arg] = parseFinder(name);
  const a = ctx.trigger;
  switch (head) {
    case 'cue': return ctx.cue ? runFinder(arg, { ...ctx, trigger: ctx.cue }) : null;
    case 'subject': return subjectOf(ctx, a);
    case 'agent': return after(ctx, a, 'by') ?? (a.passive ? after(ctx, { ...a, end: 0 }, 'by') : null);
    case 'intermediary': return intermediary(ctx);
    case 'envoyOf': return envoyOf(ctx);
    case 'articleWork': return articleWork(ctx);
    case 'object': return object(ctx, a);
    case 'objectOrPlace': return object(ctx, a, true);
    case 'after': return after(ctx, a, arg);
    case 'from': { const m = /\bfrom\s+(?:[\p{L}.-]+\s+){0,3}?⟨(\d+)⟩/u.exec(ctx.s.masked); return m ? party(refAt(ctx, m[1])) : null; }
    case 'possessor': { const m = new RegExp(`⟨(\\d+)⟩['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${arg})\\b`, 'u').exec(ctx.s.masked); return m ? party(refAt(ctx, m[1])) : null; }
    case 'speaker': return speaker(ctx);
    case 'quoteSpeaker': return ctx.quote?.speaker ? party(ctx.quote.speaker) : null;
    case 'quote': return ctx.quote ? { value: ctx.quote.text } : null;
    case 'quotedClaim': {
      // the trigger said in the quote ("“That is simply not true,” X said"): the quote is the claim
      const at = ctx.quote ? ctx.s.masked.indexOf(ctx.quote.text) : -1;
      return ctx.quote && at >= 0 && a.index >= at && a.index < at + ctx.quote.text.length ? { value: ctx.quote.text } : null;
    }
    case 'quoteTarget': { const m = ctx.s.mentions.find((x) => x.inQuote && x.kind === 'person' && x.name !== ctx.quote?.speaker?.name); return m ? { value: m.name, mention: m } : null; }
    case 'person': { const roles = arg.split('|'); const m = ctx.s.mentions.find((x) => x.kind === 'person' && !x.inQuote && !x.indirect && x.roles.some((r) => roles.includes(r.split(' ').pop() ?? ''))); return party(m); }
    case 'behind': { const m = /((?:\b(?:person|man|woman|figure|voice|mind|hand)|⟨\d+⟩)\s+behind\s+(?:the\s+)?(?:(?:[\p{L}-]+|⟨\d+⟩)\s+){0,2}[\p{L}-]+)/u.exec(ctx.s.masked); return m ? { value: unmask(ctx, m[1]).replace(/\s+(?:that|which|who|and|as|for|since)$/, '') } : null; }
    case 'role': { const m = new RegExp(`\\b(${arg})s?\\b`, 'i').exec(ctx.s.text); return m ? { value: m[1].toLowerCase() } : null; }
    case 'revealed': return revealed(ctx);
    case 'work': return work(ctx);
    case 'thing': return thing(ctx, a);
    case 'passiveParty': return passiveParty(ctx, a);
    case 'passiveThing': return passiveSubject(ctx, a);
    case 'withThing': return withThing(ctx, a);
    case 'appositeThing': return appositeThing(ctx, a);
    case 'relativeThing': return relativeThing(ctx, a);
    case 'contextParty': return !arg || new RegExp(arg, 'i').test(ctx.s.text) ? contextParty(ctx) : null;
    case 'objectPhrase': return objectPhrase(ctx, a);
    case 'triggerNoun': return triggerNoun(a);
    case 'counterpart': return counterpart(ctx, a);
    case 'appositionAfter': return appositionAfter(ctx, a);
    case 'outlet': return nearbyOutlet(ctx);
    case 'clause': return clause(ctx, a);
    // "voted on Wednesday to call" is the act "voted to call"
    case 'trigger': return { value: a.text.toLowerCase().replace(/\s+(?:on\s+\w+day|last\s+\w+|this\s+\w+|late|early)\b(?=\s)/g, '').trim() };
    case 'money': { const m = MONEY.exec(ctx.s.text); return m ? { value: m[0] } : null; }
    case 'source': return ctx.source ? { value: ctx.source } : null;
    case 'selfSource': return ctx.source && /\bthis\s+(?:article|story|report|piece|column)\b/i.test(ctx.s.text) ? { value: ctx.source } : null;
    case 'via': { const m = /\b(?:in a (?:statement|post|interview|briefing|letter)(?: (?:on|to|with) [\p{Lu}][\p{L}]*)?)/u.exec(ctx.s.text); return m ? { value: m[0] } : null; }
    case 'wrongValue': { const v = correctionValues(ctx); return v ? { value: v.wrong } : null; }
    case 'rightValue': { const v = correctionValues(ctx); return v ? { value: v.right } : null; }
    case 'prior': return lastPrior(ctx, arg);
    case 'disputedClaim': return disputedClaim(ctx, a);
    case 'accountA': return account(ctx, 0);
    case 'accountB': return account(ctx, 1);
    default: throw new Error(`unknown finder "${name}"`);
  }
}
