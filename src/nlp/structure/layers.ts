/** Layers assigned by the structure stage (see structure-stage.ts). */
export type ParagraphRole = 'title' | 'headline' | 'body' | 'caption' | 'byline' | 'boilerplate';
export type BoilerplateKind = 'source-line' | 'also-read' | 'related' | 'share' | 'copyright' | 'credit' | 'other';

export interface RangeRef {
  start: number;
  end: number;
}

declare module '../../core/layers.js' {
  interface LayerTypes {
    /** Every non-empty line-block of the text, with the role it plays. Later stages read only `body`/`headline`/`caption` text. */
    paragraph: { role: ParagraphRole };
    /** The document title (first line when it looks like one), without a glued timestamp. */
    title: Record<string, never>;
    /** A date/time written in the text's furniture, e.g. the glued "November 0112:32" after a headline. */
    timestamp: {
      /** `YYYY-MM-DDTHH:mm` when the date is known, `YYYY-MM-DD`, or `THH:mm` for a bare time. */
      value: string;
      date: string | null;
      time: string | null;
      /** True when the year came from the publication date rather than the text. */
      yearInferred: boolean;
    };
    /** A byline or agency credit line ("AP and staff writers"). */
    byline: { agencies: string[]; authors: string[] };
    /** A photo or video caption with its credit; the span covers caption and credit. */
    media: {
      kind: 'photo' | 'video' | 'image';
      caption: RangeRef | null;
      credit: RangeRef | null;
      origin: string | null;
      author: string | null;
      agency: string | null;
    };
    /** A live-blog entry: a headline (often with a timestamp) and the paragraphs under it. */
    entry: { headline: RangeRef | null; timestamp: string | null; update: boolean };
    /** Furniture that later stages must skip ("Source:AP", "Also read", share prompts). */
    boilerplate: { kind: BoilerplateKind };
    /** A quotation mark, including `?` marks that stand for curly quotes lost to encoding. */
    'quote-mark': { role: 'open' | 'close'; recovered: boolean };
  }
}

export {};
