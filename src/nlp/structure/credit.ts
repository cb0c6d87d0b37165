import { classifyParty, type Party } from './parties.js';

/** Who a photo or video credit names. */
export interface ParsedCredit {
  /** The platform or labelled outlet the item comes from: "Facebook", "AP Photo", "Getty Images". */
  origin: string | null;
  author: string | null;
  agency: string | null;
}

/** A credit found at the end of a stretch of text. */
export interface CreditMatch {
  /** Where the credit furniture starts, label included ("Picture: …", "(AP Photo/…)"). */
  start: number;
  end: number;
  /** The credit itself, without label or brackets: "AP Photo/Felipe Dana". */
  creditStart: number;
  creditEnd: number;
  /** The label before it, lower-cased ("picture", "credit"), or null for a bare credit. */
  marker: string | null;
  parsed: ParsedCredit;
}

/** "Picture:", "Credit:", "Photo credit:", "Image courtesy of": the label before a credit. */
const MARKER =
  /(?<![\p{L}\p{N}])((?:(?:photo|image|picture|video|footage)s?\s+)?(?:credits?|courtesy(?:\s+of)?)|pictures?|photos?|photograph|images?|video|footage)\s*:\s*([^:\n]{2,100})$/iu;
const PARENTHESISED = /\(([^()\n]{2,100})\)$/;
const MEDIA_WORD = /\/|\b(?:photo|picture|image|video|footage)s?\b/i;
const BY_PREFIX = /^(?:(?:file\s+)?(?:photo|picture|image|video|footage)s?\s*(?:by|:|courtesy\s+of)|courtesy\s+of)\s*/i;
/** Wire photo credits written in capitals and glued to the caption: "…, IraqREUTERS/Alaa Al-Marjani". */
const AGENCY_SLASH =
  /(?<![\p{Lu}/])(?:REUTERS|Reuters|AFP(?: PHOTO| Photo)?|AP Photo|EPA(?:-EFE)?|AAP|ANP|XINHUA|Xinhua|SANA|ANADOLU|Anadolu|Associated Press)\s?\/\s?\p{Lu}[^/\n]{1,60}(?:\/[^/\n]{1,40})?$/u;
