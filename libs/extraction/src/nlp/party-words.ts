/**
 * Common nouns for parties that are not people: institutions that act and speak on their own
 * ("the council voted", "the embassy said"), descriptors news copy puts before an organisation's
 * name ("online grocer X", "the weekly X"), and the last words of newspaper names.
 */

/** Institutions: a bare "the <head>" is a party even when the article never names it in full. */
export const INSTITUTION_HEADS = new Set([
  'council', 'board', 'authority', 'agency', 'ministry', 'department', 'embassy', 'consulate',
  'court', 'government', 'presidency', 'administration', 'parliament', 'assembly', 'senate',
  'congress', 'cabinet', 'commission', 'committee', 'regulator', 'watchdog', 'inspectorate',
  'police', 'prosecutor', 'prosecutors', 'prosecution', 'tribunal', 'jury', 'union', 'society',
  'foundation', 'museum', 'library', 'university', 'school', 'hospital', 'party', 'army',
  'military', 'city', 'town', 'municipality', 'presidium', 'secretariat', 'directorate',
  'legislature', 'judiciary', 'office', 'panel', 'trust', 'church', 'diocese', 'federation',
  'palace', 'brigade', 'coastguard', 'navy', 'regulators', 'authorities', 'league', 'registry', 'archive',
]);

/**
 * Descriptors of companies, outlets and groups: a party only where the article ties them to a
 * name ("the grocer" after "online grocer X"); on their own they are too vague to report.
 */
export const ORG_DESCRIPTORS = new Set([
  'company', 'firm', 'group', 'grocer', 'retailer', 'supermarket', 'processor', 'bank', 'lender',
  'insurer', 'airline', 'carrier', 'operator', 'developer', 'charity', 'association', 'network',
  'chain', 'maker', 'manufacturer', 'startup', 'platform', 'club', 'campaign', 'organisation',
  'organization', 'institute', 'newspaper', 'paper', 'daily', 'weekly', 'magazine', 'tabloid',
  'broadcaster', 'outlet', 'blog', 'website', 'wire', 'publisher', 'publishing', 'house', 'label',
  'studio', 'gallery', 'broadsheet', 'channel', 'station', 'agency', 'coalition', 'alliance',
  'movement', 'collective', 'consortium', 'venture', 'contractor', 'supplier', 'utility', 'giant',
  'opposition',
]);

/** Heads that name the same kind of party: "the paper" may be the daily named earlier. */
const ALIASES: Record<string, string[]> = {
  paper: ['paper', 'newspaper', 'daily', 'weekly', 'tabloid', 'broadsheet'],
  newspaper: ['newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'broadsheet'],
  daily: ['daily', 'newspaper', 'paper'],
  weekly: ['weekly', 'newspaper', 'paper', 'magazine'],
  magazine: ['magazine', 'weekly'],
  firm: ['firm', 'company'],
  company: ['company', 'firm', 'grocer', 'retailer', 'processor', 'maker', 'manufacturer', 'operator', 'carrier', 'airline', 'bank', 'insurer', 'developer', 'startup', 'utility', 'giant'],
  publisher: ['publisher', 'publishing', 'house'],
  prosecutors: ['prosecutors', 'prosecutor', 'prosecution'],
  city: ['city', 'town', 'municipality', 'council'],
};

export function aliasesOf(head: string): string[] {
  return ALIASES[head] ?? [head];
}

/** Last words of newspaper and agency names ("Coastal Courier", "Northern Ledger"). */
/** Agencies and broadcasters known by one word, which no other cue marks as organisations. */
export const NEWS_AGENCIES = new Set(['reuters', 'bloomberg', 'afp', 'ap', 'axios', 'politico', 'tass', 'ria novosti', 'xinhua', 'interfax', 'yonhap', 'kyodo', 'ansa', 'efe', 'dpa', 'anadolu', 'bernama', 'cnn', 'bbc', 'nbc', 'cbs', 'msnbc', 'npr', 'pbs', 'al jazeera', 'semafor', 'nikkei']);

/** First words of newspaper names: "Daily Graphic", "Sunday Herald", "Evening Standard". */
export const OUTLET_FIRST_WORDS = new Set(['daily', 'sunday', 'evening', 'morning', 'weekly']);

export const OUTLET_WORDS = new Set([
  'courier', 'chronicle', 'observer', 'guardian', 'mirror', 'express', 'standard', 'ledger',
  'star', 'mail', 'news', 'telegraph', 'dispatch', 'bulletin', 'examiner', 'inquirer', 'sentinel',
  'register', 'monitor', 'wire', 'herald', 'gazette', 'tribune', 'journal', 'post', 'times', 'press',
  'daily', 'weekly', 'review', 'record', 'independent', 'globe', 'argus', 'courant', 'leader',
]);

/** A public institution by name: one of its words is an institution head, or it is an acronym. */
export function isInstitutionName(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name) || name.toLowerCase().split(/[\s'’-]+/).some((w) => INSTITUTION_HEADS.has(w));
}

/** Roles of people who act for an institution: their orders and votes are official acts. */
export const OFFICIAL_ROLES = new Set([
  'judge', 'justice', 'minister', 'president', 'prime', 'premier', 'chancellor', 'mayor',
  'governor', 'senator', 'secretary', 'commissioner', 'prosecutor', 'official', 'chief', 'director',
  'head', 'chair', 'chairman', 'chairwoman', 'chairperson', 'councillor', 'councilor', 'leader',
  'magistrate', 'inspector', 'sheriff', 'regulator', 'ambassador', 'king', 'queen', 'executive',
  'ceo', 'speaker', 'attorney', 'general', 'officer', 'superintendent', 'registrar', 'auditor',
]);
