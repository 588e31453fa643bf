/**
 * A quick look at a few frontmatter fields without parsing or validating the
 * YAML (the content reader does that and reports mistakes): used where every
 * file is looked at and only `draft`, `date` and `updated` matter.
 */

export interface Peek {
  draft: boolean;
  date?: string;
  updated?: string;
  /** 1-based line where the body starts (the file's first line when there is no frontmatter). */
  bodyLine: number;
  body: string;
}

/** YAML 1.2 core booleans; `draft: yes` is no boolean, and the schema refuses it. */
const DRAFT = /^draft:[ \t]*(?:true|True|TRUE)[ \t]*(?:#.*)?$/m;
const dateField = (name: string) => new RegExp(`^${name}:[ \\t]*["']?(\\d{4}-\\d{2}-\\d{2})`, 'm');
const DATE = dateField('date');
const UPDATED = dateField('updated');

export function peekFrontmatter(input: string): Peek {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { draft: false, bodyLine: 1, body: text };
  const yaml = match[1] ?? '';
  const peek: Peek = { draft: DRAFT.test(yaml), bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1), body: text.slice(match[0].length) };
  const date = DATE.exec(yaml)?.[1];
  const updated = UPDATED.exec(yaml)?.[1];
  if (date) peek.date = date;
  if (updated) peek.updated = updated;
  return peek;
}

/** The date of the file's last change as its frontmatter gives it: `updated`, else `date`. */
export function changedOn(peek: Peek): string | undefined {
  return peek.updated ?? peek.date;
}
