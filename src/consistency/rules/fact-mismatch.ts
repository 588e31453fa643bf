import type { DocumentFacts } from '../extract/document.ts';
import { isoWeekday } from '../extract/calendar.ts';
import type { Fact, FactKind } from '../types.ts';
import { readBareHours } from './bare-hours.ts';
import { readBarePlaceNumbers } from './bare-place-numbers.ts';
import { readCopiedDates } from './copied-dates.ts';
import { impliedFacts } from './implied-facts.ts';
import { readHalfDayHours } from './half-day.ts';
import { weekdaysBesideOthersDates } from './weekday-beside-dates.ts';
import { alignedBlocks, correspondingBlocks, type AlignedBlock } from './aligned-blocks.ts';
import { oddOneOut, sameKeysInOrder, type Divergence } from './compare.ts';
import { isLinkFact, linkedAddressFacts, namingLinkedPages } from './given-as-link.ts';
import type { AnnouncementGroup, Evidence, FindingDraft, Rule } from './types.ts';

/** Kinds compared across languages, most specific first. */
export const COMPARED_KINDS: readonly FactKind[] = ['date', 'weekday', 'time', 'floor', 'room', 'building', 'address', 'phone', 'email', 'url', 'amount', 'number'];

const KIND_NAMES: Partial<Record<FactKind, string>> = { address: 'address', url: 'web address', email: 'e-mail address', phone: 'phone number' };

/**
 * A weekday that is wrong for its date is reported by weekday-calendar. When
 * another language gives the same date, the weekday is the mistake: it votes
 * as the right one, so the language still takes part in comparing its other
 * weekdays and is not reported twice. When no other language gives that date,
 * the date is the mistake ("Sat, 5 Oct" where the others say Saturday 4
 * October); it is reported as a date, and the weekday votes as written.
 */
function asVoted(fact: Fact, datesOfOthers: ReadonlySet<string>): Fact {
  const date = fact.weekday?.date;
  if (fact.kind !== 'weekday' || date === undefined || !datesOfOthers.has(date) || isoWeekday(date) === fact.weekday?.day) return fact;
  return { ...fact, key: `wd:${isoWeekday(date)}` };
}

const factKey = (fact: Fact) => fact.key;

/** For each voter, the dates the other voters give (weekdays vote by them, see asVoted). */
function datesOfOthers(voters: readonly DocumentFacts[], views: FactViews): Map<DocumentFacts, Set<string>> {
  return new Map(voters.map((doc) => [doc, new Set(voters.flatMap((other) => (other === doc ? [] : views.ofKind(other, 'date').map(factKey))))]));
}

/** The facts of one kind as they vote: only weekdays can vote otherwise than they read. */
const votedAs = (facts: readonly Fact[], kind: FactKind, dates: ReadonlySet<string> | undefined): readonly Fact[] =>
  kind === 'weekday' && dates ? facts.map((fact) => asVoted(fact, dates)) : facts;

/**
 * A count of one is written as often in words ("one person", "jedna osoba",
 * "одна особа"), and "one" cannot be told from the pronoun, so over the whole
 * text a bare 1 does not vote: stating it or not is no contradiction. In one
 * paragraph or table row it still does, where only a value in its place
 * counts ("Rejon 2" where the others say "Area 1"), and elsewhere a 1 changed
 * to 2 shows as the 2.
 */
const withoutCountsOfOne = (facts: readonly Fact[], kind: FactKind): readonly Fact[] =>
  kind === 'number' && facts.some((fact) => fact.key === '1') ? facts.filter((fact) => fact.key !== '1') : facts;

/** For each number, the documents that state it other than as an ordinal. */
function statedBy(voters: readonly DocumentFacts[], views: FactViews): Map<string, Set<DocumentFacts>> {
  const stated = new Map<string, Set<DocumentFacts>>();
  for (const doc of voters) {
    for (const fact of views.ofKind(doc, 'number')) {
      if (fact.ordinal) continue;
      let docs = stated.get(fact.key);
      if (!docs) stated.set(fact.key, (docs = new Set()));
      docs.add(doc);
    }
  }
  return stated;
}

/** Over the whole text, an ordinal counts only where another language gives its number: "5." may be "fifth". */
function withoutLoneOrdinals(facts: readonly Fact[], doc: DocumentFacts, stated: ReadonlyMap<string, ReadonlySet<DocumentFacts>>): readonly Fact[] {
  if (!facts.some((fact) => fact.ordinal)) return facts;
  return facts.filter((fact) => !fact.ordinal || [...(stated.get(fact.key) ?? [])].some((other) => other !== doc));
}

