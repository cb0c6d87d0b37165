import { classifyParty, knownAgency, type Party } from './parties.js';

export interface BylineFound {
  agencies: string[];
  authors: string[];
}

const BY = /^by\s+(.+)$/i;
const TRAILER_START =
  /^\(?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|reported|written|edited|compiled|research(?:ed)?|translation|translated|produced|graphics|video|photos|photography|fact-checking)\s+by\s/i;
const ROLE_BY = /^(?:and\s+)?(?:[\p{L}-]+\s+){0,2}by\s+(.+)$/iu;
const CONTRIBUTED =
  /^(.+?)\s+contributed\s+(?:(?:additional\s+)?reporting|to\s+this\s+(?:report|story|article))\b[^.]{0,120}\.?$/i;
const STAFF =
  /\b(?:staff\s+(?:writers?|reporters?)|staff\s+and\s+agencies|wire\s+(?:services|reports)|(?:with|and)\s+agencies)\b/i;
/** "writersNews Corp": a lower-case word glued to the capitalised name after it. */
const GLUE = /(?<=(?:^|[^\p{L}])\p{Ll}{3,})(?=\p{Lu})/u;
const LIST_SEPARATOR = /\s*[,|•·]\s*|\s+and\s+|\s*&\s*|\s+[–—]\s+/;
const PLACE_SUFFIX = /\s+(?:in|from)\s+\p{Lu}.*$/u;
const STAFF_PREFIX = /^(?:\p{Lu}[\p{L}.]*\s+)?staff\s+(?:writers?|reporters?)\s+/iu;
const POSSESSIVE = /^(.+?)['’]s\s+(.+)$/;

/**
 * Reads a whole line as a byline or credit trailer: "By Jane Doe, Reuters",
 * "Emily Schmall, Associated Press",
 * "(Reporting by X in Kabul; Editing by Y)", "AP and staff writers", "CNN's
 * X contributed to this report." Null for anything else, so a sentence that
 * starts with "By" stays a sentence.
 */
export function parseByline(line: string): BylineFound | null {
  if (line.length > 400) return null;
  if (TRAILER_START.test(line)) return trailer(line);
  const contributed = CONTRIBUTED.exec(line);
  if (contributed?.[1]) return parties(contributed[1].replace(STAFF_PREFIX, ''), true);
  if (line.length > 120 || /[.;:]$/.test(line)) return null;
  const by = BY.exec(line);
  if (by?.[1]) return parties(by[1], false);
  const named = parties(line, false);
  if (named && named.authors.length > 0 && named.agencies.some((a) => knownAgency(a) !== null)) return named;
  const unglued = line.split(GLUE);
  if (unglued.some((piece) => STAFF.test(piece))) return parties(unglued.join(', '), false, true);
  const agency = knownAgency(line);
  return agency ? { agencies: [agency], authors: [] } : null;
}

/** "(Reporting by A in Kabul, B; Writing by C; Editing by D)": every name, whatever its role. */
function trailer(line: string): BylineFound | null {
  if (line.startsWith('(') !== /\)\s*\.?$/.test(line)) return null;
  const inner = line.replace(/^\(\s*/, '').replace(/\s*\)\s*\.?$/, '');
  const found: BylineFound = { agencies: [], authors: [] };
  for (const segment of inner.split(/\s*;\s*/)) {
    const names = ROLE_BY.exec(segment)?.[1];
    if (!names) continue;
    for (const piece of names.split(LIST_SEPARATOR)) add(found, classifyParty(piece.replace(PLACE_SUFFIX, '')));
  }
  return found;
}

/**
 * A list of people and agencies. Strict lists (after "By") fail on any piece
 * that is not a name; lenient ones (a "contributed to this report" line,
 * already unambiguous) skip such pieces. A staff credit ("Staff and
 * agencies") is a byline even when it names nobody.
 */
function parties(list: string, lenient: boolean, nobodyNamed = false): BylineFound | null {
  const found: BylineFound = { agencies: [], authors: [] };
  for (const raw of list.split(LIST_SEPARATOR)) {
    const piece = raw.replace(PLACE_SUFFIX, '').trim();
    if (piece === '') continue;
    const possessive = POSSESSIVE.exec(piece);
    const owner = possessive?.[1] ? classifyParty(possessive[1]) : null;
    if (possessive?.[2] && owner?.kind === 'agency') {
      add(found, owner);
      add(found, classifyParty(possessive[2]));
      continue;
    }
    const party = classifyParty(piece);
    if (!party && !lenient) return null;
    add(found, party);
  }
  return nobodyNamed || found.agencies.length + found.authors.length > 0 ? found : null;
}

function add(found: BylineFound, party: Party | null): void {
  if (!party) return;
  if (party.kind === 'author' && !found.authors.includes(party.name)) found.authors.push(party.name);
  const agency = party.kind === 'agency' || party.kind === 'platform' ? party.name : party.kind === 'label' ? party.agency : null;
  if (agency && !found.agencies.includes(agency)) found.agencies.push(agency);
}
