/** Telephone numbers are not quantities: "+44 20 7946 0958", "(212) 555-1234", "202-555-0143". */
import type { NonQuantityParser } from '../parser.js';

export const phoneBlocker: NonQuantityParser = {
  name: 'phone',
  pattern: /\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b/g,
  needsDigit: true,
};