/** What a fact says, as written and, where it differs, as understood: "2 pm" (14:00); "12 1020 …" (bank account). */
function quote(fact: Fact): string {
  if (fact.text.toLowerCase() === fact.label.toLowerCase()) return `"${fact.text}"`;
  // A label that ends with the text as written only adds what it is: "bank account 12 1020 …".
  const kindOnly = fact.label.length > fact.text.length && fact.label.endsWith(` ${fact.text}`);
  return `"${fact.text}" (${kindOnly ? fact.label.slice(0, -fact.text.length - 1) : fact.label})`;
}

function listLanguages(docs: readonly DocumentFacts[]): string {
  const codes = docs.map((doc) => doc.lang);
  return codes.length <= 1 ? (codes[0] ?? '') : `${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}`;
}

/** What a contradiction cites: the value written here, and where the others give theirs. */
function cited(divergence: Divergence<Fact>): Pick<FindingDraft, 'value' | 'others'> {
  const value = divergence.extra[0]?.text;
  const others = (divergence.missing[0]?.statedBy ?? []).map(({ doc, item }) => ({ lang: doc.lang, file: doc.file, line: item.line, column: item.column, text: item.text }));
  return value === undefined ? {} : { value, others };
}

/** "en line 7": which version, and where in it, says a value (the frontmatter event is "en event"). */
function lineOf(doc: DocumentFacts, fact: Fact): string {
  return fact.part === 'event' ? `${doc.lang} event` : `${doc.lang} line ${fact.line}`;
}

/** 'pl line 10 "1 piętro" and en line 12 "1st floor" say floor 1' */
function whoSays(missing: Divergence<Fact>['missing'][number]): string {
  const quotes = missing.statedBy.map(({ doc, item }) => `${lineOf(doc, item)} "${item.text}"`);
  const label = missing.statedBy[0]?.item.label ?? missing.key;
  const joined = quotes.length <= 1 ? (quotes[0] ?? '') : `${quotes.slice(0, -1).join(', ')} and ${quotes[quotes.length - 1]}`;
  return `${joined} ${quotes.length === 1 ? 'says' : 'say'} ${label}`;
}

/** Why a floor number may be one off: readers of this language who count the ground floor as the first. */
function floorHint(divergence: Divergence<Fact>): string {
  const level = (key: string) => Number(key.replace('floor:', ''));
  // The floor one above the missing one, whether the other languages also name it or not.
  const stated = divergence.doc.facts.filter((fact) => fact.kind === 'floor');
  const oneAbove = divergence.missing.flatMap((m) => (level(m.key) >= 0 ? stated.filter((fact) => level(fact.key) === level(m.key) + 1) : []));
  const first = oneAbove[0];
  const usage = divergence.doc.pack.floor.groundCountedAsFirstIn;
  if (!first || usage === undefined) return '';
  const where = divergence.extra.includes(first) ? '' : `; "${first.text}" reads as ${first.label}`;
  return `${where}. In ${usage} usage the ground floor is often counted as the first; write the number shown in the building, or, if all of this site's texts in this language count that way, ask whoever maintains the site to declare it (consistency.floorConventions in src/site.config.ts).`;
}

function describe(divergence: Divergence<Fact>, kind: FactKind, voters: readonly DocumentFacts[], where = ''): string {
  const { doc, extra, missing } = divergence;
  const language = `${where ? `${where} ` : ''}the ${doc.pack.englishName} text`;
  const others = voters.filter((other) => other !== doc);
  const name = KIND_NAMES[kind] ?? kind;
  const firstExtra = extra[0];
  const firstMissing = missing[0];
  let message: string;
  if (firstExtra && firstMissing) {
    message = `${name}: ${language} says ${quote(firstExtra)}, but ${whoSays(firstMissing)}`;
  } else if (firstExtra) {
    message = `${name}: ${language} says ${quote(firstExtra)}, which ${listLanguages(others)} ${others.length === 1 ? 'does' : 'do'} not`;
  } else if (firstMissing) {
    const quotes = firstMissing.statedBy.map(({ doc: other, item }) => `${lineOf(other, item)}: "${item.text}"`).join(', ');
    message = `${name}: ${language} does not give ${firstMissing.statedBy[0]?.item.label ?? firstMissing.key} (${quotes})`;
  } else {
    return '';
  }
  const more = extra.length - 1 + missing.length - 1;
  if (more > 0) {
    const rest = [...extra.slice(1).map((fact) => `says ${quote(fact)}${writtenAgain(divergence, fact)}`), ...missing.slice(1).map((m) => `lacks ${m.statedBy[0]?.item.label ?? m.key}`)];
    message += `; it also ${rest.join(', ')}`;
  }
  // Every place to correct, not only the first: "11:12 am" in the summary and again in the body.
  if (firstExtra && divergence.repeated.has(firstExtra)) message += `; "${firstExtra.text}"${writtenAgain(divergence, firstExtra)}`;
  return kind === 'floor' ? message + floorHint(divergence) : message;
}

