/**
 * Name resolution within an article (and the story): a short form ("Lastname", "Firstname",
 * "Lastname's") resolves to the one full name the article or story knows that ends or starts with
 * it; a role descriptor ("the artist", "the French minister") resolves to the one person seen
 * with that role.
 */
import { Mention } from './mentions';

interface Person { name: string; tokens: string[]; key: string; lower: string; roles: Set<string> }

const norm = (s: string) => s.toLowerCase().replace(/['’]s?$/, '');

export class NameIndex {
  private readonly people: Person[] = [];

  constructor(known: readonly string[] = []) {
    for (const k of known) this.add(k, []);
  }

  /** Registers multi-token person mentions, then resolves every mention of the article. */
  static build(mentions: Mention[], known: readonly string[] = []): NameIndex {
    const index = new NameIndex(known);
    for (const m of mentions) if (m.kind === 'person' && m.surface.includes(' ')) index.add(m.surface, m.roles);
    for (const m of mentions) {
      const full = index.resolve(m.surface);
      if (full && (m.kind !== 'place' || !m.surface.includes(' '))) {
        m.kind = 'person';
        m.name = full;
        const person = index.find(full);
        if (person) m.roles.forEach((r) => person.roles.add(r));
      }
    }
    return index;
  }

  add(name: string, roles: string[]): void {
    const existing = this.find(name);
    if (existing) { roles.forEach((r) => existing.roles.add(r)); return; }
    // A longer form of a known name ("Firstname Middle Lastname") replaces nothing: both stay resolvable.
    const tokens = name.split(/\s+/).map(norm);
    this.people.push({ name, tokens, key: tokens.join(' '), lower: name.toLowerCase(), roles: new Set(roles) });
  }

  find(name: string): Person | undefined {
    const n = name.toLowerCase();
    return this.people.find((p) => p.lower === n);
  }

  /** The full name a surface form refers to, or null when unknown or ambiguous. */
  resolve(surface: string): string | null {
    const toks = surface.split(/\s+/).map(norm);
    const key = toks.join(' ');
    const exact = this.people.find((p) => p.key === key);
    if (exact) return this.longest(exact);
    const hits = this.people.filter((p) => endsWith(p.tokens, toks) || (toks.length === 1 && p.tokens[0] === toks[0]));
    const distinct = new Set(hits.map((h) => this.longest(h)));
    return distinct.size === 1 ? [...distinct][0] : null;
  }

  /** The person uniquely described by a role noun, optionally qualified ("russian", "us"). */
  byRole(role: string, qualifier?: string): string | null {
    const hits = this.people.filter((p) => p.roles.has(role) && (!qualifier || p.roles.has(`${qualifier} ${role}`) || p.roles.has(qualifier)));
    const names = new Set(hits.map((h) => this.longest(h)));
    return names.size === 1 ? [...names][0] : null;
  }

  names(): string[] {
    return [...new Set(this.people.map((p) => this.longest(p)))];
  }

  /** The longest registered form sharing the last name and first token ("Firstname Lastname" over "Lastname"). */
  private longest(p: Person): string {
    let best = p;
    for (const q of this.people) {
      if (q.tokens.length > best.tokens.length && endsWith(q.tokens, best.tokens)) best = q;
    }
    return best.name;
  }
}

function endsWith(full: string[], part: string[]): boolean {
  if (part.length > full.length) return false;
  const off = full.length - part.length;
  return part.every((t, i) => full[off + i] === t);
}
