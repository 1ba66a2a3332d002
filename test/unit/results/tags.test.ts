// Permanent tags: the registry parses strictly, and no tag that was ever committed disappears or
// changes kind. The history check reads every committed version of content/tags.json from git.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkAppendOnly, nextTag, parseTagRegistry, type TagRecord } from "../../../src/site/results/tags";

const root = new URL("../../../", import.meta.url).pathname;
const registryFile = "content/tags.json";
const current = parseTagRegistry(readFileSync(`${root}${registryFile}`, "utf8"), registryFile);

/**
 * Every published version of the registry, oldest first: the commits on the main line
 * (--first-parent), so that a side branch's drafts, merged later with other tags, do not count.
 */
function committedVersions(): { name: string; tags: TagRecord[] }[] {
  const commits = execFileSync("git", ["log", "--first-parent", "--reverse", "--format=%H", "--", registryFile], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
  return commits.flatMap((commit) => {
    try {
      const json = execFileSync("git", ["show", `${commit}:${registryFile}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      return [{ name: `commit ${commit.slice(0, 8)}`, tags: parseTagRegistry(json, `${registryFile}@${commit.slice(0, 8)}`) }];
    } catch {
      return []; // a commit that deleted the file: its absence is caught by the comparison itself
    }
  });
}

describe("permanent tag registry", () => {
  it("keeps every tag ever committed, with its kind", () => {
    const versions = committedVersions();
    expect(versions.length).toBeGreaterThan(0);
    expect(checkAppendOnly(versions, current)).toEqual([]);
  });

  it("detects a removed tag and a changed kind (the check can fail)", () => {
    const published: TagRecord[] = [
      { tag: "0001", label: "a", kind: "definition" },
      { tag: "0002", label: "b", kind: "theorem" },
    ];
    const removed = published.slice(0, 1);
    expect(checkAppendOnly([{ name: "v1", tags: published }], removed)).toEqual(['tag 0002 (theorem "b", published in v1) has been removed from the registry']);
    const changed = [published[0]!, { ...published[1]!, kind: "lemma" as const }];
    expect(checkAppendOnly([{ name: "v1", tags: published }], changed)).toEqual(["tag 0002 was a theorem in v1 and is now a lemma"]);
    // removing the oldest published tag from the real registry is caught too
    const versions = committedVersions();
    const oldest = versions[0]!.tags[0]!;
    expect(checkAppendOnly(versions, current.filter((record) => record.tag !== oldest.tag))).toHaveLength(1);
  });

  it("rejects malformed registries, naming the entry and field", () => {
    expect(() => parseTagRegistry('{"tags":[{"tag":"00a1","label":"x","kind":"lemma"}]}', "t.json")).toThrow("t.json: tags[0].tag: expected four characters");
    expect(() => parseTagRegistry('{"tags":[{"tag":"0001","label":"x","kind":"lema"}]}', "t.json")).toThrow("tags[0].kind: expected one of definition");
    expect(() => parseTagRegistry('{"tags":[{"tag":"0001","label":"x","kind":"lemma"},{"tag":"0001","label":"y","kind":"lemma"}]}', "t.json")).toThrow("tag 0001 appears twice");
    expect(() => parseTagRegistry('{"tags":[{"tag":"0001","label":"x","kind":"lemma","retired":"no"}]}', "t.json")).toThrow("retired: expected a reason");
  });

  it("assigns the next tag in base 36, skipping the letter O", () => {
    expect(nextTag([])).toBe("0001");
    expect(nextTag([{ tag: "0009", label: "a", kind: "lemma" }])).toBe("000A");
    expect(nextTag([{ tag: "000N", label: "a", kind: "lemma" }])).toBe("000P");
  });
});