/** " is written again on lines 12 and 15" for a value written in more places than the first. */
function writtenAgain(divergence: Divergence<Fact>, fact: Fact): string {
  const again = divergence.repeated.get(fact);
  if (!again || again.length === 0) return '';
  const lines = [...new Set(again.map((other) => other.line))];
  const list = lines.length === 1 ? String(lines[0]) : `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
  return ` is written again on line${lines.length === 1 ? '' : 's'} ${list}`;
}

function at(doc: DocumentFacts, divergence: Divergence<Fact>, kind: FactKind, block?: number): { line: number; column: number; block?: number } {
  const fact = divergence.extra[0] ?? doc.facts.find((f) => f.kind === kind && (block === undefined || f.block === block));
  if (fact) return { line: fact.line, column: fact.column, block: fact.block };
  const start = block === undefined ? undefined : doc.blocks.find((b) => b.index === block);
  return start ? { ...start.position, block } : doc.bodyStart;
}

/** Whether the language links another page on the site of every web address it lacks. */
function linksSameSiteInstead(divergence: Divergence<Fact>): boolean {
  const host = (address: string) => address.replace(/^[a-z]+:\/\//i, '').replace(/^www\./, '').split('/')[0];
  const linkedHosts = new Set(divergence.doc.links.filter((link) => !link.autolink).map((link) => host(link.url)));
  return divergence.missing.every((m) => linkedHosts.has(host(m.key)));
}

/**
 * Where a language leaves out a value, the paragraph or table cell that
 * corresponds to where the others state it, when the blocks correspond one
 * to one: the editor is sent to the right row, not to the first fact of the kind.
 */
function alignedBlockOfMissing(divergence: Divergence<Fact>, aligned: readonly AlignedBlock[]): number | undefined {
  const stated = divergence.missing[0]?.statedBy[0]?.item;
  if (stated === undefined || stated.block < 0) return undefined;
  return aligned.some((block) => block.index === stated.block) ? stated.block : undefined;
}

/** A value a file was reported to lack, so that it is not reported again against the event. */
const lackKey = (file: string, kind: FactKind, key: string) => `${file}\u0000${kind}\u0000${key}`;

function lacked(lacking: Set<string>, divergence: Divergence<Fact>, kind: FactKind): void {
  for (const { key } of divergence.missing) lacking.add(lackKey(divergence.doc.file, kind, key));
}

function acrossLanguages(group: AnnouncementGroup, id: string, views: FactViews, lacking: Set<string>): FindingDraft[] {
  const findings: FindingDraft[] = [];
  /** Dates each language was reported to give in place of the others': their weekdays are the same mistake. */
  const reportedDates = new Map<DocumentFacts, Set<string>>();
  for (const kind of COMPARED_KINDS) {
    const voters = group.docs.filter((doc) => !doc.abstain.has(kind));
    const dates = kind === 'weekday' ? datesOfOthers(voters, views) : undefined;
    const linked = kind === 'url' || kind === 'email';
    if (!linked && !voters.some((doc) => views.ofKind(doc, kind).length > 0)) continue;
    const stated = kind === 'number' ? statedBy(voters, views) : undefined;
    const divergences = oddOneOut(
      voters.map((doc) => {
        const facts = stated ? withoutLoneOrdinals(views.ofKind(doc, kind), doc, stated) : views.ofKind(doc, kind);
        const items = withoutCountsOfOne(votedAs(facts, kind, dates?.get(doc)), kind);
        if (!linked) return { doc, items };
        // Links first, so that where a language both writes and links an address, the written fact stands.
        const links = linkedAddressFacts(doc, group, kind);
        return { doc, items: [...links, ...(kind === 'url' ? namingLinkedPages(items, links) : items)] };
      }),
      factKey,
    );
    let contradicted = false;
    const kindFindings: FindingDraft[] = [];
    for (const found of divergences) {
      for (const divergence of byRole(withoutImplied(withoutLinkOnlyDifferences(found), views.implied), kind)) {
        const message = describe(divergence, kind, voters);
        if (!message) continue;
        const evidence = evidenceOf(divergence);
        // A page of the same site linked instead is link-mismatch's to report, as the wrong page.
        if (kind === 'url' && evidence === 'omission' && linksSameSiteInstead(divergence)) continue;
        // "Tuesday, 15 September" where the others say "Monday, 14 September": one mistake, the date, already reported.
        if (kind === 'weekday' && divergence.extra.length > 0 && divergence.extra.every((fact) => followsReportedDate(fact, reportedDates.get(divergence.doc)))) continue;
        if (kind === 'date' && evidence === 'contradiction') reportedDates.set(divergence.doc, new Set([...(reportedDates.get(divergence.doc) ?? []), ...divergence.extra.map(factKey)]));
        if (evidence === 'contradiction') contradicted = true;
        const block = divergence.extra.length === 0 ? alignedBlockOfMissing(divergence, views.aligned(voters)) : undefined;
        const contradiction = evidence === 'contradiction' ? cited(divergence) : {};
        kindFindings.push({ rule: id, fact: kind, severity: evidence === 'contradiction' ? 'error' : 'warning', evidence, lang: divergence.doc.lang, file: divergence.doc.file, ...at(divergence.doc, divergence, kind, block), message, ...contradiction });
        lacked(lacking, divergence, kind);
      }
    }
    // Where the languages do not contradict each other overall, they may still do so in place.
    const inPlace = contradicted ? [] : blockByBlock(voters, kind, id, views, dates, lacking, reportedDates);
    findings.push(...inPlace, ...kindFindings.filter((finding) => !inPlace.some((other) => other.file === finding.file)));
  }
  return findings;
}

/**
 * Where the languages state the same facts overall, they may still state
 * them in different places: "every Monday" changed to "every Tuesday" in one
 * list item goes unseen when Tuesday is named elsewhere. Blocks that
 * correspond one to one are compared one by one, and a block that says one
 * value where the others say another is reported.
 */
function blockByBlock(
  voters: readonly DocumentFacts[],
  kind: FactKind,
  id: string,
  views: FactViews,
  dates: Map<DocumentFacts, Set<string>> | undefined,
  lacking: Set<string>,
  reportedDates: ReadonlyMap<DocumentFacts, ReadonlySet<string>>,
): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const { index, where, blockOf } of views.corresponding(voters)) {
    const blockIn = (doc: DocumentFacts) => blockOf?.get(doc) ?? index;
    // Only the languages that say something of the kind here: one that names "pawilon C" in words its
    // pack does not know, or "другого ступеня" in words, abstains, and those that do are compared. Not
    // where a count of one is at stake: "one person" is not read as a number.
    const all = voters.map((doc) => ({ doc, items: votedAs(views.inBlock(doc, blockIn(doc), kind), kind, dates?.get(doc)) }));
    const countOfOne = kind === 'number' && all.some(({ items }) => items.some((fact) => fact.key === '1'));
    const voting = countOfOne ? all : all.filter(({ items }) => items.length > 0);
    if (voting.length < 2 || sameKeysInOrder(voting, factKey)) continue;
    // Within one paragraph a value counts as often as it is written: "Saturday to Saturday"
    // where the others say "Friday to Saturday" lacks a Friday and has a Saturday too many.
    const keys = occurrenceKeys(voting.flatMap(({ items }) => [items]));
    const found = oddOneOut(voting, (fact) => keys.get(fact) ?? fact.key).map((divergence) => withoutImplied(divergence, views.implied));
    const divergences = voting.length < voters.length ? withoutTiedOtherwiseStated(found, voters, kind, views) : found;
    for (const byKindAndRole of divergences.flatMap((divergence) => byRole(divergence, kind))) {
      // Only a contradiction in place: a fact repeated or left out in one paragraph is still given elsewhere.
      if (byKindAndRole.extra.length === 0 || byKindAndRole.missing.length === 0) continue;
      if (kind === 'weekday' && byKindAndRole.extra.every((fact) => followsReportedDate(fact, reportedDates.get(byKindAndRole.doc)))) continue;
      const divergence = blamingFirstDifference(byKindAndRole, voting);
      const message = describe(divergence, kind, voters, where);
      if (!message) continue;
      findings.push({ rule: id, fact: kind, severity: 'error', evidence: 'contradiction', lang: divergence.doc.lang, file: divergence.doc.file, ...at(divergence.doc, divergence, kind, blockIn(divergence.doc)), message, ...cited(divergence) });
      lacked(lacking, divergence, kind);
    }
  }
  return findings;
}

/**
 * Two languages that disagree in a paragraph where the others say nothing of
 * the kind tie; the one whose value another language gives elsewhere in the
 * text is not the one to blame ("pawilon C" against "pavilion D", where the
 * third language says pavilion C in another paragraph).
 */
function withoutTiedOtherwiseStated(divergences: Divergence<Fact>[], voters: readonly DocumentFacts[], kind: FactKind, views: FactViews): Divergence<Fact>[] {
  if (divergences.length !== 2) return divergences;
  const statedElsewhere = (divergence: Divergence<Fact>) =>
    divergence.extra.length > 0 && divergence.extra.every((fact) => voters.some((other) => other !== divergence.doc && views.ofKind(other, kind).some((o) => o.key === fact.key)));
  const kept = divergences.filter((divergence) => !statedElsewhere(divergence));
  return kept.length === 1 ? kept : divergences;
}

/**
 * Where a paragraph states as many values as the others' in one order, the
 * first place it differs is the mistake: "перший поверх … 1-й поверх" against
 * "parter … I piętro" wrote floor 1 for the ground floor in the first place,
 * though counting values makes the second 1 the extra one.
 */
function blamingFirstDifference(divergence: Divergence<Fact>, voting: ReadonlyArray<{ doc: DocumentFacts; items: readonly Fact[] }>): Divergence<Fact> {
  const own = voting.find((voter) => voter.doc === divergence.doc)?.items ?? [];
  const reference = voting.find((voter) => voter.doc !== divergence.doc && voter.items.length === own.length && !voter.items.every((fact, i) => fact.key === own[i]?.key));
  const first = reference ? own.find((fact, i) => fact.key !== reference.items[i]?.key) : undefined;
  const [extra, ...rest] = divergence.extra;
  if (!first || !extra || first === extra || first.key !== extra.key) return divergence;
  return { ...divergence, extra: [first, ...rest] };
}

/** A key for each fact that numbers repeats within its list: the second "wd:6" is "wd:6 #2". */
function occurrenceKeys(lists: ReadonlyArray<readonly Fact[]>): Map<Fact, string> {
  const keys = new Map<Fact, string>();
  for (const facts of lists) {
    const seen = new Map<string, number>();
    for (const fact of facts) {
      const count = (seen.get(fact.key) ?? 0) + 1;
      seen.set(fact.key, count);
      keys.set(fact, count === 1 ? fact.key : `${fact.key} #${count}`);
    }
  }
  return keys;
}

