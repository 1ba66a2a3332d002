// Permanent tags: the registry parses strictly, and no tag that was ever committed disappears or
// changes kind. The history check reads every committed version of content/tags.json from git.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { committedRegistryVersions } from "../../../src/site/results/tagHistory";
import { checkAppendOnly, nextTag, parseTagRegistry, type TagRecord } from "../../../src/site/results/tags";

const root = new URL("../../../", import.meta.url).pathname;
const registryFile = "content/tags.json";
const current = parseTagRegistry(readFileSync(`${root}${registryFile}`, "utf8"), registryFile);

describe("permanent tag registry", () => {
  it("keeps every tag ever committed, with its kind", () => {
    const versions = committedRegistryVersions(root, registryFile);
    expect(versions.length).toBeGreaterThan(0);
    expect(checkAppendOnly(versions, current)).toEqual([]);
  });

  it("detects a removed tag, a tag moved to another statement and a changed kind, with the advice to restore the entry", () => {
    const published: TagRecord[] = [
      { tag: "0001", label: "a", kind: "definition" },
      { tag: "0002", label: "b", kind: "theorem" },
    ];
    const check = (now: TagRecord[]) => checkAppendOnly([{ name: "v1", tags: published }], now);
    expect(check(published.slice(0, 1))).toEqual(['tag 0002 (theorem "b", committed in v1) is missing: restore the entry; a published tag is never removed (retire it with a reason instead)']);
    expect(check([published[0]!, { ...published[1]!, kind: "lemma" }])).toEqual(["tag 0002 was a theorem in v1 and is now a lemma: restore the entry; a tag never changes kind (a statement that does gets a new id and a new tag)"]);
    // two entries' labels swapped: /tag/0001/ would silently show the other statement
    expect(check([{ ...published[0]!, label: "b" }, { ...published[1]!, label: "a" }])).toEqual([
      'tag 0001 named "a" in v1 and now names "b": restore the entry; a tag always names the statement it was given to',
      'tag 0002 named "b" in v1 and now names "a": restore the entry; a tag always names the statement it was given to',
    ]);
    // the real history: removing the oldest published tag is caught
    const versions = committedRegistryVersions(root, registryFile);
    const oldest = versions[0]!.tags[0]!;
    expect(checkAppendOnly(versions, current.filter((record) => record.tag !== oldest.tag))).toHaveLength(1);
  });

  it("refuses a tag out of sequence, such as one typed by hand", () => {
    const registry = (tags: string[]) => JSON.stringify({ tags: tags.map((tag, index) => ({ tag, label: `s${index}`, kind: "lemma" })) });
    expect(() => parseTagRegistry(registry(["0001", "ZZZZ"]), "t.json")).toThrow("t.json: tags[1].tag: ZZZZ is out of sequence, the next tag is 0002; tags are assigned by `npm run tags`, never typed by hand");
    expect(() => parseTagRegistry(registry(["0001", "0003"]), "t.json")).toThrow("tags[1].tag: 0003 is out of sequence, the next tag is 0002");
    expect(parseTagRegistry(registry(["0001", "0002"]), "t.json")).toHaveLength(2);
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
