import { describe, expect, it } from 'vitest';
import { draftFiles, draftSummary } from './drafts.ts';
import { peekFrontmatter } from './frontmatter-peek.ts';

describe('drafts', () => {
  it('finds draft: true in the frontmatter only', () => {
    const files = [
      { file: 'a.md', text: '---\ntitle: A\ndraft: true # later\n---\n' },
      { file: 'b.md', text: '---\ntitle: B\ndraft: false\n---\ndraft: true\n' },
      { file: 'c.md', text: '\uFEFF---\r\ndraft: True\r\n---\r\n' },
    ];
    expect(draftFiles(files)).toEqual(['a.md', 'c.md']);
  });

  it('says how many and which, in one line', () => {
    expect(draftSummary([])).toBeUndefined();
    expect(draftSummary(['a.md', 'b.md', 'c.md'], 2)).toBe('3 drafts left out (draft: true, not published; delete the line to publish): a.md, b.md and 1 more');
  });

  it('peeks date, updated and where the body starts', () => {
    expect(peekFrontmatter('---\ntitle: A\ndate: "2024-06-14"\nupdated: 2024-06-20\n---\n\nBody\n')).toEqual({ draft: false, date: '2024-06-14', updated: '2024-06-20', bodyLine: 6, body: '\nBody\n' });
  });
});