/**
 * A document's comparable facts (not the invalid ones) indexed by kind and
 * by block, built once per check: every kind and every block asks again.
 * Kept for one check only: a module-level WeakMap keyed by documents would
 * keep every young document alive through the next minor GC and push it into
 * the old generation (measured: seven times as much promoted).
 */
interface FactViews {
  /** Facts that what every version says implies: never an addition (implied-facts.ts). */
  implied: ReadonlySet<Fact>;
  /** The document's valid facts of one kind, in text order. */
  ofKind(doc: DocumentFacts, kind: FactKind): readonly Fact[];
  /** Those of one block. */
  inBlock(doc: DocumentFacts, block: number, kind: FactKind): readonly Fact[];
  /** The blocks that correspond across these documents. */
  aligned(docs: readonly DocumentFacts[]): AlignedBlock[];
  /** Those and the blocks matched by what they state, where the structure differs. */
  corresponding(docs: readonly DocumentFacts[]): AlignedBlock[];
}

const NO_FACTS: readonly Fact[] = [];

interface FactIndex {
  byKind: Map<FactKind, Fact[]>;
  /** Keyed by block, then kind. */
  byBlock: Map<number, Map<FactKind, Fact[]>>;
}

function indexFacts(doc: DocumentFacts): FactIndex {
  const valid = doc.facts.filter((fact) => !fact.invalid && !fact.uncompared);
  return {
    byKind: Map.groupBy(valid, (fact) => fact.kind),
    byBlock: new Map([...Map.groupBy(valid, (fact) => fact.block)].map(([block, facts]) => [block, Map.groupBy(facts, (fact) => fact.kind)])),
  };
}

