/**
 * The history of every tagged statement and example, derived from the repository's content at each
 * commit (snapshots, oldest first; gitSnapshots.ts reads them). Nothing is entered by hand. Pure.
 *
 * - A *version* is a distinct text of the statement (white space folded): what a citation cites. A new
 *   proof or a move does not make a new version; they are events in the history.
 * - Events: created, tag assigned, statement changed, proof changed, moved (another page, or another
 *   number), retired. Each carries the snapshot's commit and date.
 * - A version keeps what it needs to be shown as it stood: its MDX nodes and source, its number, title
 *   and page then, and how every label it refers to read then.
 */
import type { RootContent } from "mdast";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { buildNavigation, hrefOf, type PageSummary } from "../navigation.ts";
import { kindName, type EnvironmentKind } from "../results/kinds.ts";
import { scanPage, type ScannedPage } from "../results/scan.ts";

/** The content tree at one commit: path → file text, for content/**∕*.mdx, content/tags.json and catalogue metas. */
export interface ContentSnapshot {
  /** The commit's hash; undefined for the working tree when it differs from the last commit. */
  commit: string | undefined;
  date: Date;
  files: ReadonlyMap<string, string>;
}

export const historyEventKinds = ["created", "tag-assigned", "statement-changed", "proof-changed", "moved", "retired"] as const;
export type HistoryEventKind = (typeof historyEventKinds)[number];

export interface HistoryEvent {
  kind: HistoryEventKind;
  commit: string | undefined;
  date: Date;
  /** The version current after the event (1-based). */
  version: number;
  /** For "moved": where it was and where it went. */
  from?: Placement;
  to?: Placement;
  /** For "tag-assigned": the tag. For "retired": the reason. */
  detail?: string;
}

/** Where a statement stands: its page and how it is numbered there. */
export interface Placement {
  pageId: string;
  pageTitle: string;
  href: string;
  /** "Theorem 3.7"; for an example, its title. */
  display: string;
}

export interface StatementVersion {
  /** 1-based, oldest first. */
  number: number;
  commit: string | undefined;
  date: Date;
  /** When the next version replaced it; undefined for the current one. */
  supersededOn: Date | undefined;
  kind: EnvironmentKind;
  /** A catalogued example (its "statement" is its metadata) rather than a statement on a page. */
  catalogued: boolean;
  title: string | undefined;
  /** Where it stood when this version appeared. */
  placement: Placement;
  /** The statement's source as written (the whole element), for the diff. */
  source: string;
  /** Its MDX nodes, rendered on the version's page; for an example, empty (its summary is `source`). */
  nodes: RootContent[];
  /** The file it was in, for messages when rendering fails. */
  file: string;
  /** How each label read in the snapshot of this version, for its references. */
  displays: ReadonlyMap<string, string>;
}

export interface StatementHistory {
  label: string;
  tag: string | undefined;
  events: HistoryEvent[];
  versions: StatementVersion[];
  /** Every number it has had, with the dates it was first and last seen with it (for "Theorem 3.7" searches). */
  formerDisplays: { display: string; from: Date; until: Date }[];
}

interface StatementState {
  kind: EnvironmentKind;
  catalogued: boolean;
  title: string | undefined;
  placement: Placement;
  file: string;
  statement: string;
  proof: string;
  nodes: RootContent[];
}

/** A source with its white space folded: re-wrapping a statement does not change it. */
export const folded = (text: string) => text.replace(/\s+/g, " ").trim();

function frontmatter(source: string): { title?: unknown; order?: unknown } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return {};
  try {
    return (parseYaml(match[1]!) as { title?: unknown; order?: unknown }) ?? {};
  } catch {
    return {};
  }
}

