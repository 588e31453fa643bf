/**
 * `npm run dev` shows the consistency check's findings in the page itself:
 * a real dev server on a temporary content folder, driven in Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/build-site.ts';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = 4391;
const content = mkdtempSync(path.join(tmpdir(), 'dev-findings-'));
const notice = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2024-06-14\n---\n\n${body}\n`;

let server: ChildProcess;
let browser: Browser;
let output = '';
let lastError = '';

async function ready(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      output += `\n(${url}: ${response.status})`;
    } catch (error) {
      // not listening yet
      lastError = String((error as { cause?: unknown }).cause ?? error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the dev server did not start (${lastError}):\n${output}`);
}

beforeAll(async () => {
  if (!existsSync(CHROME)) throw new Error(`Chromium not found at ${CHROME}: install Debian's chromium or set CHROME_PATH.`);
  for (const lang of ['pl', 'en', 'uk']) mkdirSync(path.join(content, lang), { recursive: true });
  writeFileSync(path.join(content, 'pl/spotkanie.md'), notice('Spotkanie', 'Spotkanie w środę, 19 czerwca 2024 r., o 17:00.'));
  writeFileSync(path.join(content, 'en/spotkanie.md'), notice('Meeting', 'The meeting is on Monday, 19 June 2024, at 5 pm.'));
  writeFileSync(path.join(content, 'uk/spotkanie.md'), notice('Зустріч', 'Зустріч у середу, 19 червня 2024 р., о 17:00.'));
  // No git here: the "updated" dates decide. Polish changed after the Ukrainian version; English was redone after it.
  const dated = (title: string, updated: string, body: string) => `---\ntitle: ${title}\ndate: 2024-06-14\nupdated: ${updated}\n---\n\n${body}\n`;
  writeFileSync(path.join(content, 'pl/dyzur.md'), dated('Dyżur', '2024-06-20', 'Dyżur w piątek, 21 czerwca 2024 r., o 11:00.'));
  writeFileSync(path.join(content, 'en/dyzur.md'), dated('Office hours', '2024-06-21', 'Office hours on Friday, 21 June 2024, at 11:00.'));
  writeFileSync(path.join(content, 'uk/dyzur.md'), dated('Чергування', '2024-06-14', 'Чергування в пʼятницю, 21 червня 2024 р., об 11:00.'));
  writeFileSync(path.join(content, 'pl/zepsuty.md'), '---\ntitle: Zepsuty\ndate: 2024-02-30\n---\n\nTekst.\n');
  server = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: projectRoot,
    // Not the test runner's environment (NODE_ENV=test, VITEST): a dev server as an editor starts it.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'))), CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await ready(`http://127.0.0.1:${PORT}/en/spotkanie/`, Date.now() + 60_000);
  // The check runs beside the server's start: wait until it has printed its summary.
  const deadline = Date.now() + 30_000;
  while (!/errors?, \d+ warnings?/.test(output) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  browser = await chromium.launch({ executablePath: CHROME, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(content, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows the findings about the announcement on screen, errors apart from warnings, with language, file and line', async () => {
    const page = await browser.newPage();
    const panel = page.locator('.dev-findings');
    // The check of the start may finish after the first render: load until the panel is there.
    await expect
      .poll(async () => {
        await page.goto(`http://127.0.0.1:${PORT}/en/spotkanie/`);
        return panel.count();
      }, { timeout: 30_000, interval: 500 })
      .toBe(1);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('19 June 2024 is a Wednesday, but the English text says "on Monday"');
    expect(text).toMatch(/en \S*en\/spotkanie\.md:6:\d+/);
    expect(await panel.locator('li.error').count()).toBeGreaterThan(0);
    // The file that cannot be read is named too, with the message the build gives.
    expect(text).toContain('30 February 2024 does not exist');
    await page.close();
  }, 60_000);

  it("shows each version's translation status beside the findings", async () => {
    const page = await browser.newPage();
    const status = page.locator('.dev-findings ul.dev-status');
    await expect
      .poll(async () => {
        await page.goto(`http://127.0.0.1:${PORT}/en/dyzur/`);
        return status.count();
      }, { timeout: 30_000, interval: 500 })
      .toBe(1);
    const rows = await status.locator('li').evaluateAll((items) => items.map((li) => [li.className, li.textContent?.replace(/\s+/g, ' ').trim()]));
    expect(rows).toEqual([
      ['source', expect.stringMatching(/^pl source \S*pl\/dyzur\.md$/)],
      ['up-to-date', expect.stringMatching(/^en up to date /)],
      ['outdated', expect.stringMatching(/^uk OUTDATED /)],
    ]);
    // The outdated translation is also a warning, with its file and line.
    expect(await page.locator('.dev-findings li.warning').allTextContents()).toContainEqual(expect.stringMatching(/uk \S*uk\/dyzur\.md:\d+:\d+.*translation-outdated/s));
    await page.close();
  }, 60_000);

  it('never says "0 errors" in the terminal while a file cannot be read', () => {
    expect(output).toMatch(/could not be read/);
    expect(output).not.toMatch(/No contradictions found/);
  });
});
