import { setFlagsFromString } from 'node:v8';

/**
 * Below this many files the CLI runs without V8's optimising compiler
 * (TurboFan), on its quicker mid-tier compiler (Maglev) alone.
 *
 * The CLI is a short run, and each of its threads compiles the engine anew.
 * TurboFan makes the steady code about a fifth faster, but compiling with it
 * takes about a second of CPU per thread, and on a small machine that second
 * is taken from the check. Measured on the 2-core machine, interleaved runs,
 * median of 6–7: 4,500 files 3.44 s → 3.23 s without it, 9,000 files 4.09 s
 * → 3.74 s, 27,000 files 11.3 s → 10.7 s (about even by then); 900 files no
 * difference. Larger folders keep TurboFan, which pays off on them.
 */
export const QUICK_COMPILER_BELOW_FILES = 20_000;

/** Picks V8's compilers for a check of this many files. V8's flags hold for the whole process, the CLI's other threads included. */
export function chooseCompilers(files: number): void {
  if (files < QUICK_COMPILER_BELOW_FILES) setFlagsFromString('--no-turbofan');
}
