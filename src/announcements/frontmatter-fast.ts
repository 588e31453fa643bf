import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * The quick reading of a frontmatter that is valid, which nearly every one
 * is. js-yaml (the parser Astro itself reads frontmatter with) builds plain
 * data about ten times faster than the `yaml` package, which keeps every node
 * with its position; the slow, positioned reading is only needed to explain a
 * mistake, or to find a value this reader cannot place.
 */

/** The data of a frontmatter in YAML 1.2 core schema (dates stay strings), or undefined when it is not plain valid YAML. */
export function quickFrontmatterData(yamlText: string): unknown {
  try {
    return load(yamlText, { schema: CORE_SCHEMA, json: false });
  } catch {
    return undefined;
  }
}

const KEY = /^([ ]*)([A-Za-z_][A-Za-z0-9_-]*):(?=[ \t]|$)/;
/** What may start a value that is not a one-line scalar: a block scalar, an anchor, an alias, a tag, a flow collection, a comment. */
const NOT_A_LINE_SCALAR = /^[|>&*![{#]/;

/**
 * Offset in the frontmatter of the scalar value at `fieldPath` when every key
 * on the way is a plain key of a block mapping, on a line of its own, and the
 * value sits on the key's line ("title: …", "event:\n  start: …"). Undefined
 * for anything else; the caller then asks the positioned parser.
 */
export function lineScalarOffset(yamlText: string, fieldPath: readonly (string | number)[]): number | undefined {
  if (fieldPath.length === 0 || fieldPath.some((key) => typeof key !== 'string')) return undefined;
  let offset = 0;
  let depth = 0;
  let parentIndent = -1;
  let childIndent: number | undefined;
  for (const line of yamlText.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = line.length - trimmed.length;
    if (indent <= parentIndent) return undefined; // left the mapping the key should be in
    if (childIndent === undefined) childIndent = indent;
    if (indent !== childIndent) continue;
    const match = KEY.exec(line);
    if (!match || match[2] !== fieldPath[depth]) continue;
    const rest = line.slice(match[0].length);
    const value = rest.trimStart();
    if (depth === fieldPath.length - 1) {
      if (value === '' || NOT_A_LINE_SCALAR.test(value)) return undefined;
      return lineStart + match[0].length + (rest.length - value.length);
    }
    if (value !== '' && !value.startsWith('#')) return undefined; // a flow or scalar value where a mapping is expected
    depth++;
    parentIndent = indent;
    childIndent = undefined;
  }
  return undefined;
}
