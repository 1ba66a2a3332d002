// The history of a tag from git, on a repository made for the test: a statement is created, tagged,
// its proof changed, its statement changed, then moved to another page and renumbered. Exactly those
// events and two versions must come out; white space, edits elsewhere on the page, and the working
// tree are handled as the tag pages promise; a shallow clone and a tree outside git are refused.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentSnapshots, requireFullHistory } from "../../../src/site/history/gitSnapshots";
import { describeEvent, focusedGraph } from "../../../src/site/history/presentation";
import { buildHistories, changeDates } from "../../../src/site/history/statementHistory";

const repository = mkdtempSync(join(tmpdir(), "goodhart-history-"));
const clones: string[] = [];
afterAll(() => [repository, ...clones].forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
let clock = Date.parse("2026-01-01T00:00:00Z");
/** Writes files (null deletes) and commits them one day after the previous commit. */
function commit(message: string, files: Record<string, string | null>) {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) rmSync(join(repository, path));
    else {
      mkdirSync(dirname(join(repository, path)), { recursive: true });
      writeFileSync(join(repository, path), text);
    }
  }
  clock += 86_400_000;
  const date = new Date(clock).toISOString();
  git(repository, "add", "-A");
  execFileSync("git", ["commit", "-q", "-m", message], { cwd: repository, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.org", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.org" } });
  return git(repository, "rev-parse", "HEAD").trim();
}

const page = (title: string, order: number, body: string) => `---\ntitle: "${title}"\ndescription: "A page of the history fixture."\norder: ${order}\n---\n\n${body}\n`;
const theorem = (statement: string, proof: string) => `<Theorem id="main" title="Main">\n${statement}\n</Theorem>\n\n<Proof of="main">\n${proof}\n</Proof>\n`;
const registry = (retired?: string) => `${JSON.stringify({ tags: [{ tag: "0001", label: "main", kind: "theorem", ...(retired && { retired }) }, { tag: "0002", label: "helper", kind: "definition" }] }, null, 2)}\n`;
const helper = `<Definition id="helper">\nA helper is $h \\ge 0$.\n</Definition>\n`;

git(repository, "init", "-q", "-b", "main");
const commits = {
  created: commit("create", {
    "content/index.mdx": page("Home", 0, "Home."),
    "content/part/index.mdx": page("Part", 1, "A part."),
    "content/part/first.mdx": page("First", 1, `## A section\n\n${theorem("Every $x$ is small.", "By the first argument.")}`),
    "content/part/second.mdx": page("Second", 2, "Nothing yet."),
  }),
  tagged: commit("tag", { "content/tags.json": registry() }),
  proof: commit("new proof", { "content/part/first.mdx": page("First", 1, `## A section\n\n${theorem("Every $x$ is small.", "By a second argument, using <Ref to=\"helper\" />.")}`) }),
  whitespace: commit("rewrap", { "content/part/first.mdx": page("First", 1, `## A section\n\n${theorem("Every $x$   is\nsmall.", "By a second argument,\nusing <Ref to=\"helper\" />.")}`) }),
  elsewhere: commit("edit elsewhere", { "content/part/first.mdx": page("First", 1, `## A section\n\nAn introduction.\n\n${theorem("Every $x$   is\nsmall.", "By a second argument,\nusing <Ref to=\"helper\" />.")}`) }),
  statement: commit("new statement", { "content/part/first.mdx": page("First", 1, `## A section\n\nAn introduction.\n\n${theorem("Every $x \\in X$ is small.", "By a second argument, using <Ref to=\"helper\" />.")}`) }),
  moved: commit("move and renumber", {
    "content/part/first.mdx": page("First", 1, "## A section\n\nAn introduction."),
    "content/part/second.mdx": page("Second", 2, `${helper}\n${theorem("Every $x \\in X$ is small.", "By a second argument, using <Ref to=\"helper\" />.")}`),
  }),
  renumbered: commit("renumber", {
    "content/part/second.mdx": page("Second", 2, `${helper}\n<Remark id="aside">\nAn aside.\n</Remark>\n\n${theorem("Every $x \\in X$ is small.", "By a second argument, using <Ref to=\"helper\" />.")}`),
  }),
  retired: commit("retire", { "content/tags.json": registry("The theorem was merged into another result.") }),
};

