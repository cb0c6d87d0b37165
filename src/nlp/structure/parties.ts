/**
 * Who a credit or byline names: a news or photo agency, a platform the item
 * was taken from, or a person. The lists are the few names that furniture
 * uses over and over; anything else is judged by its shape.
 */

const AGENCIES = [
  'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'Reuters', 'Bloomberg', 'dpa',
  'EFE', 'EPA', 'EPA-EFE', 'ANSA', 'Xinhua', 'Kyodo', 'Kyodo News', 'UPI', 'PA', 'PA Images', 'Press Association',
  'AAP', 'ANP', 'Anadolu', 'Anadolu Agency', 'SANA', 'IRNA', 'TASS', 'RIA Novosti', 'Interfax', 'Yonhap', 'PTI',
  'Getty Images', 'Corbis', 'Shutterstock', 'Alamy', 'SIPA', 'Sipa Press', 'Polaris', 'Redux', 'NurPhoto', 'ZUMA Press',
  'Rex Features', 'Abaca', 'Imago', 'CNN', 'BBC', 'NPR', 'Sky News', 'Al Jazeera', 'Rudaw', 'Kurdistan 24', 'Amaq',
  'News Corp Australia', 'News Corp Australia Network', 'The New York Times', 'New York Times', 'The Washington Post',
  'Washington Post', 'The Guardian', 'Daily Mail', 'Asharq Al-Awsat', 'Al Arabiya', 'Sputnik', 'RT', 'USA Today',
  'Fox News', 'CBS News', 'NBC News', 'ABC News', 'Los Angeles Times', 'The Wall Street Journal', 'Wall Street Journal',
  'The Times', 'The Telegraph', 'The Independent', 'Al-Monitor', 'Middle East Eye', 'Kurdistan24',
];

const PLATFORMS = [
  'Facebook', 'Twitter', 'YouTube', 'Instagram', 'Telegram', 'TikTok', 'VK', 'VKontakte', 'Snapchat', 'WhatsApp',
  'LiveLeak', 'Periscope', 'Vimeo', 'Flickr', 'Weibo',
];

const agencyByLower = new Map(AGENCIES.map((a) => [a.toLowerCase(), a]));
const platformByLower = new Map(PLATFORMS.map((p) => [p.toLowerCase(), p]));

/** Words that make an unknown name an organisation rather than a person. */
const ORG_WORD =
  /\b(?:News|Network|Press|Agency|Times|Post|Media|Services?|Wire|Radio|TV|Television|Channel|Daily|Herald|Journal|Tribune|Guardian|Telegraph|Gazette|Broadcasting|Corporation|Corp|Group|Studios?|Pictures|Images|Photos|Ministry|Office|Command|Forces|Committee|Observatory|Foundation|Institute|Council|Agencies|Handout|Pool)\b/;

/** Staff credits that name nobody in particular. */
const GENERIC =
  /^(?:(?:our\s+)?(?:own\s+)?(?:staff(?:\s+(?:writers?|reporters?|correspondents?))?|wires?|wire\s+(?:services|reports)|agencies|news\s+agencies|correspondents?|reporters?|staff\s+and\s+agencies|agency\s+staff))$/i;

/** "Rappler.com": a website credited as a source, never a person. */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|co|uk|in|tv|news|info)$/iu;

/** A label such as "AP Photo", "AFP PHOTO", "Reuters TV": an agency plus the kind of item. */
const AGENCY_LABEL = /^(.+?)\s+(?:photo|photos|pictures|images|video|tv|pool photo)$/i;

/** Lower-case words a name or credit may contain ("al-", "bin", "for", "via"). */
const PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'dos', 'das', 'la', 'le',
  'van', 'von', 'ter', 'ten', 'y', 'e', 'of', 'the', 'and', 'for', 'via', 'mc', 'st.',
]);

const NAME_TOKEN = /^(?:@\w+|[\p{Lu}][\p{L}\p{M}'’.-]*|[\p{Ll}]{1,4}-[\p{Lu}][\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;

export type Party =
  /** `known` when the name is on the agency list rather than judged by its shape. */
  | { kind: 'agency'; name: string; known: boolean }
  | { kind: 'platform'; name: string }
  | { kind: 'label'; name: string; agency: string }
  | { kind: 'author'; name: string }
  | { kind: 'generic'; name: string };

/** The canonical spelling of a known agency ("REUTERS" → "Reuters"), or null. */
export function knownAgency(name: string): string | null {
  return agencyByLower.get(stripThe(name).toLowerCase()) ?? agencyByLower.get(name.toLowerCase()) ?? null;
}

function knownPlatform(name: string): string | null {
  return platformByLower.get(name.toLowerCase()) ?? null;
}

/** Classifies one piece of a credit or byline; null when it is not a name at all (a sentence, a phrase). */
export function classifyParty(raw: string): Party | null {
  const part = raw.trim().replace(/^(?:courtesy\s+of|courtesy|handout\s+from|via)\s+/i, '');
  if (part === '') return null;
  if (GENERIC.test(part)) return { kind: 'generic', name: part };
  const platform = knownPlatform(part);
  if (platform) return { kind: 'platform', name: platform };
  const agency = knownAgency(part);
  if (agency) return { kind: 'agency', name: agency, known: true };
  const label = AGENCY_LABEL.exec(part);
  if (label?.[1]) {
    const labelled = knownAgency(label[1]);
    if (labelled) return { kind: 'label', name: part, agency: labelled };
  }
  if (DOMAIN.test(part)) return { kind: 'agency', name: part, known: false };
  if (!isNameLike(part)) return null;
  if (startsWithAgency(part)) return { kind: 'agency', name: stripThe(part), known: true };
  if (ORG_WORD.test(part) || /^[\p{Lu}\d&-]{2,6}$/u.test(part)) return { kind: 'agency', name: stripThe(part), known: false };
  return { kind: 'author', name: part };
}

/** "Rudaw English", "Reuters TV": a known agency followed by more words. */
function startsWithAgency(part: string): boolean {
  const words = part.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    if (knownAgency(words.slice(0, n).join(' '))) return true;
  }
  return false;
}

/** One to six capitalised tokens, with the particles names carry ("Abu Bakr al-Baghdadi"). */
function isNameLike(s: string): boolean {
  const tokens = s.trim().split(/\s+/);
  if (tokens.length === 0 || tokens.length > 6) return false;
  let capitals = 0;
  for (const t of tokens) {
    if (NAME_TOKEN.test(t)) capitals++;
    else if (!PARTICLES.has(t.toLowerCase()) && !/^\d+$/.test(t)) return false;
  }
  return capitals > 0;
}

function stripThe(s: string): string {
  return s.replace(/^the\s+/i, '');
}