/** A name/agency credit after a finished sentence (not after an initial): "… in Aleppo. John Doe/AFP/Getty Images". */
const AFTER_SENTENCE = /(?<=[\p{Ll}\d)][.!?]["”’)]?\s)[^.!?\n/]{2,60}\/[^.!?\n]{2,60}$/u;
const EMBED = /^An?\s+(photo|video)\s+posted\s+by\s+([^()\n]{1,60}?)\s+\(@[\w.]+\)\s+on\s+[^\n]{4,60}$/i;
const TAIL = 180;

/**
 * Parses a credit into origin, author and agency. Returns null unless every
 * piece of it is a name, an agency or a platform: a headline or a sentence is
 * not a credit.
 */
export function parseCredit(credit: string): ParsedCredit | null {
  return readCredit(credit)?.parsed ?? null;
}

function readCredit(credit: string): { parsed: ParsedCredit; parties: Party[] } | null {
  const body = credit.trim().replace(BY_PREFIX, '').replace(/[.\s]+$/, '');
  if (body === '' || body.length > 100) return null;
  const parties: Party[] = [];
  for (const piece of splitPieces(body)) {
    const party = classifyParty(piece);
    if (!party) return null;
    parties.push(party);
  }
  const platform = parties.find((p) => p.kind === 'platform');
  const label = parties.find((p) => p.kind === 'label');
  const agencies = parties.flatMap((p) => (p.kind === 'agency' ? [p.name] : p.kind === 'label' ? [p.agency] : []));
  const author = parties.find((p) => p.kind === 'author');
  if (!platform && agencies.length === 0 && !author) return null;
  const parsed = {
    origin: platform?.name ?? label?.name ?? agencies.at(-1) ?? null,
    author: author?.name ?? null,
    agency: agencies[0] ?? null,
  };
  return { parsed, parties };
}

/** "AP Photo/Felipe Dana", "Seth Wenig, AP", "Jane Doe for The Washington Post/Getty Images". */
function splitPieces(body: string): string[] {
  return body
    .split(/\s*\/\s*/)
    .flatMap((p) => p.split(/\s+(?:for|via)\s+/i))
    .flatMap((p) => {
      const comma = p.lastIndexOf(',');
      return comma === -1 ? [p] : [p.slice(0, comma), p.slice(comma + 1)];
    })
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Finds a credit ending at `end` (the end of a line, or of the text before a
 * glued "Source:" tag). Only the last few hundred characters are looked at,
 * so long paragraphs cost nothing extra.
 */
export function findCreditAtEnd(text: string, lineStart: number, end: number): CreditMatch | null {
  const from = Math.max(lineStart, end - TAIL);
  const tail = text.slice(from, end);
  return (
    markedCredit(tail, from) ??
    bracketedCredit(tail, from) ??
    patternCredit(AGENCY_SLASH, tail, from, 'author') ??
    patternCredit(AFTER_SENTENCE, tail, from, 'known')
  );
}

/**
 * A whole line that is nothing but a credit: "Associated Press/Wally Santana",
 * or the line an embedded Instagram post leaves behind, "A photo posted by
 * Jane Doe (@janedoe) on Nov 14, 2015 at 11:17am PST".
 */
export function wholeLineCredit(line: string): { parsed: ParsedCredit; marker: string | null } | null {
  const embed = EMBED.exec(line);
  if (embed?.[1] && embed[2]) {
    return { parsed: { origin: 'Instagram', author: embed[2], agency: null }, marker: embed[1].toLowerCase() };
  }
  if (line.length > 90 || /[.!?:]$/.test(line) || !/\/|\svia\s/i.test(line)) return null;
  const parsed = requireKnownSource(line);
  return parsed ? { parsed, marker: null } : null;
}

function markedCredit(tail: string, offset: number): CreditMatch | null {
  const m = MARKER.exec(tail);
  if (!m?.[1] || m[2] === undefined) return null;
  const credit = m[2].replace(/\s+$/, '');
  const parsed = parseCredit(credit);
  if (!parsed) return null;
  const creditStart = offset + m.index + m[0].length - m[2].length;
  return {
    start: offset + m.index,
    end: creditStart + credit.length,
    creditStart,
    creditEnd: creditStart + credit.length,
    marker: m[1].toLowerCase(),
    parsed,
  };
}

function bracketedCredit(tail: string, offset: number): CreditMatch | null {
  const m = PARENTHESISED.exec(tail);
  if (!m?.[1] || !MEDIA_WORD.test(m[1])) return null;
  const parsed = requireKnownSource(m[1]) ?? (BY_PREFIX.test(m[1]) ? parseCredit(m[1]) : null);
  if (!parsed) return null;
  const start = offset + m.index;
  const label = /^(photo|picture|image|video|footage)s?\b/i.exec(m[1]);
  return {
    start,
    end: start + m[0].length,
    creditStart: start + 1,
    creditEnd: start + 1 + m[1].length,
    marker: label?.[1] ? label[1].toLowerCase() : null,
    parsed,
  };
}

/** `needs`: a glued "REUTERS/…" must name a photographer; a slash credit after a sentence must name a known source. */
function patternCredit(re: RegExp, tail: string, offset: number, needs: 'author' | 'known'): CreditMatch | null {
  const m = re.exec(tail);
  if (!m) return null;
  const parsed = needs === 'known' ? requireKnownSource(m[0]) : parseCredit(m[0]);
  if (!parsed || (needs === 'author' && parsed.author === null)) return null;
  const start = offset + m.index;
  return { start, end: start + m[0].length, creditStart: start, creditEnd: start + m[0].length, marker: null, parsed };
}

/**
 * Without a label, a slash pair is only a credit when it names a source we
 * know, or a person beside an agency: "Israel/Palestine" is not a credit.
 */
function requireKnownSource(s: string): ParsedCredit | null {
  const found = readCredit(s);
  if (!found) return null;
  const known = found.parties.some(
    (p) => p.kind === 'platform' || p.kind === 'label' || (p.kind === 'agency' && p.known),
  );
  const personWithAgency = found.parsed.author !== null && found.parsed.agency !== null;
  return known || personWithAgency ? found.parsed : null;
}
