/**
 * The machine-readable manifest: /tag/XXXX.json for each tag and /tags.json for all of them, so that
 * other sites and tools can embed a statement, follow its versions and cite it. One zod schema per
 * file, every field documented; `manifestVersion` changes only when a field is removed or changes
 * meaning (adding a field keeps it). The build writes the files from these builders and the tests
 * validate every built file against the schemas.
 */
import { z } from "astro/zod";
import { environmentKinds } from "../results/kinds.ts";
import { historyEventKinds, type StatementHistory } from "./statementHistory.ts";

export const manifestVersion = 1;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, "an ISO 8601 date-time in UTC");
const commit = z.string().regex(/^[0-9a-f]{40}$/, "a full git commit hash").nullable();
const absoluteUrl = z.url({ protocol: /^https?$/ });

/** One version of a statement, oldest first. */
export const manifestVersionSchema = z.strictObject({
  /** 1-based version number. */
  version: z.number().int().min(1),
  /** When this version was committed (the build's time for a version not yet committed). */
  date,
  /** The commit that introduced it; null when the build ran on uncommitted changes. */
  commit,
  /** Its permanent address, /tag/XXXX/v/N/. */
  url: absoluteUrl,
  /** How it was numbered when it appeared, e.g. "Theorem 3.7". */
  display: z.string(),
  /** Its title then, if any. */
  title: z.string().nullable(),
  /** Whether it is the current version. */
  current: z.boolean(),
});

/** A number the statement has had, with the first and last dates it was seen with it. */
export const manifestNumberSchema = z.strictObject({ display: z.string(), from: date, until: date });

/** A result referred to: in "uses" and "usedBy". */
const resultReference = z.strictObject({
  tag: z.string().regex(/^[0-9A-Z]{4}$/),
  /** "Lemma 2.4" */
  display: z.string(),
  title: z.string().nullable(),
  /** Its permanent address. */
  url: absoluteUrl,
});

/** /tag/XXXX.json */
export const tagManifestSchema = z.strictObject({
  manifestVersion: z.literal(manifestVersion),
  /** The permanent tag, four characters from 0-9 and A-Z. */
  tag: z.string().regex(/^[0-9A-Z]{4}$/),
  kind: z.enum(environmentKinds),
  /** The id of the statement in the site's source, or catalog/SLUG for an example. */
  label: z.string(),
  /** Why the tag was retired; null while it is on the site. */
  retired: z.string().nullable(),
  /** Its number now, e.g. "3.7"; null for an example or a retired tag. */
  number: z.string().nullable(),
  /** How it reads now, e.g. "Theorem 3.7" (the last version's, for a retired tag). */
  display: z.string(),
  title: z.string().nullable(),
  /** Its permanent address, /tag/XXXX/. */
  url: absoluteUrl,
  /** The page it is on now, or null for a retired tag. */
  page: z.strictObject({ title: z.string(), url: absoluteUrl, anchor: absoluteUrl }).nullable(),
  /** The current statement: as HTML (math as MathML, references as text) and as its MDX source (for an example: its metadata). */
  statement: z.strictObject({ html: z.string(), source: z.string() }),
  /** Results its proof uses, and results whose proofs use it. */
  uses: z.array(resultReference),
  usedBy: z.array(resultReference),
  /** What checks it, as the build found it; null for kinds that are not checked. */
  status: z.strictObject({ level: z.string(), phrases: z.array(z.string()), instances: z.number().int().min(0), fullyChecked: z.boolean() }).nullable(),
  versions: z.array(manifestVersionSchema).min(1),
  /** Every number it has had, oldest first: where an old citation's "Theorem 3.7" went. */
  numbers: z.array(manifestNumberSchema),
  /** Every event of its history, oldest first. */
  history: z.array(z.strictObject({ kind: z.enum(historyEventKinds), date, commit, version: z.number().int().min(1), detail: z.string().nullable() })),
  /** CSL-JSON items for the tag and for its current version (citeproc and Zotero read these). */
  citation: z.strictObject({ tag: z.record(z.string(), z.unknown()), currentVersion: z.record(z.string(), z.unknown()) }),
});
export type TagManifest = z.infer<typeof tagManifestSchema>;

/** One entry of /tags.json. */
export const tagsIndexEntrySchema = z.strictObject({
  tag: z.string().regex(/^[0-9A-Z]{4}$/),
  kind: z.enum(environmentKinds),
  label: z.string(),
  display: z.string().nullable(),
  title: z.string().nullable(),
  /** The tag page, /tag/XXXX/ (site-relative, as the search page fetches it). */
  href: z.string().regex(/^\/tag\/[0-9A-Z]{4}\/$/),
  /** The statement in its page now; null for a retired tag. */
  target: z.string().nullable(),
  retired: z.string().nullable(),
  /** The manifest of this tag, /tag/XXXX.json. */
  manifest: z.string().regex(/^\/tag\/[0-9A-Z]{4}\.json$/),
  versions: z.array(manifestVersionSchema).min(1),
  numbers: z.array(manifestNumberSchema),
});

/** /tags.json */
export const tagsIndexSchema = z.strictObject({ manifestVersion: z.literal(manifestVersion), tags: z.array(tagsIndexEntrySchema) });

/** The versions and numbers of a history, as both files give them. */
export function manifestVersions(history: StatementHistory, tag: string, site: URL | string): Pick<TagManifest, "versions" | "numbers"> {
  const last = history.versions.length;
  return {
    versions: history.versions.map((version) => ({
      version: version.number,
      date: version.date.toISOString(),
      commit: version.commit ?? null,
      url: new URL(`/tag/${tag}/v/${version.number}/`, site).href,
      display: version.placement.display,
      title: version.catalogued ? null : (version.title ?? null),
      current: version.number === last,
    })),
    numbers: history.formerDisplays.map((shown) => ({ display: shown.display, from: shown.from.toISOString(), until: shown.until.toISOString() })),
  };
}

/** The history's events for the manifest. */
export function manifestHistory(history: StatementHistory): TagManifest["history"] {
  return history.events.map((event) => ({
    kind: event.kind,
    date: event.date.toISOString(),
    commit: event.commit ?? null,
    version: event.version,
    detail: event.kind === "moved" ? `${event.from!.display} in ${event.from!.href} → ${event.to!.display} in ${event.to!.href}` : (event.detail ?? null),
  }));
}
