import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements that start and end a paragraph of the extracted text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
/** Elements whose content is never article text. */
const DROPPED = new Set([
  'ASIDE', 'AUDIO', 'BUTTON', 'CANVAS', 'EMBED', 'FOOTER', 'FORM', 'HEAD', 'IFRAME', 'INPUT', 'LINK',
  'MAP', 'META', 'NAV', 'NOSCRIPT', 'OBJECT', 'SCRIPT', 'SELECT', 'STYLE', 'SVG', 'TEMPLATE',
  'TEXTAREA', 'TITLE', 'VIDEO',
]);
/** Table cells sit side by side in a row: keep their words apart without a paragraph break. */
const CELL = new Set(['TD', 'TH']);
const SPACE_RUN = /\s+/g;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * The text of an element as paragraphs separated by blank lines: every block
 * element (headings included) is a paragraph, whitespace inside a paragraph is
 * collapsed to single spaces, and scripts, styles, navigation, asides and
 * hidden elements are left out.
 */
export function paragraphText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(SPACE_RUN, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        current += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as DomElement;
      const tag = el.tagName.toUpperCase();
      if (DROPPED.has(tag) || isHidden(el)) continue;
      if (BLOCK.has(tag)) {
        flush();
        walk(el);
        flush();
      } else if (CELL.has(tag)) {
        current += ' ';
        walk(el);
        current += ' ';
      } else walk(el);
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function isHidden(el: DomElement): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}
