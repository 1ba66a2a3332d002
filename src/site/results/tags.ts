/**
 * Permanent tags, as the Stacks Project has them: every numbered statement gets a four-character
 * tag, recorded once in content/tags.json, and /tag/XXXX/ finds it wherever it moves. The file is
 * append-only: a tag is never deleted or given to something of another kind; a statement that
 * leaves the site keeps its tag with a reason ("retired").
 */
import type { EnvironmentKind } from "./kinds.ts";
import { environmentKinds } from "./kinds.ts";
import { ContributorError } from "../contributorError.ts";

export interface TagRecord {
  /** Four characters from 0-9 and A-Z, e.g. "0A3F". */
  tag: string;
  /** The statement's id on the site (its <Theorem id="…">). */
  label: string;
  kind: EnvironmentKind;
  /** Why the statement left the site, for a retired tag. */
  retired?: string;
}

export const tagPattern = /^[0-9A-Z]{4}$/;

/** Reads the registry's JSON, checking every field; errors name the file, the entry and the field. */
export function parseTagRegistry(json: string, file: string): TagRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ContributorError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const list = (data as { tags?: unknown }).tags;
  if (!Array.isArray(list)) throw new ContributorError(`${file}: expected an object with a "tags" array`);
  const seenTags = new Set<string>();
  const seenLabels = new Set<string>();
  const records: TagRecord[] = [];
  for (const [index, entry] of (list as Record<string, unknown>[]).entries()) {
    const where = `${file}: tags[${index}]`;
    const { tag, label, kind, retired } = entry;
    if (typeof tag !== "string" || !tagPattern.test(tag)) throw new ContributorError(`${where}.tag: expected four characters from 0-9 and A-Z, got ${JSON.stringify(tag)}`);
    if (typeof label !== "string" || label === "") throw new ContributorError(`${where}.label: expected the id of a statement, got ${JSON.stringify(label)}`);
    if (typeof kind !== "string" || !(environmentKinds as readonly string[]).includes(kind)) {
      throw new ContributorError(`${where}.kind: expected one of ${environmentKinds.join(", ")}, got ${JSON.stringify(kind)}`);
    }
    if (retired !== undefined && (typeof retired !== "string" || retired.trim().length < 10)) {
      throw new ContributorError(`${where}.retired: expected a reason of at least 10 characters`);
    }
    if (seenTags.has(tag)) throw new ContributorError(`${where}: tag ${tag} appears twice`);
    if (seenLabels.has(label)) throw new ContributorError(`${where}: label "${label}" has two tags`);
    // a tag typed by hand (ZZZZ, say) would use up the tag space: every tag is the one after the last
    const expected = nextTag(records);
    if (tag !== expected) throw new ContributorError(`${where}.tag: ${tag} is out of sequence, the next tag is ${expected}; tags are assigned by \`npm run tags\`, never typed by hand`);
    seenTags.add(tag);
    seenLabels.add(label);
    records.push({ tag, label, kind: kind as EnvironmentKind, ...(retired !== undefined && { retired: retired as string }) });
  }
  return records;
}

/**
 * Compares the registry with every earlier committed version of it (oldest first): a tag that
 * disappears, or comes to name another statement or another kind, is a broken permalink. Returns
 * the problems found, each with the advice to restore the entry.
 */
export function checkAppendOnly(versions: readonly { name: string; tags: readonly TagRecord[] }[], current: readonly TagRecord[]): string[] {
  const now = new Map(current.map((record) => [record.tag, record]));
  // each broken tag once, as the oldest version that shows it
  const problems = new Map<string, string>();
  const report = (key: string, message: string) => problems.has(key) || problems.set(key, message);
  for (const version of versions) {
    for (const record of version.tags) {
      const present = now.get(record.tag);
      if (!present) {
        report(`${record.tag}:gone`, `tag ${record.tag} (${record.kind} "${record.label}", committed in ${version.name}) is missing: restore the entry; a published tag is never removed (retire it with a reason instead)`);
      } else if (present.label !== record.label) {
        report(`${record.tag}:label`, `tag ${record.tag} named "${record.label}" in ${version.name} and now names "${present.label}": restore the entry; a tag always names the statement it was given to`);
      } else if (present.kind !== record.kind) {
        report(`${record.tag}:kind`, `tag ${record.tag} was a ${record.kind} in ${version.name} and is now a ${present.kind}: restore the entry; a tag never changes kind (a statement that does gets a new id and a new tag)`);
      }
    }
  }
  return [...problems.values()];
}

/**
 * The next free tag after the largest one in use, counting in base 36 and skipping any tag with
 * the letter O, which reads too much like a zero (the Stacks Project does the same).
 */
export function nextTag(records: readonly TagRecord[]): string {
  let candidate = records.reduce((max, record) => Math.max(max, parseInt(record.tag, 36)), 0) + 1;
  const format = (value: number) => value.toString(36).toUpperCase().padStart(4, "0");
  while (format(candidate).includes("O")) candidate++;
  return format(candidate);
}
