import { parseDocument, type DomElement } from './dom.js';

let scratch: DomElement | null = null;
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * Decodes character references (`&#8211;`, `&#039;`, `&amp;`) in a plain-text
 * value such as a feed title; text without any is returned unchanged, and
 * tags are not interpreted.
 */
export function decodeEntities(value: string): string {
  if (!ENTITY.test(value)) return value;
  scratch ??= parseDocument('').createElement('div');
  scratch.innerHTML = value.replace(/</g, '&lt;');
  return scratch.textContent ?? value;
}
