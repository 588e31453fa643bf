/**
 * `npm run new -- <id> [--event]`: one file per configured language with the
 * fields the schema wants, today's date and placeholder text telling the
 * editor what to write. The scaffold marks itself (SCAFFOLD_MARKER and the
 * placeholders), and the check refuses to publish it untouched
 * (scaffold-check.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The comment line every scaffold starts its body with; the check reports it until it is deleted. */
export const SCAFFOLD_MARKER = '<!-- scaffold: written by npm run new; replace every TODO text, check the date (and the event), then delete this line -->';
export const SCAFFOLD_MARKER_PATTERN = /<!--\s*scaffold:/;

export interface Placeholders {
  title: string;
  summary: string;
  body: string;
  venue: string;
}

/** What to write, in each language's own words. A language without its own falls back to English. */
export const PLACEHOLDERS: Readonly<Record<string, Placeholders>> = {
  pl: {
    title: 'TODO: tytuł ogłoszenia',
    summary: 'TODO: jedno lub dwa zdania streszczenia, widoczne na liście ogłoszeń.',
    body: 'TODO: Napisz tutaj treść ogłoszenia: co się dzieje, kiedy, gdzie i kogo dotyczy. Datę, godzinę i miejsce podaj tak samo jak w pozostałych językach.',
    venue: 'TODO: nazwa miejsca',
  },
  en: {
    title: 'TODO: title of the announcement',
    summary: 'TODO: one or two sentences summing up the announcement, shown in the list of announcements.',
    body: 'TODO: Write the announcement here: what is happening, when, where and who it is for. Give the date, time and place exactly as the other languages do.',
    venue: 'TODO: name of the place',
  },
  uk: {
    title: 'TODO: заголовок оголошення',
    summary: 'TODO: одне-два речення з коротким змістом, які видно у списку оголошень.',
    body: 'TODO: Напишіть тут текст оголошення: що відбувається, коли, де і кого це стосується. Дату, час і місце вкажіть так само, як в інших мовах.',
    venue: 'TODO: назва місця',
  },
};

export function placeholdersFor(lang: string): Placeholders {
  return PLACEHOLDERS[lang] ?? (PLACEHOLDERS.en as Placeholders);
}

/** Every placeholder text of every language: a scaffold copied into another language still counts. */
export const ALL_PLACEHOLDERS: readonly string[] = Object.values(PLACEHOLDERS).flatMap((p) => [p.title, p.summary, p.body, p.venue]);

/** An announcement id: the file name, shared by all languages, and the default URL slug. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an id should probably have been: "Park Meeting 2025" → "park-meeting-2025". */
export function suggestId(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/\.md$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function idProblem(id: string): string | undefined {
  if (ID.test(id)) return undefined;
  const suggestion = suggestId(id);
  const hint = suggestion && suggestion !== id ? `, e.g. "${suggestion}"` : ', e.g. "park-meeting"';
  return `"${id}" is not a valid announcement id: use lowercase letters a–z, digits and single hyphens between them${hint}`;
}

/** Today's date where the site is, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function scaffoldText(lang: string, options: { date: string; event: boolean }): string {
  const p = placeholdersFor(lang);
  const lines = ['---', `title: ${JSON.stringify(p.title)}`, `date: ${options.date}`, `summary: ${JSON.stringify(p.summary)}`];
  if (options.event) {
    lines.push(
      'event:',
      `  start: ${options.date}T10:00`,
      `  end: ${options.date}T12:00`,
      '  venue:',
      `    name: ${JSON.stringify(p.venue)}`,
    );
  }
  lines.push('---', '', SCAFFOLD_MARKER, '', p.body, '');
  return lines.join('\n');
}

export interface NewAnnouncementOptions {
  id: string;
  event: boolean;
  /** Folder holding `<lang>/<id>.md`, relative to root. */
  contentDir: string;
  languages: readonly string[];
  root: string;
  date: string;
}

export type NewAnnouncementResult = { ok: true; created: string[] } | { ok: false; message: string };

/** Writes the scaffold in every language, or nothing at all when the id is bad or taken. */
export function newAnnouncement(options: NewAnnouncementOptions): NewAnnouncementResult {
  const problem = idProblem(options.id);
  if (problem) return { ok: false, message: problem };
  const rel = (lang: string) => path.posix.join(options.contentDir.split(path.sep).join('/').replace(/\/+$/, ''), lang, `${options.id}.md`);
  const taken = options.languages.map(rel).filter((file) => existsSync(path.resolve(options.root, file)));
  if (taken.length > 0) {
    return { ok: false, message: `an announcement "${options.id}" already exists (${taken.join(', ')}); choose another id or edit the existing files` };
  }
  const created: string[] = [];
  for (const lang of options.languages) {
    const file = rel(lang);
    const abs = path.resolve(options.root, file);
    mkdirSync(path.dirname(abs), { recursive: true });
    // "wx": never overwrite a file that appeared meanwhile.
    writeFileSync(abs, scaffoldText(lang, { date: options.date, event: options.event }), { flag: 'wx' });
    created.push(file);
  }
  return { ok: true, created };
}
