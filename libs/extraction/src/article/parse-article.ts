/**
 * Article files: the seed `.txt` format (an optional leading ` date YYYY-MM-DD ` then the text) and
 * `.json` `{title?, url?, source?, publishedAt?, body}`. Bad input is a typed error, never a guess.
 */
import { guessSource } from './source';

export type ArticleErrorCode = 'empty-body' | 'too-large' | 'invalid-utf8' | 'binary' | 'invalid-json' | 'invalid-field' | 'invalid-date' | 'future-date';

export class ArticleParseError extends Error {
  constructor(readonly code: ArticleErrorCode, message: string) {
    super(message);
    this.name = 'ArticleParseError';
  }
}

export interface ParsedArticle {
  title?: string;
  url?: string;
  source: string | null;
  publishedAt: string | null;
  body: string;
}

export const MAX_ARTICLE_BYTES = 1024 * 1024;
const DATE_PREFIX = /^\uFEFF?\s*date\s+(\S+)[ \t]*\r?\n?[ \t]*/;

/** Parses file content; `now` (ISO date) bounds publication dates, as the caller's clock. */
export function parseArticleFile(name: string, content: string, now: string): ParsedArticle {
  if (Buffer.byteLength(content, 'utf8') > MAX_ARTICLE_BYTES) throw new ArticleParseError('too-large', `article exceeds ${MAX_ARTICLE_BYTES} bytes`);
  if (/[\u0000-\u0008\u000E-\u001F]/.test(content)) throw new ArticleParseError('binary', 'article contains binary control characters');
  return /\.json$/i.test(name) ? fromJson(content, now) : fromText(content, now);
}

/** The same from raw bytes: rejects invalid UTF-8 instead of decoding it into replacement characters. */
export function parseArticleBuffer(name: string, bytes: Uint8Array, now: string): ParsedArticle {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw new ArticleParseError('too-large', `article exceeds ${MAX_ARTICLE_BYTES} bytes`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleParseError('invalid-utf8', 'article is not valid UTF-8');
  }
  return parseArticleFile(name, text, now);
}

function fromText(content: string, now: string): ParsedArticle {
  const m = DATE_PREFIX.exec(content);
  const publishedAt = m ? checkDate(m[1], now) : null;
  const body = (m ? content.slice(m[0].length) : content).trim();
  if (!body) throw new ArticleParseError('empty-body', 'article body is empty');
  return { source: guessSource(body), publishedAt, body };
}

function fromJson(content: string, now: string): ParsedArticle {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (e) {
    throw new ArticleParseError('invalid-json', `invalid JSON: ${(e as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ArticleParseError('invalid-json', 'expected a JSON object');
  const o = raw as Record<string, unknown>;
  for (const k of ['title', 'url', 'source', 'publishedAt', 'body']) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') throw new ArticleParseError('invalid-field', `"${k}" must be a string`);
  }
  const body = typeof o.body === 'string' ? o.body.trim() : '';
  if (!body) throw new ArticleParseError('empty-body', 'article body is empty');
  const url = (o.url as string | undefined) || undefined;
  return {
    ...(o.title ? { title: o.title as string } : {}),
    ...(url ? { url } : {}),
    source: (o.source as string | undefined)?.trim() || guessSource(body, url),
    publishedAt: o.publishedAt ? checkDate(o.publishedAt as string, now) : null,
    body,
  };
}

/** A calendar date (time part dropped), real and not after `now`. */
function checkDate(value: string, now: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new ArticleParseError('invalid-date', `unparsable date "${value}"`);
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (day > now.slice(0, 10)) throw new ArticleParseError('future-date', `date ${day} lies in the future`);
  return day;
}