function factViews(implied: ReadonlySet<Fact>): FactViews {
  const byDoc = new Map<DocumentFacts, FactIndex>();
  const byLanguages = new Map<string, AlignedBlock[]>();
  const indexOf = (doc: DocumentFacts) => {
    let index = byDoc.get(doc);
    if (!index) byDoc.set(doc, (index = indexFacts(doc)));
    return index;
  };
  return {
    implied,
    ofKind: (doc, kind) => indexOf(doc).byKind.get(kind) ?? NO_FACTS,
    inBlock: (doc, block, kind) => indexOf(doc).byBlock.get(block)?.get(kind) ?? NO_FACTS,
    aligned(docs) {
      // Every kind asks again, mostly for the same languages.
      const key = docs.map((doc) => doc.lang).join();
      let blocks = byLanguages.get(key);
      if (!blocks) byLanguages.set(key, (blocks = alignedBlocks(docs)));
      return blocks;
    },
    corresponding(docs) {
      const key = `~${docs.map((doc) => doc.lang).join()}`;
      let blocks = byLanguages.get(key);
      if (!blocks) byLanguages.set(key, (blocks = correspondingBlocks(docs)));
      return blocks;
    },
  };
}

/**
 * What a value is, within its kind: a postal code and a house number are both
 * addresses, a percentage and a duration both numbers, but one written in
 * place of the other is no contradiction. Keys name it by a letter prefix
 * ("postal:", "account:") or a unit ("15 min", "50%"); dates by precision.
 */
