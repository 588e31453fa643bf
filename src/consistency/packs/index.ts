import { english } from './en.ts';
import { polish } from './pl.ts';
import type { LanguagePack } from './types.ts';
import { ukrainian } from './uk.ts';

export type { LanguagePack } from './types.ts';

/** The language packs the engine ships, by BCP 47 code. */
export const packs: Readonly<Record<string, LanguagePack>> = { pl: polish, en: english, uk: ukrainian };

export function packFor(code: string): LanguagePack | undefined {
  return Object.hasOwn(packs, code) ? packs[code] : undefined;
}
