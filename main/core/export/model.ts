/**
 * The document model every export goes through: a plain, serialisable tree that says what a document contains
 * and nothing of how a renderer draws it. Services build it from a record; the PDF and Word renderers both read
 * it, so the two files of one record say the same thing.
 */

export type Lang = 'ja' | 'en';
/** 'both' is a bilingual document: Japanese and English side by side (see BilingualBlock). */
export type DocumentLang = Lang | 'both';

/** A calendar date as YYYY-MM-DD. Renderers format it for the document's language (text/dates.ts). */
export type IsoDate = string;

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  missing?: false;
  /** A web address the text links to (renderers also link URLs they find in plain text: inline.ts linkRuns). */
  link?: string;
}

/**
 * A value the record does not have yet. Renderers show the words 未記入 / "not provided" plainly (grey, italic,
 * boxed) so a reader never mistakes a gap for a deliberate blank. `text` may name what is missing.
 */
export interface MissingRun {
  missing: true;
  text?: string;
}

export type Run = TextRun | MissingRun;

/** Inline content: a plain string, or styled runs. `\n` inside a run is a line break. */
export type Inline = string | readonly Run[];

export type Align = 'left' | 'center' | 'right';

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  /** Numbering label such as 「第1条」 or "Article 1"; see text/heading.ts for how it joins the text. */
  label?: string;
  text: string;
  /** 'article': 第1条（利用目的） / Article 1 (Purposes of Use). 'plain': 1. 概要 / 1. Overview. */
  labelStyle?: 'article' | 'plain';
  lang?: Lang;
  /** Listed in the table of contents; default true for levels 1 and 2. */
  toc?: boolean;
}

export interface ParagraphBlock {
  type: 'paragraph';
  content: Inline;
  lang?: Lang;
  /** Default: justified for Japanese, left for English. */
  align?: Align | 'justify';
  /** Indent the first line by one character (字下げ). */
  indentFirstLine?: boolean;
  /**
   * A numbered item's own marker (「（1）」, "(a)", "1.", 「①」) as written at the start of the text: printed at the
   * margin with the text after it on a hanging indent, so wrapped lines align under the item's first word.
   */
  marker?: string;
  /** A note in place of text (a missing translation): set smaller and muted, never justified. */
  muted?: boolean;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: readonly Inline[];
  lang?: Lang;
}

export interface TableColumn {
  header: Inline;
  /** Fraction of the text width; the fractions of a table are normalised to sum to 1. */
  width: number;
  /** Default: right when every body cell of the column is a number, else left. */
  align?: Align;
}

export interface TableBlock {
  type: 'table';
  columns: readonly TableColumn[];
  rows: readonly (readonly Inline[])[];
  caption?: string;
  lang?: Lang;
  /** Never split across a page: the whole table moves to the next page when it does not fit (unless taller than a page). */
  keepTogether?: boolean;
}

/** Label / value rows, e.g. the nine items of a PPC breach report. */
export interface KeyValueBlock {
  type: 'keyValue';
  rows: readonly { label: Inline; value: Inline }[];
  /** Fraction of the text width taken by the labels; default 0.3. */
  labelWidth?: number;
  lang?: Lang;
  /** Never split across a page (a desk's contact details): see TableBlock.keepTogether. */
  keepTogether?: boolean;
}

/** Date, company, title and name, right-aligned, at the end of a letter or report. */
export interface SignatureBlock {
  type: 'signature';
  date?: IsoDate;
  company: Inline;
  title?: Inline;
  name: Inline;
  lang?: Lang;
}

export interface NoteBlock {
  type: 'note';
  title?: string;
  content: Inline;
  lang?: Lang;
}

/** A table of contents built from the document's headings (those with toc !== false). */
export interface TocBlock {
  type: 'toc';
  title?: string;
  /** Deepest heading level listed; default 2. */
  maxLevel?: 1 | 2 | 3;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type ColumnBlock = HeadingBlock | ParagraphBlock | ListBlock;

/** Japanese on the left, English on the right, both starting at the same height. */
export interface BilingualBlock {
  type: 'bilingual';
  ja: readonly ColumnBlock[];
  en: readonly ColumnBlock[];
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | KeyValueBlock
  | SignatureBlock
  | NoteBlock
  | TocBlock
  | PageBreakBlock
  | BilingualBlock;

export interface DocumentMetadata {
  /** Shown in every page header and written as the file's author. */
  company: string;
  documentDate?: IsoDate;
  effectiveDate?: IsoDate;
  reference?: string;
  /** Subject / keywords for the file's properties. */
  subject?: string;
}

export interface ExportDocument {
  lang: DocumentLang;
  title: string;
  /** For a bilingual document, the English title. */
  subtitle?: string;
  metadata: DocumentMetadata;
  /** Page header text opposite the company; default: the title. */
  headerText?: string;
  /** Dates with the Japanese era as well: 2026年（令和8年）12月28日. */
  era?: boolean;
  /**
   * A document not yet final (an unsent report): this mark (案 / DRAFT …) is drawn in the running header of every
   * page, PDF and Word, so no page of a draft can pass for the document as filed.
   */
  draftMark?: string;
  /**
   * Drawn large, light and diagonal across every page (PDF) and as the header's watermark shape (Word): a policy
   * draft's 「下書き / DRAFT」, so that no printed page of it can be taken for the published policy.
   */
  watermark?: string;
  /**
   * Word only: article headings (labelStyle 'article', numbered 1, 2, 3 … in order) take their number from Word's
   * own numbering, defined on the article heading style, so an article inserted in Word renumbers those after it.
   */
  wordNumbering?: boolean;
  /** Set tighter (a letter that should fit one page): a smaller line pitch and less space above headings. */
  compact?: boolean;
  /**
   * Blocks set above the title, after the reference and date lines: a letter's date, addressee and sender,
   * which a Japanese business letter puts before its subject line.
   */
  letterhead?: readonly Block[];
  blocks: readonly Block[];
}

/** What a renderer gives back: the file, and what it had to change to draw it. */
export interface RenderResult {
  bytes: Buffer;
  /** Characters the embedded font has no glyph for, drawn as 〓 / □ instead (PDF only; Word falls back itself). */
  replacedCharacters: string[];
  /** Pages, when the renderer knows them (PDF). */
  pageCount?: number;
}
