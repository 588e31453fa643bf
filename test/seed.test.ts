import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/consistency/engine.ts';
import { langCodes } from '../src/i18n/languages.ts';
import { projectRoot } from './helpers/build-site.ts';

const check = (contentDir: string) => checkContent({ contentDir, languages: langCodes, root: projectRoot });

describe('the Open Kraków notice', () => {
  it('as published: weekday errors in en and uk, a floor error in uk, placeholder links everywhere, a foreign caption in uk', () => {
    const result = check('test/fixtures/seed-as-published');
    expect(result.findings.map((f) => `${f.lang} ${f.severity} ${f.rule} ${f.fact}`).sort()).toEqual(
      [
        'en error weekday-calendar weekday',
        'uk error weekday-calendar weekday',
        'uk error fact-mismatch floor',
        'pl error placeholder-link link',
        'en error placeholder-link link',
        'uk error placeholder-link link',
        'uk warning foreign-text language',
      ].sort(),
    );
    const en = result.findings.find((f) => f.rule === 'weekday-calendar' && f.lang === 'en');
    expect(en).toMatchObject({ file: 'test/fixtures/seed-as-published/en/open-krakow.md', line: 12, column: 88, slug: 'open-krakow' });
    expect(en?.message).toBe('19 June 2024 is a Wednesday, but the English text says "Monday" (pl: "w środę")');
    expect(result.summary).toEqual({ announcements: 1, files: 3, errors: 6, warnings: 1 });
  });

  it('as published, sees "17:00 - 19:00", "5 pm to 7 pm" and "17.00 до 19.00" as the same times', () => {
    const result = check('test/fixtures/seed-as-published');
    expect(result.findings.filter((f) => f.fact === 'time')).toEqual([]);
  });

  it('saved with Windows line endings and a byte order mark, gives the same findings at the same places', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seed-crlf-'));
    try {
      cpSync('test/fixtures/seed-as-published', dir, { recursive: true });
      for (const lang of readdirSync(dir)) {
        const file = path.join(dir, lang, 'open-krakow.md');
        writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
      }
      const where = (findings: ReturnType<typeof check>['findings']) => findings.map((f) => `${f.lang}:${f.line}:${f.column} ${f.rule}`);
      expect(where(checkContent({ contentDir: dir, languages: langCodes, root: dir }).findings)).toEqual(where(check('test/fixtures/seed-as-published').findings));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('corrected, as the site publishes it, gives no error', () => {
    const result = check('content/announcements');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
