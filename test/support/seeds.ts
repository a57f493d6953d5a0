import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared sample coverage, beside the repository (../shared/seeds). */
export const SEEDS_DIR = join(__dirname, '../../../shared/seeds');

export interface SeedArticle {
  file: string;
  publishedAt?: string;
  body: string;
}

export function seedArticles(): SeedArticle[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
      const m = /^\s*date\s+(\S+)\s*/.exec(text);
      return { file, publishedAt: m?.[1], body: m ? text.slice(m[0].length) : text };
    });
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
