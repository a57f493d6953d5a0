/**
 * The outlet an article comes from, when its metadata does not say: a URL host in the text, a wire
 * byline ("(AP)", "(Reuters) -"), a credit line ("The Associated Press contributed to this
 * report"), or a house appeal ("X is on the ground ..."). Generic patterns, no list of outlets.
 */
const HOST = /\bhttps?:\/\/(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/i;
const WIRE_BYLINE = /^\s*(?:[A-Z][A-Za-z .,'-]{1,40}\s*)?\(([A-Z][A-Za-z&.' ]{1,30})\)\s*[-—–]/m;
const CREDIT = /\b((?:The\s+)?[A-Z][\w&.']*(?:\s+[A-Z][\w&.']*){0,3})\s+contributed to this (?:report|article|story)/;
const HOUSE = /\b((?:The\s+)?[A-Z][\w&.']*(?:\s+[A-Z][\w&.']*){0,3})\s+is (?:on the ground|trusted by|committed to|reader-funded|independent)/;
const BY_OUTLET = /^(?:By\s+[A-Z][\w.' -]{1,40},\s+)((?:The\s+)?[A-Z][\w&.']*(?:\s+[A-Z][\w&.']*){0,3})\s*$/m;

export function guessSource(body: string, url?: string | null): string | null {
  const host = (url && HOST.exec(url)) || HOST.exec(body.slice(0, 2000));
  if (host) return host[1].toLowerCase();
  for (const re of [WIRE_BYLINE, HOUSE, BY_OUTLET, CREDIT]) {
    const m = re.exec(body);
    if (m) return m[1].trim();
  }
  return null;
}
