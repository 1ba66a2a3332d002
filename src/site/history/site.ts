/**
 * The histories of this site's tags, read from git once per build (gitSnapshots.ts) and derived by
 * statementHistory.ts, and the errata entries that concern each statement. A build without the full
 * history stops with what to do (requireFullHistory).
 */
import { readFileSync } from "node:fs";
import { getEntry, render } from "astro:content";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { citationLabel, type BibEntry } from "../results/bibliography.ts";
import { renderStatement, statementTreeHtml } from "../results/preview.ts";
import { scanPage } from "../results/scan.ts";
import { contentSnapshots } from "./gitSnapshots.ts";
import { buildHistories, type StatementHistory, type StatementVersion } from "./statementHistory.ts";

export const errataFile = "content/reference/errata.mdx";
const errataHref = "/reference/errata/";

let histories: Map<string, StatementHistory> | undefined;

/** Every statement's history, by label, for this build. */
export function tagHistories(): Map<string, StatementHistory> {
  histories ??= buildHistories(contentSnapshots(process.cwd()));
  return histories;
}

/** The history of the statement `label`; the build has one for every statement on the site. */
export function historyOf(label: string): StatementHistory {
  const history = tagHistories().get(label);
  if (!history) throw new Error(`no history for "${label}": it is on no page of any commit nor of the working tree`);
  return history;
}

export interface ErrataEntry {
  title: string;
  href: string;
}

let errata: Promise<Map<string, ErrataEntry[]>> | undefined;

/**
 * The errata sections that refer to a statement: where a reader finds why it was corrected. The
 * sections' titles and anchors are those of the headings as Astro rendered them (math included),
 * matched with the scanned sections in order.
 */
export async function errataEntriesFor(label: string): Promise<ErrataEntry[]> {
  errata ??= (async () => {
    const entries = new Map<string, ErrataEntry[]>();
    const page = await getEntry("pages", errataFile.replace(/^content\/|\.mdx$/g, ""));
    if (!page) throw new Error(`${errataFile}: the errata page is missing`);
    const headings = (await render(page)).headings.filter((heading) => heading.depth === 2);
    const { items } = scanPage(readFileSync(join(process.cwd(), errataFile), "utf8"), errataFile);
    const sections = items.filter((item) => item.type === "section");
    if (sections.length !== headings.length) throw new Error(`${errataFile}: ${sections.length} sections scanned but ${headings.length} headings rendered`);
    let section: ErrataEntry | undefined;
    let count = 0;
    for (const item of items) {
      if (item.type === "section") {
        const heading = headings[count++]!;
        section = { title: heading.text, href: `${errataHref}#${heading.slug}` };
      }
      if (item.type === "ref" && section) {
        const list = entries.get(item.to) ?? [];
        if (!list.some((entry) => entry.href === section!.href)) list.push(section);
        entries.set(item.to, list);
      }
    }
    return entries;
  })();
  return (await errata).get(label) ?? [];
}

/** A version's statement as HTML, its references reading as they did then; an example's version is its summary then. */
export function versionHtml(version: StatementVersion, bibliography: ReadonlyMap<string, BibEntry>): string {
  if (version.catalogued) {
    const meta = (parseYaml(version.source) as { summary?: unknown } | null) ?? {};
    return `<p>${escapeHtml(typeof meta.summary === "string" ? meta.summary : "")}</p>`;
  }
  const tree = renderStatement(
    version.nodes,
    (label) => version.displays.get(label) ?? label,
    (key) => {
      const entry = bibliography.get(key);
      return entry ? citationLabel(entry) : key;
    },
    version.file,
  );
  return statementTreeHtml(tree);
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[character]!);