/** A catalogued example as a statement: its title, summary and claims; undefined for metadata that does not parse. */
function exampleState(file: string, source: string): StatementState | undefined {
  const slug = /^content\/catalog\/([^/]+)\/meta\.yaml$/.exec(file)![1]!;
  let meta: Record<string, unknown>;
  try {
    meta = (parseYaml(source) as Record<string, unknown>) ?? {};
  } catch {
    return undefined;
  }
  const title = typeof meta["title"] === "string" ? meta["title"] : slug;
  const label = `catalog/${slug}`;
  // its tag line and its sources are not part of what it states
  const { tag: _tag, sources: _sources, ...stated } = meta;
  return {
    kind: "example",
    catalogued: true,
    title,
    placement: { pageId: label, pageTitle: title, href: `/${label}/`, display: `Example “${title}”` },
    file,
    statement: stringifyYaml(stated),
    proof: "",
    nodes: [],
  };
}

/** Every statement of one snapshot with its placement, and how every label read then. */
function readSnapshot(snapshot: ContentSnapshot, scans: Map<string, ScannedPage>, examples: Map<string, StatementState | undefined>): { states: Map<string, StatementState>; displays: Map<string, string>; tags: Map<string, { tag: string; retired?: string }> } {
  const pages: (PageSummary & { file: string; source: string })[] = [];
  for (const [file, source] of snapshot.files) {
    const match = /^content\/(.+)\.mdx$/.exec(file);
    if (!match) continue;
    const meta = frontmatter(source);
    pages.push({ id: match[1]!, file, source, title: typeof meta.title === "string" ? meta.title : match[1]!, order: typeof meta.order === "number" ? meta.order : 0 });
  }
  const chapters = new Map<string, number>();
  const titles = new Map(pages.map((page) => [page.id, page.title]));
  try {
    for (const part of buildNavigation(pages).parts) for (const chapter of part.chapters) chapters.set(chapter.id, chapter.number);
  } catch {
    // a snapshot whose pages did not form a site (never published as such): statements keep no numbers
  }
  const states = new Map<string, StatementState>();
  const displays = new Map<string, string>();
  const proofs = new Map<string, string>();
  for (const page of pages) {
    // pages whose text did not change since an earlier snapshot are not parsed again
    const key = `${page.file}\0${page.source}`;
    let scanned = scans.get(key);
    if (!scanned) {
      scanned = scanPage(page.source, page.file);
      scans.set(key, scanned);
    }
    const chapter = chapters.get(page.id);
    let counter = 0;
    displays.set(page.id, chapter === undefined ? page.title : `Chapter ${chapter}`);
    for (const item of scanned.items) {
      if (item.type === "proof") {
        if (!proofs.has(item.of)) proofs.set(item.of, item.text);
        continue;
      }
      if (item.type !== "section" && item.type !== "environment" && item.type !== "equation") continue;
      if (item.type === "section" && chapter === undefined) continue;
      const number = chapter === undefined ? undefined : `${chapter}.${++counter}`;
      if (item.type === "section") displays.set(`${page.id}#${item.slug}`, `Section ${number}`);
      if (item.type === "equation") displays.set(item.id, `(${number})`);
      if (item.type !== "environment" || states.has(item.id)) continue;
      const display = number === undefined ? kindName(item.kind) : `${kindName(item.kind)} ${number}`;
      displays.set(item.id, display);
      states.set(item.id, {
        kind: item.kind,
        catalogued: false,
        title: item.title,
        placement: { pageId: page.id, pageTitle: titles.get(page.id) ?? page.id, href: hrefOf(page.id), display },
        file: page.file,
        statement: item.source,
        proof: "",
        nodes: item.statement,
      });
    }
  }
  for (const [label, proof] of proofs) {
    const state = states.get(label);
    if (state) state.proof = proof;
  }
  for (const [file, source] of snapshot.files) {
    if (!/^content\/catalog\/[^/]+\/meta\.yaml$/.test(file)) continue;
    // a catalogue's metadata is mostly unchanged from one commit to the next: each text is parsed once
    const key = `${file}\0${source}`;
    if (!examples.has(key)) examples.set(key, exampleState(file, source));
    const example = examples.get(key);
    if (!example) continue;
    displays.set(example.placement.pageId, example.placement.display);
    states.set(example.placement.pageId, example);
  }
  return { states, displays, tags: registryOf(snapshot.files.get("content/tags.json")) };
}

