import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';

/**
 * The quick reading of a frontmatter that is valid, which nearly every one
 * is. js-yaml (the parser Astro itself reads frontmatter with) builds plain
 * data about ten times faster than the `yaml` package, which keeps every node
 * with its position; the slow, positioned reading is only needed to explain a
 * mistake, or to find a value this reader cannot place.
 */

/**
 * The one reading of a frontmatter's data, for the check and the build alike
 * (the build's content loader parses each file with read-content.ts): js-yaml
 * in the YAML 1.2 core schema, so dates and times stay the text the editor
 * wrote ("slug: 2024-06-14" is a slug, not a Date), and tags other than the
 * core ones ("!!js/function", "!!binary", "!!timestamp") are mistakes. The
 * `yaml` package only places values and explains mistakes; it never decides
 * what the data is.
 */
export type YamlReading = { ok: true; data: unknown } | { ok: false; reason: string; offset: number | undefined };

export function readFrontmatterYaml(yamlText: string): YamlReading {
  try {
    return { ok: true, data: load(yamlText, { schema: CORE_SCHEMA, json: false }) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    let offset = (error.mark as { position?: number } | undefined)?.position;
    // js-yaml marks the end of a tagged value; the tag is what to point at.
    if (offset !== undefined && error.reason.startsWith('unknown tag')) {
      const bang = yamlText.lastIndexOf('!', offset);
      if (bang !== -1 && !yamlText.slice(bang, offset).includes('\n')) offset = yamlText[bang - 1] === '!' ? bang - 1 : bang;
    }
    return { ok: false, reason: error.reason, offset };
  }
}

/** The data of a frontmatter (see readFrontmatterYaml), or undefined when it is not valid YAML. */
export function quickFrontmatterData(yamlText: string): unknown {
  const reading = readFrontmatterYaml(yamlText);
  return reading.ok ? reading.data : undefined;
}

/** js-yaml's reason in an editor's terms. */
export function yamlReasonText(reason: string): string {
  const tag = /^unknown tag !<(?:tag:yaml\.org,2002:)?(.*)>$/.exec(reason);
  if (tag) {
    const name = reason.includes('tag:yaml.org,2002:') ? `!!${tag[1]}` : tag[1];
    return `the tag "${name}" is not one the site reads; remove it (and put the value in quotes if it is text)`;
  }
  return reason;
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
