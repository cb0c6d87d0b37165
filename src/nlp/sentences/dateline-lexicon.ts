/**
 * Upper-case words that open paragraphs without being dateline places. Kept
 * apart from the dateline grammar because they grow with new sources.
 */

/** Labels and kickers: "FILE - In this photo …", "UPDATE: …", "DEVELOPING: …". */
export const LABELS: ReadonlySet<string> = new Set([
  'FILE', 'UPDATE', 'UPDATED', 'BREAKING', 'DEVELOPING', 'EXCLUSIVE', 'WATCH', 'VIDEO', 'PHOTO', 'PHOTOS', 'PICTURE',
  'AUDIO', 'ANALYSIS', 'OPINION', 'COMMENTARY', 'CORRECTION', 'REFILE', 'LIVE', 'URGENT', 'FLASH', 'ALERT', 'EDITOR',
  'EDITORS', 'NOTE', 'WARNING', 'SPOILER', 'GRAPHIC', 'FACTBOX', 'TIMELINE', 'EXPLAINER', 'POLL', 'QUIZ', 'LISTEN',
  'READ', 'MORE', 'RELATED', 'SOURCE', 'SOURCES', 'CREDIT', 'ADVISORY', 'LATEST', 'SUMMARY', 'WRAPUP', 'INSIGHT',
  'FEATURE', 'REVIEW', 'TRANSCRIPT', 'QUOTE', 'QUOTES', 'FACT', 'CHECK', 'EDITORIAL', 'LETTER', 'CLARIFICATION',
]);

/** Last words that make an upper-case run the name of an outlet or group: "WASHINGTON POST", "ISLAMIC STATE". */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'POST', 'TIMES', 'NEWS', 'JOURNAL', 'PRESS', 'STATE', 'TRIBUNE', 'HERALD', 'AGENCY', 'TV', 'RADIO', 'GROUP', 'ARMY',
  'FORCES', 'PARTY', 'COUNCIL', 'MINISTRY', 'GOVERNMENT', 'CORP', 'INC', 'BANK', 'COMMAND', 'FRONT', 'BRIGADE',
]);

/** Acronyms and names written in capitals that open sentences as subjects: "NATO Secretary General …". */
export const ACRONYMS: ReadonlySet<string> = new Set([
  'NATO', 'ISIS', 'ISIL', 'OPEC', 'NASA', 'IAEA', 'UNICEF', 'UNESCO', 'UNHCR', 'UNRWA', 'ASEAN', 'FIFA', 'UEFA', 'AIPAC',
  'HAMAS', 'WHO', 'ACLU', 'OECD', 'OSCE', 'AQAP', 'AQIM', 'SWIFT', 'INTERPOL', 'EUROPOL', 'FRONTEX', 'AMISOM',
  'MONUSCO', 'UNAMA', 'UNAMI', 'AFRICOM', 'CENTCOM', 'DAESH', 'SANA', 'IRNA', 'ANSA', 'TASS', 'XINHUA',
  'YONHAP', 'KCNA', 'WIRED', 'ESPN', 'NASDAQ', 'FEMA', 'OSHA', 'NOAA', 'UNITA', 'FARC', 'PKK', 'USA', 'FBI', 'CIA',
  'NSA', 'IRS', 'EPA', 'DEA', 'FDA', 'SEC', 'FTC', 'FCC', 'DOJ', 'NBA', 'NFL', 'NHL', 'MLB', 'ABC', 'AFP', 'BMW', 'IBM',
  'AMAQ', 'USB', 'TED', 'SWAT', 'AIDS', 'EBOLA', 'ZIKA', 'COVID',
]);

/** Demonyms and adjectives that open News Corp style leads: "IRAQI Prime Minister …". */
export const DEMONYMS: ReadonlySet<string> = new Set([
  'IRAQI', 'SYRIAN', 'KURDISH', 'TURKISH', 'IRANIAN', 'ISRAELI', 'PALESTINIAN', 'SAUDI', 'YEMENI', 'AFGHAN',
  'PAKISTANI', 'RUSSIAN', 'UKRAINIAN', 'AMERICAN', 'BRITISH', 'FRENCH', 'GERMAN', 'CHINESE', 'LIBYAN', 'EGYPTIAN',
  'LEBANESE', 'JORDANIAN', 'SOMALI', 'NIGERIAN', 'ISLAMIC', 'ISLAMIST', 'ARAB', 'SUNNI', 'SHIA', 'SHIITE', 'MUSLIM',
  'CHRISTIAN', 'JEWISH', 'WESTERN', 'EUROPEAN', 'AFRICAN', 'ASIAN', 'INDIAN', 'KOREAN', 'JAPANESE', 'QATARI',
  'EMIRATI', 'KUWAITI', 'BAHRAINI', 'OMANI', 'SUDANESE', 'MALIAN', 'TUNISIAN', 'ALGERIAN', 'MOROCCAN', 'ETHIOPIAN',
  'KENYAN', 'CONGOLESE', 'AUSTRALIAN', 'CANADIAN', 'MEXICAN', 'SPANISH', 'ITALIAN', 'POLISH', 'GREEK', 'FEDERAL',
  'NATIONAL', 'INTERNATIONAL', 'GLOBAL', 'LOCAL', 'POLICE', 'SECURITY', 'MILITARY', 'REBEL', 'GOVERNMENT',
]);

/** Two-letter words that belong to place names ("LA PAZ", "EL PASO", "ST. LOUIS"); other short words are acronyms. */
export const SHORT_PLACE_WORDS: ReadonlySet<string> = new Set([
  'LA', 'EL', 'AL', 'DE', 'DU', 'LE', 'DA', 'DO', 'DI', 'ST', 'MT', 'FT', 'ST.', 'MT.', 'FT.',
]);
