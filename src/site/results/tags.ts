/**
 * Permanent tags, as the Stacks Project has them: every numbered statement gets a four-character
 * tag, recorded once in content/tags.json, and /tag/XXXX/ finds it wherever it moves. The file is
 * append-only: a tag is never deleted or given to something of another kind; a statement that
 * leaves the site keeps its tag with a reason ("retired").
 */
import type { EnvironmentKind } from "./kinds.ts";
import { environmentKinds } from "./kinds.ts";

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
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const list = (data as { tags?: unknown }).tags;
  if (!Array.isArray(list)) throw new Error(`${file}: expected an object with a "tags" array`);
  const seenTags = new Set<string>();
  const seenLabels = new Set<string>();
  return list.map((entry: Record<string, unknown>, index) => {
    const where = `${file}: tags[${index}]`;
    const { tag, label, kind, retired } = entry;
    if (typeof tag !== "string" || !tagPattern.test(tag)) throw new Error(`${where}.tag: expected four characters from 0-9 and A-Z, got ${JSON.stringify(tag)}`);
    if (typeof label !== "string" || label === "") throw new Error(`${where}.label: expected the id of a statement, got ${JSON.stringify(label)}`);
    if (typeof kind !== "string" || !(environmentKinds as readonly string[]).includes(kind)) {
      throw new Error(`${where}.kind: expected one of ${environmentKinds.join(", ")}, got ${JSON.stringify(kind)}`);
    }
    if (retired !== undefined && (typeof retired !== "string" || retired.trim().length < 10)) {
      throw new Error(`${where}.retired: expected a reason of at least 10 characters`);
    }
    if (seenTags.has(tag)) throw new Error(`${where}: tag ${tag} appears twice`);
    if (seenLabels.has(label)) throw new Error(`${where}: label "${label}" has two tags`);
    seenTags.add(tag);
    seenLabels.add(label);
    return { tag, label, kind: kind as EnvironmentKind, ...(retired !== undefined && { retired: retired as string }) };
  });
}

/**
 * Compares the registry with every earlier published version of it (oldest first): a tag that
 * disappears or changes kind is a broken permalink. Returns the problems found.
 */
export function checkAppendOnly(versions: readonly { name: string; tags: readonly TagRecord[] }[], current: readonly TagRecord[]): string[] {
  const now = new Map(current.map((record) => [record.tag, record]));
  const problems: string[] = [];
  const reported = new Set<string>();
  for (const version of versions) {
    for (const record of version.tags) {
      const present = now.get(record.tag);
      const key = `${record.tag}:${present ? "kind" : "gone"}`;
      if (reported.has(key)) continue;
      if (!present) {
        problems.push(`tag ${record.tag} (${record.kind} "${record.label}", published in ${version.name}) has been removed from the registry`);
        reported.add(key);
      } else if (present.kind !== record.kind) {
        problems.push(`tag ${record.tag} was a ${record.kind} in ${version.name} and is now a ${present.kind}`);
        reported.add(key);
      }
    }
  }
  return problems;
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
