import { charTables } from './normalize.js';

// Words that may stand before a one-word name without being part of another
// person's name: titles, determiners, and the verbs and prepositions that
// start a capitalised headline or sentence.
const NOT_A_FIRST_NAME = new Set(
  `the a an this that these those its their his her our my your both either neither some many most all any every each
  no not when while if but and or nor as after before since under with without for from by at in on of to into against
  between among despite although though because where whether even only also then now meanwhile yet so still once
  unlike like why how what who whom whose which than about over through during until upon toward towards across behind
  beyond near around more less new former late ex said says say told tells ask asked meet meets met backs blames slams
  warns vows urges calls hits rejects accuses condemns praises versus vs mr mrs ms dr sir president presidents prime
  minister ministers general gen lt col colonel major brigadier commander field marshal chancellor secretary senator
  sen rep representative governor gov mayor leader leaders chief spokesman spokeswoman admiral adm captain capt
  sergeant imam caliph sheikh sheik shaikh ayatollah mullah mawlawi maulana mufti emir amir king queen prince crown
  sultan premier vice deputy acting interim supreme grand hojatoleslam saint st lord lady comrade strongman warlord
  candidate nominee republican democrat democratic congressman congresswoman speaker judge justice envoy ambassador
  top senior former late slain killed jailed exiled ousted veteran hardline young elder
  monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/**
 * True when a one-word name ("Obama", "Wagner", "al-Assad") is the surname of
 * someone else: right after a capitalised first name ("Michelle Obama",
 * "Jaques Wagner told…"). A capitalised word after the name means a title-case
 * headline ("Says Assad Must Go"), where every word is capitalised, so the
 * guard stays off there.
 */
export function followsOtherName(cased: string, start: number, end: number): boolean {
  const { word } = charTables();
  const wordBefore = (at: number): [string, number] => {
    if (at < 2 || cased[at - 1] !== ' ') return ['', -1];
    let i = at - 2;
    while (i >= 0 && word[cased.charCodeAt(i)] === 1) i--;
    return [cased.slice(i + 1, at - 1), i];
  };
  let [before, i] = wordBefore(start);
  // "Rifaat al-Assad": look past the particle to the first name.
  if (/^[ae]l$/iu.test(before)) [before, i] = wordBefore(i + 1);
  if (i >= 0 && !/[\s("“]/u.test(cased[i] ?? '')) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(before) || NOT_A_FIRST_NAME.has(before.toLowerCase())) return false;
  const next = /^ (\p{L})/u.exec(cased.slice(end, end + 2));
  return !(next?.[1] !== undefined && next[1] !== next[1].toLowerCase());
}
