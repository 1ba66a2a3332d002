/**
 * When a result was added and when it last changed, from the versions of its page: a result
 * changes when the source of its statement or of its proof changes. An edit elsewhere on the page,
 * or one that only re-wraps lines, does not change it, so the feed does not announce it.
 */
import { environmentKinds, kindName } from "./kinds.ts";

export interface FileVersion {
  date: Date;
  source: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const elementNames = environmentKinds.map(kindName).join("|");
// an attribute list, where a quoted value may contain ">"
const attributes = String.raw`(?:"[^"]*"|[^>"])*`;

/**
 * The source of the result `label` in an MDX page (its statement, then its proof), with white space
 * folded; undefined when the page has no statement with that id.
 */
export function resultSource(page: string, label: string): string | undefined {
  const id = `"${escapeRegExp(label)}"`;
  const statement = new RegExp(String.raw`<(${elementNames})\s${attributes}\bid=${id}${attributes}>[\s\S]*?</\1>`).exec(page)?.[0];
  if (statement === undefined) return undefined;
  const proof = new RegExp(String.raw`<Proof\s${attributes}\bof=${id}${attributes}>[\s\S]*?</Proof>`).exec(page)?.[0] ?? "";
  return `${statement}\n${proof}`.replace(/\s+/g, " ").trim();
}

/**
 * From a page's versions, newest first: when the result first appeared (`published`) and when its
 * source last differed from the version before (`updated`); undefined when the newest version
 * does not have it.
 */
export function resultDates(versions: readonly FileVersion[], label: string): { published: Date; updated: Date } | undefined {
  const sources = versions.map((version) => resultSource(version.source, label));
  if (sources[0] === undefined) return undefined;
  // the newest version whose source differs from the one before it (or that has no version before it)
  const changed = sources.findIndex((source, i) => source !== sources[i + 1]);
  // the oldest version of the unbroken run that has the result, going back from the newest
  const firstMissing = sources.indexOf(undefined);
  const added = firstMissing === -1 ? sources.length - 1 : firstMissing - 1;
  return { published: versions[added]!.date, updated: versions[changed]!.date };
}
