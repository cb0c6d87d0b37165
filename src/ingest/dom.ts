import { parseHTML } from 'linkedom';

/*
 * The few DOM members ingest uses. The project compiles without the DOM lib,
 * so linkedom's own types resolve to `any`; these keep the walkers checked.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

export interface DomDocument {
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  createElement(tag: string): DomElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

const WHOLE_DOCUMENT = /<html[\s>]|<body[\s>]/i;
const SELF_CLOSED = /<([a-z][a-z\d-]*)(\s[^<>]*?)?\s*\/>/gi;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Parses a page or a body fragment (as feed exports store them) into a
 * document with a body. XHTML-style empty elements (`<span id="x"/>`) are
 * closed first: an HTML parser ignores the slash and nests the rest of the
 * page inside them, which hides paragraphs from Readability.
 */
export function parseDocument(html: string): DomDocument {
  const closed = html.replace(SELF_CLOSED, (tag, name: string, attrs: string | undefined) =>
    VOID.has(name.toLowerCase()) ? tag : `<${name}${attrs ?? ''}></${name}>`,
  );
  const page = WHOLE_DOCUMENT.test(closed) ? closed : `<!DOCTYPE html><html><head></head><body>${closed}</body></html>`;
  return parseHTML(page).document as unknown as DomDocument;
}
