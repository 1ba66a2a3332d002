// Every file's first and last commit, from one pass over the history: the "last changed" line of each
// page and the date a catalogue example was added. (Results are dated by their own history:
// test/unit/history/.)
import { describe, expect, it } from "vitest";
import { parseHistory } from "../../src/site/gitDates";

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