/** The tag registry of a snapshot, read leniently: an old or broken registry only means no tags then. */
function registryOf(json: string | undefined): Map<string, { tag: string; retired?: string }> {
  const tags = new Map<string, { tag: string; retired?: string }>();
  if (json === undefined) return tags;
  try {
    for (const entry of (JSON.parse(json) as { tags?: { tag?: unknown; label?: unknown; retired?: unknown }[] }).tags ?? []) {
      if (typeof entry.tag === "string" && typeof entry.label === "string") tags.set(entry.label, { tag: entry.tag, ...(typeof entry.retired === "string" && { retired: entry.retired }) });
    }
  } catch {
    // not JSON in that commit
  }
  return tags;
}

const samePlace = (a: Placement, b: Placement) => a.pageId === b.pageId && a.display === b.display;

/** The history of every statement and example that ever had a place in the snapshots, by label. */
export function buildHistories(snapshots: readonly ContentSnapshot[]): Map<string, StatementHistory> {
  const histories = new Map<string, StatementHistory>();
  const last = new Map<string, StatementState>();
  const lastTag = new Map<string, { tag: string; retired?: string }>();
  const scans = new Map<string, ScannedPage>();
  const examples = new Map<string, StatementState | undefined>();
  for (const snapshot of snapshots) {
    const { states, displays, tags } = readSnapshot(snapshot, scans, examples);
    const at = { commit: snapshot.commit, date: snapshot.date };
    for (const [label, state] of states) {
      let history = histories.get(label);
      const previous = last.get(label);
      const newVersion = () => {
        const versions = history!.versions;
        const before = versions.at(-1);
        if (before) before.supersededOn = snapshot.date;
        versions.push({ number: versions.length + 1, ...at, supersededOn: undefined, kind: state.kind, catalogued: state.catalogued, title: state.title, placement: state.placement, source: state.statement, nodes: state.nodes, file: state.file, displays });
      };
      if (!history) {
        history = { label, tag: undefined, events: [], versions: [], formerDisplays: [] };
        histories.set(label, history);
        newVersion();
        history.events.push({ kind: "created", ...at, version: 1 });
      } else if (previous) {
        if (folded(previous.statement) !== folded(state.statement)) {
          newVersion();
          history.events.push({ kind: "statement-changed", ...at, version: history.versions.length });
        }
        if (folded(previous.proof) !== folded(state.proof)) history.events.push({ kind: "proof-changed", ...at, version: history.versions.length });
        if (!samePlace(previous.placement, state.placement)) history.events.push({ kind: "moved", ...at, version: history.versions.length, from: previous.placement, to: state.placement });
      }
      const shown = history.formerDisplays.at(-1);
      if (shown?.display === state.placement.display) shown.until = snapshot.date;
      else history.formerDisplays.push({ display: state.placement.display, from: snapshot.date, until: snapshot.date });
      last.set(label, state);
    }
    for (const [label, record] of tags) {
      const history = histories.get(label);
      const before = lastTag.get(label);
      if (history && !before) {
        history.tag = record.tag;
        history.events.push({ kind: "tag-assigned", ...at, version: history.versions.length, detail: record.tag });
      }
      if (history && record.retired !== undefined && before?.retired === undefined) {
        history.events.push({ kind: "retired", ...at, version: history.versions.length, detail: record.retired });
      }
      if (history) lastTag.set(label, record);
    }
  }
  return histories;
}

/**
 * When a statement was first published and when its statement or proof last changed: what the feed dates
 * it by. A move, a new tag or an edit elsewhere on its page does not announce it again.
 */
export function changeDates(history: StatementHistory): { published: Date; updated: Date } {
  const changes = history.events.filter((event) => event.kind === "created" || event.kind === "statement-changed" || event.kind === "proof-changed");
  const published = changes[0]?.date;
  if (!published) throw new Error(`the history of "${history.label}" has no creation`);
  return { published, updated: changes.at(-1)!.date };
}
