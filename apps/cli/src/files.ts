import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.json']);

/**
 * Expands files and folders into article files in name order (folders recursively; only .txt and
 * .json inside folders, while a file named directly is always taken so a wrong extension gets a
 * clear rejection rather than silence). Missing paths are reported, not thrown.
 */
export async function collectArticleFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) missing.push(path);
    else if (info.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return { files, missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !entry.name.endsWith('.expected.json')) out.push(path);
  }
  return out;
}
