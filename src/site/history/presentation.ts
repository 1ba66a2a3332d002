/**
 * What a tag page says about a statement's history and neighbours, in words and sets: each event as a
 * sentence, the version a date falls in, and the focused dependency graph (everything its proof uses,
 * transitively, and everything that uses it). Pure.
 */
import type { CitableResult } from "../../../components/results/citation.ts";
import type { HistoryEvent, StatementHistory, StatementVersion } from "./statementHistory.ts";

/** "3 December 2026": dates as the site writes them, in UTC so that every build agrees. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** An event as a sentence for the history table. */
export function describeEvent(event: HistoryEvent): string {
  switch (event.kind) {
    case "created":
      return "Created (version 1)";
    case "tag-assigned":
      return `Tag ${event.detail} assigned`;
    case "statement-changed":
      return `Statement changed (version ${event.version})`;
    case "proof-changed":
      return "Proof changed";
    case "moved": {
      const from = event.from!;
      const to = event.to!;
      if (from.pageId === to.pageId) return `Renumbered from ${from.display} to ${to.display}`;
      return `Moved from ${from.display} in “${from.pageTitle}” to ${to.display} in “${to.pageTitle}”`;
    }
    case "retired":
      return `Retired: ${event.detail}`;
  }
}

/** The current version, and how many came before it. */
export function currentVersion(history: StatementHistory): { current: StatementVersion; earlier: number } {
  const current = history.versions.at(-1);
  if (!current) throw new Error(`the history of "${history.label}" has no version`);
  return { current, earlier: history.versions.length - 1 };
}

/**
 * How a tag is cited: by its number now (the last version's, once retired) and its title, which a
 * catalogued example leaves out because its display already carries it.
 */
export function tagCitable(tag: string, item: { display: string; title: string | undefined } | undefined, current: StatementVersion): CitableResult {
  return { display: item?.display ?? current.placement.display, title: current.catalogued ? undefined : (item?.title ?? current.title), tag };
}

/**
 * The results in the focused dependency graph of `label`: itself, the results its proof uses (and
 * theirs), and the results whose proofs use it (and theirs), with the arrows among them.
 */
export function focusedGraph(label: string, uses: ReadonlyMap<string, readonly string[]>, usedBy: ReadonlyMap<string, readonly string[]>): { labels: string[]; edges: { from: string; to: string }[] } {
  const reach = (start: string, next: ReadonlyMap<string, readonly string[]>) => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      for (const neighbour of next.get(stack.pop()!) ?? []) {
        if (!seen.has(neighbour) && neighbour !== label) {
          seen.add(neighbour);
          stack.push(neighbour);
        }
      }
    }
    return seen;
  };
  const ancestors = reach(label, uses);
  const descendants = reach(label, usedBy);
  const labels = [...ancestors, label, ...descendants];
  const included = new Set(labels);
  const edges = [...uses].flatMap(([user, used]) => (included.has(user) ? used.filter((dependency) => included.has(dependency)).map((dependency) => ({ from: dependency, to: user })) : []));
  return { labels, edges };
}