describe("the history of a tag, from git", () => {
  const histories = buildHistories(contentSnapshots(repository));
  const main = histories.get("main")!;

  it("records exactly the events that happened, each with its commit and date", () => {
    expect(main.events.map((event) => [event.kind, event.commit, event.version])).toEqual([
      ["created", commits.created, 1],
      ["tag-assigned", commits.tagged, 1],
      ["proof-changed", commits.proof, 1],
      ["statement-changed", commits.statement, 2],
      ["moved", commits.moved, 2],
      ["moved", commits.renumbered, 2],
      ["retired", commits.retired, 2],
    ]);
    expect(main.tag).toBe("0001");
    expect(main.events[0]!.date.toISOString()).toBe("2026-01-02T00:00:00.000Z");
  });

  it("makes a version of each text of the statement, with its number, title and page then", () => {
    expect(main.versions.map((version) => [version.number, version.commit, version.placement.display, version.placement.pageId, version.title])).toEqual([
      [1, commits.created, "Theorem 1.2", "part/first", "Main"],
      [2, commits.statement, "Theorem 1.2", "part/first", "Main"],
    ]);
    expect(main.versions[0]!.supersededOn?.toISOString()).toBe(main.versions[1]!.date.toISOString());
    expect(main.versions[1]!.supersededOn).toBeUndefined();
    expect(main.versions[0]!.source).toContain("Every $x$ is small.");
    expect(main.versions[1]!.source).toContain("Every $x \\in X$ is small.");
  });

  it("says where it moved, and keeps every number it had with its dates", () => {
    const [moved, renumbered] = main.events.filter((event) => event.kind === "moved");
    expect(moved!.from).toMatchObject({ pageId: "part/first", display: "Theorem 1.2" });
    expect(moved!.to).toMatchObject({ pageId: "part/second", display: "Theorem 2.2" });
    expect(describeEvent(moved!)).toBe("Moved from Theorem 1.2 in “First” to Theorem 2.2 in “Second”");
    expect(describeEvent(renumbered!)).toBe("Renumbered from Theorem 2.2 to Theorem 2.3");
    expect(main.formerDisplays.map((shown) => shown.display)).toEqual(["Theorem 1.2", "Theorem 2.2", "Theorem 2.3"]);
    expect(main.formerDisplays[0]!.until.getTime()).toBeLessThan(main.formerDisplays[1]!.from.getTime());
  });

  it("dates the result for the feed by its creation and the last change of its statement or proof, not by a move", () => {
    const dayOf = (commit: string) => main.events.find((event) => event.commit === commit)!.date;
    expect(changeDates(main)).toEqual({ published: dayOf(commits.created), updated: dayOf(commits.statement) });
    expect(changeDates(histories.get("helper")!)).toEqual({ published: dayOf(commits.moved), updated: dayOf(commits.moved) });
  });

  it("keeps how references read in each version's own snapshot", () => {
    const definition = histories.get("helper")!;
    expect(definition.events.map((event) => event.kind)).toEqual(["created", "tag-assigned"]);
    expect(main.versions[1]!.displays.get("helper")).toBeUndefined();
    expect(definition.versions[0]!.displays.get("main")).toBe("Theorem 2.2");
    expect(main.versions[0]!.displays.get("part/first#a-section")).toBe("Section 1.1");
  });

  it("adds the working tree as a version not yet committed, dated now", () => {
    writeFileSync(join(repository, "content/part/second.mdx"), page("Second", 2, `${helper}\n<Remark id="aside">\nAn aside.\n</Remark>\n\n${theorem("Every $x \\in X$ is very small.", "By a second argument, using <Ref to=\"helper\" />.")}`));
    try {
      const withWorkingTree = buildHistories(contentSnapshots(repository)).get("main")!;
      expect(withWorkingTree.versions).toHaveLength(3);
      expect(withWorkingTree.versions[2]!.commit).toBeUndefined();
      expect(withWorkingTree.events.at(-1)).toMatchObject({ kind: "statement-changed", commit: undefined, version: 3 });
    } finally {
      git(repository, "checkout", "--", "content/part/second.mdx");
    }
    expect(buildHistories(contentSnapshots(repository)).get("main")!.versions).toHaveLength(2);
  });

  it("refuses a shallow clone and a tree outside git, saying what to do", () => {
    const shallow = mkdtempSync(join(tmpdir(), "goodhart-shallow-"));
    clones.push(shallow);
    git(tmpdir(), "clone", "-q", "--depth", "1", `file://${repository}`, shallow);
    expect(() => contentSnapshots(shallow)).toThrow(/shallow clone.*git fetch --unshallow/s);
    const plain = mkdtempSync(join(tmpdir(), "goodhart-plain-"));
    clones.push(plain);
    expect(() => requireFullHistory(plain)).toThrow(/not a git checkout.*git clone/s);
    // a full clone has all of it
    const full = mkdtempSync(join(tmpdir(), "goodhart-full-"));
    clones.push(full);
    git(tmpdir(), "clone", "-q", repository, full);
    expect(buildHistories(contentSnapshots(full)).get("main")!.events).toHaveLength(7);
  });
});

describe("the focused dependency graph", () => {
  it("holds the result, everything its proof uses and everything that uses it, and nothing else", () => {
    const uses = new Map([
      ["b", ["a"]],
      ["c", ["b"]],
      ["d", ["c", "x"]],
      ["y", ["x"]],
    ]);
    const usedBy = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["d"]],
      ["x", ["d", "y"]],
    ]);
    const graph = focusedGraph("c", uses, usedBy);
    expect(new Set(graph.labels)).toEqual(new Set(["a", "b", "c", "d"]));
    expect(graph.edges).toEqual([
      { from: "a", to: "b" },
      { from: "b", to: "c" },
      { from: "c", to: "d" },
    ]);
  });
});
