import type { DocumentFacts } from '../extract/document.ts';

export interface Voter<T> {
  doc: DocumentFacts;
  items: readonly T[];
}

export interface Divergence<T> {
  doc: DocumentFacts;
  /** Items whose value the other languages do not state: the first place each such value is written. */
  extra: T[];
  /** Later places where an extra value is written again, by its first place. */
  repeated: Map<T, T[]>;
  /** Values the other languages state and this one does not, with who states them. */
  missing: Array<{ key: string; statedBy: Array<{ doc: DocumentFacts; item: T }> }>;
}

/**
 * Compares what each language states, value by value. A value stated by a
 * majority but missing in some language makes that language the odd one
 * out; a value stated by a minority is extra there. With a tie (two
 * languages, or two against two) both sides are reported.
 */
export function oddOneOut<T>(voters: ReadonlyArray<Voter<T>>, keyOf: (item: T) => string): Divergence<T>[] {
  if (voters.length < 2 || sameKeysInOrder(voters, keyOf)) return [];
  // Each value with every place it is written, in text order.
  const keysByVoter = voters.map((voter) => Map.groupBy(voter.items, keyOf));
  const allKeys = new Set(keysByVoter.flatMap((keys) => [...keys.keys()]));
  const divergences = new Map<DocumentFacts, Divergence<T>>();
  const divergenceOf = (doc: DocumentFacts) => {
    let divergence = divergences.get(doc);
    if (!divergence) divergences.set(doc, (divergence = { doc, extra: [], missing: [], repeated: new Map() }));
    return divergence;
  };
  for (const key of allKeys) {
    const having = voters.flatMap((voter, i) => {
      const [item, ...again] = keysByVoter[i]?.get(key) ?? [];
      return item === undefined ? [] : [{ doc: voter.doc, item, again }];
    });
    if (having.length === voters.length) continue;
    const lacking = voters.filter((_, i) => !keysByVoter[i]?.has(key));
    if (having.length * 2 <= voters.length) {
      for (const { doc, item, again } of having) {
        const divergence = divergenceOf(doc);
        divergence.extra.push(item);
        if (again.length > 0) divergence.repeated.set(item, again);
      }
    }
    if (having.length * 2 >= voters.length) {
      const statedBy = having.map(({ doc, item }) => ({ doc, item }));
      for (const { doc } of lacking) divergenceOf(doc).missing.push({ key, statedBy });
    }
  }
  return [...divergences.values()];
}

/** Whether every language states the same values in the same order: the usual case, settled without building sets. */
export function sameKeysInOrder<T>(voters: ReadonlyArray<Voter<T>>, keyOf: (item: T) => string): boolean {
  const first = voters[0];
  if (!first) return true;
  for (let v = 1; v < voters.length; v++) {
    const voter = voters[v] as Voter<T>;
    if (voter.items.length !== first.items.length) return false;
    for (let i = 0; i < first.items.length; i++) {
      if (keyOf(voter.items[i] as T) !== keyOf(first.items[i] as T)) return false;
    }
  }
  return true;
}