export function roleOf(kind: FactKind, occurrenceKey: string): string {
  // Within a paragraph a repeated value is counted as "17 #2": its role is the value's.
  const key = occurrenceKey.replace(/ #\d+$/, '');
  if (kind === 'date') return `precision ${key.length}`;
  const prefix = /^([A-Za-z]+):/.exec(key);
  if (prefix) return prefix[1] ?? '';
  return /^[\d.,]+\s*([\p{L}%°].*)$/u.exec(key)?.[1] ?? '';
}

/**
 * Splits one language's divergence by role, so that a missing postal code
 * and an extra house number are two findings (an omission and an addition),
 * not one contradiction.
 */
function byRole(divergence: Divergence<Fact>, kind: FactKind): Divergence<Fact>[] {
  const roles = new Set([...divergence.extra.map((fact) => roleOf(kind, fact.key)), ...divergence.missing.map((m) => roleOf(kind, m.key))]);
  // A bare number may stand for a value of any unit ("15–20 minut": 15 is minutes too), so it joins a single role.
  if (roles.size <= 1 || (roles.size === 2 && roles.has(''))) return [divergence];
  return [...roles].map((role) => ({
    doc: divergence.doc,
    extra: divergence.extra.filter((fact) => roleOf(kind, fact.key) === role),
    missing: divergence.missing.filter((m) => roleOf(kind, m.key) === role),
    repeated: divergence.repeated,
  }));
}

/**
 * A contradiction: the language lacks the others' value and gives another of
 * the same kind and role instead. Only lacking a value is an omission, only
 * adding one an addition: the versions say less or more, not otherwise.
 */
function evidenceOf(divergence: Divergence<Fact>): Evidence {
  if (divergence.extra.length > 0 && divergence.missing.length > 0) return 'contradiction';
  return divergence.extra.length > 0 ? 'addition' : 'omission';
}

/** A weekday tied to a date reported as wrong, and right for that date: it only follows the date. */
function followsReportedDate(fact: Fact, dates: ReadonlySet<string> | undefined): boolean {
  const date = fact.weekday?.date;
  return date !== undefined && dates?.has(date) === true && isoWeekday(date) === fact.weekday?.day;
}

/**
 * A divergence without the values that every version implies: a weekday of a
 * date all give is no addition. Only where nothing is missing: a language
 * that lacks the others' Monday and says Tuesday contradicts them, whatever
 * the calendar says of Tuesday.
 */
function withoutImplied(divergence: Divergence<Fact>, implied: ReadonlySet<Fact>): Divergence<Fact> {
  if (implied.size === 0) return divergence;
  const extra = divergence.extra.filter((fact) => !implied.has(fact));
  // A value of its own beside something missing: a contradiction, whatever is implied.
  if (extra.length > 0 && divergence.missing.length > 0) return divergence;
  // Nor is it an omission to leave out what only the others' implied facts say.
  const missing = divergence.missing.filter((m) => m.statedBy.some(({ item }) => !implied.has(item)));
  if (missing.length > 0) return missing.length === divergence.missing.length ? divergence : { ...divergence, missing };
  return { ...divergence, missing, extra };
}

/**
 * An address one language writes out and another puts behind a link is given
 * by both. What only links give or lack is left to link-mismatch.
 */
function withoutLinkOnlyDifferences(divergence: Divergence<Fact>): Divergence<Fact> {
  return {
    doc: divergence.doc,
    extra: divergence.extra.filter((fact) => !isLinkFact(fact)),
    missing: divergence.missing.filter((m) => m.statedBy.some(({ item }) => !isLinkFact(item))),
    repeated: divergence.repeated,
  };
}

/** The frontmatter `event` must be the same in every language. */
function eventsAcrossLanguages(group: AnnouncementGroup, id: string): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const withEvent = group.docs.filter((doc) => doc.eventFacts.length > 0);
  for (const kind of COMPARED_KINDS) {
    const voters = withEvent.map((doc) => ({ doc, items: doc.eventFacts.filter((fact) => fact.kind === kind) }));
    for (const divergence of oddOneOut(voters, factKey)) {
      const fact = divergence.extra[0];
      const missing = divergence.missing[0];
      if (!fact) continue;
      const expected = missing ? `, but ${missing.statedBy.map(({ doc }) => doc.lang).join(' and ')} ${missing.statedBy.length === 1 ? 'gives' : 'give'} ${missing.statedBy[0]?.item.label}` : `, which the other languages do not give`;
      findings.push({
        rule: id,
        fact: kind,
        severity: missing ? 'error' : 'warning',
        evidence: missing ? 'contradiction' : 'addition',
        lang: divergence.doc.lang,
        file: divergence.doc.file,
        line: fact.line,
        column: fact.column,
        block: -1,
        message: `${kind}: the ${divergence.doc.pack.englishName} frontmatter event gives ${fact.label} ("${fact.text}")${expected}`,
      });
    }
  }
  return findings;
}

