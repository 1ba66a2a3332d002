// When a result was added and last changed: from its own statement and proof, not from its page;
// pure on given versions, and through git on a repository made for the test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resultDates, resultSource } from "../../../src/site/results/changeDates";
import { fileVersions, parseHistory } from "../../../src/site/gitDates";

const page = (theorem: string, proof: string, elsewhere = "Some prose.") =>
  [
    "## A section",
    "",
    elsewhere,
    "",
    '<Theorem id="main" title="x > 0 implies y">',
    theorem,
    "</Theorem>",
    "",
    '<Proof of="main">',
    proof,
    "</Proof>",
    "",
    '<Definition id="other">',
    "A thing.",
    "</Definition>",
  ].join("\n");

const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe("resultSource", () => {
  it("takes the statement and its proof, whatever the attributes hold, with white space folded", () => {
    expect(resultSource(page("If $x$\nthen $y$.", "Trivial."), "main")).toBe('<Theorem id="main" title="x > 0 implies y"> If $x$ then $y$. </Theorem> <Proof of="main"> Trivial. </Proof>');
    expect(resultSource(page("a", "b"), "other")).toBe('<Definition id="other"> A thing. </Definition>');
  });

  it("finds no result for an id that is only a prefix, or only a proof", () => {
    expect(resultSource(page("a", "b"), "mai")).toBeUndefined();
    expect(resultSource('<Proof of="lonely">x</Proof>', "lonely")).toBeUndefined();
  });
});

describe("resultDates", () => {
  it("ignores edits elsewhere on the page and re-wrapped lines", () => {
    const versions = [
      { date: at(5), source: page("If x\nthen y.", "Trivial.", "Rewritten prose.") },
      { date: at(4), source: page("If x then y.", "Trivial.") },
      { date: at(2), source: page("If x then y.", "Trivial.") },
    ];
    expect(resultDates(versions, "main")).toEqual({ published: at(2), updated: at(2) });
  });

  it("dates a change of the proof and keeps the first appearance", () => {
    const versions = [
      { date: at(9), source: page("If x then y.", "Corrected.", "More prose.") },
      { date: at(7), source: page("If x then y.", "Corrected.") },
      { date: at(5), source: page("If x then y.", "Wrong.") },
      { date: at(3), source: "## A section\n\nNo theorem yet." },
      { date: at(1), source: page("If x then y.", "Old, later removed.") },
    ];
    expect(resultDates(versions, "main")).toEqual({ published: at(5), updated: at(7) });
  });

  it("has no dates for a result the newest version lacks", () => {
    expect(resultDates([{ date: at(2), source: "nothing" }, { date: at(1), source: page("a", "b") }], "main")).toBeUndefined();
  });
});

describe("fileVersions", () => {
  const repository = mkdtempSync(join(tmpdir(), "goodhart-history-"));
  afterAll(() => rmSync(repository, { recursive: true, force: true }));
  const identity = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.org", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.org" };
  const git = (args: string[], env: Record<string, string> = {}) => execFileSync("git", args, { cwd: repository, encoding: "utf8", env: { ...process.env, ...identity, ...env } });
  const commit = (day: number, message: string) => {
    const date = at(day).toISOString();
    git(["add", "-A"]);
    git(["commit", "-q", "-m", message, "--date", date], { GIT_COMMITTER_DATE: date });
  };

  it("reads every committed version newest first, through a rename, and the uncommitted one", () => {
    git(["init", "-q", "-b", "main"]);
    writeFileSync(join(repository, "old.mdx"), page("If x then y.", "Wrong."));
    commit(1, "add");
    writeFileSync(join(repository, "old.mdx"), page("If x then y.", "Corrected."));
    commit(2, "correct the proof");
    renameSync(join(repository, "old.mdx"), join(repository, "new.mdx"));
    commit(3, "rename");
    writeFileSync(join(repository, "new.mdx"), page("If x then y.", "Corrected.", "Other prose."));
    commit(4, "edit elsewhere");

    const committed = fileVersions("new.mdx", repository);
    expect(committed.map((version) => version.date.toISOString())).toEqual([4, 3, 2, 1].map((day) => at(day).toISOString()));
    expect(committed[3]!.source).toContain("Wrong.");
    expect(resultDates(committed, "main")).toEqual({ published: at(1), updated: at(2) });

    writeFileSync(join(repository, "new.mdx"), page("If x then z.", "Corrected."));
    const withWorkingCopy = fileVersions("new.mdx", repository);
    expect(withWorkingCopy).toHaveLength(5);
    expect(withWorkingCopy[0]!.source).toContain("then z");
    expect(resultDates(withWorkingCopy, "main")!.updated.getTime()).toBeGreaterThan(at(4).getTime());
  });

  it("outside a git checkout, has the working copy alone", () => {
    const loose = mkdtempSync(join(tmpdir(), "goodhart-loose-"));
    try {
      writeFileSync(join(loose, "page.mdx"), "text");
      expect(fileVersions("page.mdx", loose).map((version) => version.source)).toEqual(["text"]);
    } finally {
      rmSync(loose, { recursive: true, force: true });
    }
  });
});

describe("parseHistory", () => {
  // as `git log --format=%x00%cI --name-status -M` prints it, newest commit first
  const log = [
    "\u00002026-01-05T00:00:00Z\n\nM\tcontent/b.mdx\n",
    "\u00002026-01-04T00:00:00Z\n\nR100\tcontent/old.mdx\tcontent/b.mdx\nD\tcontent/gone.mdx\n",
    "\u00002026-01-03T00:00:00Z\n\nM\tcontent/old.mdx\nM\tcontent/a.mdx\n",
    // a commit dated out of order (rebased): the dates, not the order, decide
    "\u00002026-01-06T00:00:00Z\n\nM\tcontent/a.mdx\n",
    "\u00002026-01-01T00:00:00Z\n\nA\tcontent/old.mdx\nA\tcontent/a.mdx\nA\tcontent/gone.mdx\n",
  ].join("");
  const history = parseHistory(log);

  it("gives each file its newest and oldest commit", () => {
    expect(history.get("content/a.mdx")).toEqual({ last: new Date("2026-01-06T00:00:00Z"), first: new Date("2026-01-01T00:00:00Z") });
  });

  it("follows a rename back to the file's first name", () => {
    expect(history.get("content/b.mdx")).toEqual({ last: new Date("2026-01-05T00:00:00Z"), first: new Date("2026-01-01T00:00:00Z") });
    expect(history.has("content/old.mdx")).toBe(false);
  });

  it("reads nothing from an empty history", () => {
    expect(parseHistory("").size).toBe(0);
  });
});