/** The frontmatter `event` and the text of the same file must agree. */
function eventAgainstText(doc: DocumentFacts, id: string, views: FactViews, lacking: ReadonlySet<string>): FindingDraft[] {
  const findings: FindingDraft[] = [];
  if (doc.eventFacts.length === 0) return findings;
  for (const kind of COMPARED_KINDS) {
    if (doc.abstain.has(kind)) continue;
    const prose = views.ofKind(doc, kind).filter((fact) => fact.part !== 'title');
    if (prose.length === 0) continue;
    const proseKeys = new Set(prose.map((fact) => fact.key));
    const whenKeys = new Set(doc.eventFacts.filter((fact) => fact.kind === 'date' || fact.kind === 'time').map((fact) => fact.key));
    const eventBlocks = new Set(doc.facts.filter((fact) => whenKeys.has(fact.key)).map((fact) => fact.block));
    // "postal:30-701" and "house:20" are compared with their own kind; a time's "17:00" has no such prefix.
    const keyPrefix = (key: string) => /^([A-Za-z]+):/.exec(key)?.[1] ?? '';
    for (const eventFact of doc.eventFacts.filter((fact) => fact.kind === kind)) {
      // Already reported as missing against the other languages: that message says more.
      if (proseKeys.has(eventFact.key) || eventFact.optional || lacking.has(lackKey(doc.file, kind, eventFact.key))) continue;
      // "Sukiennice 9" without a street word is read as a bare 9: the event's house number all the same.
      const numbered = /^(?:house|room|floor|building):(\d+)$/.exec(eventFact.key)?.[1];
      if (numbered !== undefined && views.ofKind(doc, 'number').some((fact) => fact.key === numbered)) continue;
      // Compare like with like: a postal code with postal codes, a house number with house numbers.
      const comparable = prose.filter((fact) => keyPrefix(fact.key) === keyPrefix(eventFact.key));
      if (comparable.length === 0) continue;
      const shown = comparable.find((fact) => fact.part === 'body') ?? comparable[0];
      if (!shown) continue;
      // A place the text gives where it says when the event is, is the event's place; elsewhere it may be
      // another place (where documents are on display, an office), and the text only leaves the event's out.
      const inPlace = !PLACE_KINDS.has(kind) || comparable.some((fact) => eventBlocks.has(fact.block));
      findings.push({
        rule: id,
        fact: kind,
        severity: inPlace ? 'error' : 'warning',
        evidence: inPlace ? 'contradiction' : 'omission',
        lang: doc.lang,
        file: doc.file,
        line: shown.line,
        column: shown.column,
        block: shown.block,
        // Each value once: the summary and the body often repeat the same times.
        message: inPlace
          ? `${KIND_NAMES[kind] ?? kind}: the frontmatter event gives ${eventFact.label}, but the ${doc.pack.englishName} text says ${listQuotes(comparable)}`
          : `${KIND_NAMES[kind] ?? kind}: the frontmatter event gives ${eventFact.label}, which the ${doc.pack.englishName} text does not give (it names ${listQuotes(comparable)}, away from the event's date and time)`,
      });
    }
  }
  return findings;
}

/** Kinds that say where: the text may name other places than the event's. */
const PLACE_KINDS: ReadonlySet<FactKind> = new Set(['address', 'room', 'floor', 'building']);

const MAX_QUOTED = 3;

/** The values as written, each once, the first few: '"17:00", "18:00" and 2 more'. */
function listQuotes(facts: readonly Fact[]): string {
  const quotes = [...new Set(facts.map(quote))];
  const shown = quotes.slice(0, MAX_QUOTED).join(', ');
  return quotes.length > MAX_QUOTED ? `${shown} and ${quotes.length - MAX_QUOTED} more` : shown;
}

/** Whether a date key lies within a coarser one: "2025-03-15" within "2025-03" or "2025". */
const withinPeriod = (key: string, period: string) => key.length > period.length && key.startsWith(period) && key[period.length] === '-';

/** Whether two date keys name the same period or one lies within the other. */
const overlapping = (a: string, b: string) => a === b || withinPeriod(a, b) || withinPeriod(b, a);

function dateParts(key: string): [number, number, number] {
  const [year = 0, month = 0, day = 0] = key.split('-').map(Number);
  return [year, month, day];
}

/** A slip of the pen: a day or two off, the same day of another month, a month or a year off. */
function likelySlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const [ya, ma, da] = dateParts(a);
  const [yb, mb, db] = dateParts(b);
  if (a.length === 4) return Math.abs(ya - yb) === 1;
  if (a.length === 7) return (ya === yb && Math.abs(ma - mb) === 1) || (ma === mb && Math.abs(ya - yb) === 1);
  const days = Math.abs(Date.UTC(ya, ma - 1, da) - Date.UTC(yb, mb - 1, db)) / 86_400_000;
  return days <= 2 || (ya === yb && da === db);
}

/**
 * The same period at the coarser precision of the two: days of one month, a
 * month and a date of the same year ("in May 2025" and "15 March 2025"),
 * years a year apart. A year standing alone ("in 2024, 38 % …") says
 * something else than a full date.
 */
function samePeriod(a: string, b: string): boolean {
  const precision = Math.min(a.length, b.length);
  if (precision === 4) return a.length === b.length && Math.abs(dateParts(a)[0] - dateParts(b)[0]) <= 1;
  // Days of one month; a month and any date of its year.
  const [ya, ma] = dateParts(a);
  const [yb, mb] = dateParts(b);
  return ya === yb && (precision === 7 || ma === mb);
}

/**
 * Summary facts that contradict the body. A summary sums up ("in March and
 * April 2025" over "15 March" and "5 April") and may say more than the body
 * (opening hours beside the times of shows, a deadline beside meeting dates),
 * so a value the body lacks counts as a contradiction only where the summary
 * and the body each give values the other lacks, the body no more of them
 * (one value written in place of another), or, for dates, as a likely slip
 * for one of the body's own dates.
 */
function summaryFactsAgainstBody(kind: FactKind, summary: readonly Fact[], body: readonly Fact[]): Fact[] {
  const same = kind === 'date' ? overlapping : (a: string, b: string) => a === b;
  const summaryOnly = summary.filter((fact) => !body.some((other) => same(fact.key, other.key)));
  const bodyOnly = body.filter((fact) => !summary.some((other) => same(fact.key, other.key)));
  const inPlace = bodyOnly.length > 0 && bodyOnly.length <= summaryOnly.length;
  if (kind !== 'date') return inPlace ? summaryOnly : [];
  return summaryOnly.filter((fact) => bodyOnly.some((other) => likelySlip(fact.key, other.key) || (inPlace && samePeriod(fact.key, other.key))));
}

/** A summary is read on the index page on its own: it must not contradict its body. */
function summaryAgainstBody(doc: DocumentFacts, id: string, views: FactViews): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const kind of COMPARED_KINDS) {
    if (kind === 'number' || doc.abstain.has(kind)) continue;
    const facts = views.ofKind(doc, kind);
    if (!facts.some((fact) => fact.part === 'summary')) continue;
    // A body weekday that is wrong for its own date is weekday-calendar's to report, at the wrong word: the
    // summary that has it right is no second mistake.
    const calendarWrong = (fact: Fact) => fact.kind === 'weekday' && fact.weekday?.date !== undefined && isoWeekday(fact.weekday.date) !== fact.weekday.day;
    const body = facts.filter((fact) => fact.part === 'body' && !calendarWrong(fact));
    if (body.length === 0) continue;
    const summary = facts.filter((fact) => fact.part === 'summary' && !calendarWrong(fact));
    for (const fact of summaryFactsAgainstBody(kind, summary, body)) {
      findings.push({
        rule: id,
        fact: kind,
        severity: 'error',
        lang: doc.lang,
        file: doc.file,
        line: fact.line,
        column: fact.column,
        block: fact.block,
        message: `${KIND_NAMES[kind] ?? kind}: the summary says ${quote(fact)}, but the body says ${body.slice(0, 3).map(quote).join(', ')}`,
      });
    }
  }
  return findings;
}

/** Every translation must state the same facts; the event and the summary must agree with the text. */
export const factMismatch: Rule = {
  id: 'fact-mismatch',
  check(original) {
    const group = { ...original, docs: readCopiedDates(readBarePlaceNumbers(readBareHours(readHalfDayHours(original.docs)))) };
    const views = factViews(impliedFacts(group.docs));
    const lacking = new Set<string>();
    const across = acrossLanguages(group, this.id, views, lacking);
    const withinFiles = group.docs.flatMap((doc) => [...eventAgainstText(doc, this.id, views, lacking), ...summaryAgainstBody(doc, this.id, views)]);
    const voters = group.docs.filter((doc) => !doc.abstain.has('weekday') && !doc.abstain.has('date'));
    const besideDates = weekdaysBesideOthersDates(voters, views.corresponding(voters), views.inBlock, this.id);
    return oneFindingPerPlace([...across, ...eventsAcrossLanguages(group, this.id), ...withinFiles, ...besideDates]);
  },
};

const placeOf = (finding: FindingDraft) => `${finding.file}:${finding.line}:${finding.column}:${finding.fact}`;

/**
 * One mistake, one finding: where the text contradicts the other languages,
 * that message says more than its contradiction with the event or the summary
 * at the same place, so the first finding at a place is kept, unless a later
 * one there is an error and it only a warning (a value the others lack that
 * contradicts this file's own body).
 */
function oneFindingPerPlace(findings: readonly FindingDraft[]): FindingDraft[] {
  const kept = new Map<string, FindingDraft>();
  for (const finding of findings) {
    const place = placeOf(finding);
    const first = kept.get(place);
    if (!first || (first.severity === 'warning' && finding.severity === 'error')) kept.set(place, finding);
  }
  return [...kept.values()];
}
