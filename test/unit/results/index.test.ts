// The cross-reference pass on fixture pages (test/fixtures/results): numbering, references,
// dependencies, and an error naming file and line for every kind of broken input.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../../src/site/results/bibliography";
import { buildResultIndex, type SourcePage } from "../../../src/site/results/index";
import type { TagRecord } from "../../../src/site/results/tags";

const fixtures = new URL("../../fixtures/results/", import.meta.url);
const bibliography = parseBibtex("@book{pearl2009, author = {Pearl, Judea}, title = {Causality}, year = {2009}}", "test.bib");

function page(name: string, chapter: number | undefined): SourcePage {
  const id = name.replace(/^valid-/, "");
  return { id, file: `fixtures/${name}.mdx`, source: readFileSync(new URL(`${name}.mdx`, fixtures), "utf8"), title: id, href: `/${id}/`, chapter };
}

const allTags: TagRecord[] = [
  { tag: "0001", label: "thing", kind: "definition" },
  { tag: "0002", label: "small-lemma", kind: "lemma" },
  { tag: "0003", label: "big-theorem", kind: "theorem" },
  { tag: "0004", label: "broken-remark", kind: "remark" },
  { tag: "0005", label: "chicken", kind: "lemma" },
  { tag: "0006", label: "egg", kind: "lemma" },
  { tag: "0007", label: "unproved", kind: "theorem" },
];

function build(pages: SourcePage[], tags = allTags) {
  return buildResultIndex({ pages, tags: tags.filter((t) => pages.some((p) => p.source.includes(`"${t.label}"`))), tagsFile: "tags.json", bibliography });
}

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the pass to fail");
}

describe("cross-reference pass", () => {
  const index = build([page("valid-a", 1), page("valid-b", 2)]);

  it("numbers sections, statements and equations with one counter per chapter", () => {
    expect(index.items.get("a#first-section")?.display).toBe("Section 1.1");
    expect(index.items.get("thing")?.display).toBe("Definition 1.2");
    expect(index.items.get("small-lemma")?.display).toBe("Lemma 1.3");
    expect(index.items.get("eq-small")?.display).toBe("(1.4)");
    expect(index.items.get("big-theorem")?.display).toBe("Theorem 2.1");
    expect(index.items.get("big-theorem")?.href).toBe("/b/#big-theorem");
    expect(index.items.get("thing")?.tag).toBe("0001");
  });

  it("derives dependencies from the proofs' references, an equation standing for its statement", () => {
    expect(index.uses.get("small-lemma")).toEqual(["thing"]);
    expect(index.uses.get("big-theorem")).toEqual(["small-lemma"]);
    expect(index.usedBy.get("small-lemma")).toEqual(["big-theorem"]);
    expect(index.citations.get("a")).toEqual(["pearl2009"]);
  });

  it("lists each page's referenced labels once, in order of first reference, for its shared previews", () => {
    // valid-b names eq-small twice: one preview serves both references
    expect(index.references.get("/b/")).toEqual(["eq-small", "small-lemma", "a#first-section"]);
    expect(index.references.get("/a/")).toEqual(["thing"]);
  });

  it("fails on an unresolved reference, naming file and line", () => {
    expect(errorOf(() => build([page("valid-a", 1), page("unresolved-ref", 2)]))).toContain(
      'fixtures/unresolved-ref.mdx:8: <Ref to="no-such-label"> names no label',
    );
  });

  it("fails on a duplicate label, naming both places", () => {
    expect(errorOf(() => build([page("valid-a", 1), page("duplicate-label", 2)]))).toContain(
      'fixtures/duplicate-label.mdx:5: label "thing" is already used at fixtures/valid-a.mdx:7',
    );
  });

  it("fails on circular proofs", () => {
    expect(errorOf(() => build([page("circular", 1)]))).toMatch(/fixtures\/circular\.mdx:\d+: circular proofs: (chicken → egg → chicken|egg → chicken → egg)/);
  });

  it("reports every missing piece at once", () => {
    const message = errorOf(() => build([page("missing-pieces", 1)]));
    expect(message).toContain('fixtures/missing-pieces.mdx:13: <Remark> needs a "id" attribute');
    expect(message).toContain('fixtures/missing-pieces.mdx:9: <Proof of="nothing-here"> names no statement');
    expect(message).toContain('fixtures/missing-pieces.mdx:5: theorem "unproved" has no <Proof of="unproved">');
    expect(message).toContain('fixtures/missing-pieces.mdx:17: <Cite key="unknown-key"> names no entry of the bibliography');
  });

  it("requires a permanent tag of the right kind for every statement", () => {
    expect(errorOf(() => build([page("valid-a", 1), page("valid-b", 2)], allTags.filter((t) => t.label !== "big-theorem")))).toContain(
      'fixtures/valid-b.mdx:5: theorem "big-theorem" has no permanent tag in tags.json: run `npm run tags`',
    );
    const wrongKind = allTags.map((t) => (t.label === "thing" ? { ...t, kind: "remark" as const } : t));
    expect(errorOf(() => build([page("valid-a", 1), page("valid-b", 2)], wrongKind))).toContain("its tag 0001 in tags.json is for a remark");
    const orphan = [...allTags, { tag: "0009", label: "gone", kind: "lemma" as const }];
    expect(errorOf(() => buildResultIndex({ pages: [page("valid-a", 1), page("valid-b", 2)], tags: orphan.slice(0, 3).concat(orphan.slice(-1)), tagsFile: "tags.json", bibliography }))).toContain(
      'tags.json: tag 0009 points at "gone", which no page defines',
    );
  });

  it("takes a proof left to the source as the statement's proof, records where it is, and cites the work", () => {
    const source = (proof: string): SourcePage => ({ id: "lit", file: "fixtures/lit.mdx", title: "lit", href: "/lit/", chapter: 3, source: `<Theorem id="big-theorem">\nA claim.\n</Theorem>\n\n${proof}\n` });
    const cited = build([source('<Proof of="big-theorem" source="pearl2009" section="Theorem 3.2.2" />')]);
    expect(cited.proved.has("big-theorem")).toBe(true);
    expect(cited.proofSources.get("big-theorem")).toEqual({ key: "pearl2009", section: "Theorem 3.2.2" });
    expect(cited.citations.get("lit")).toEqual(["pearl2009"]);
    expect(cited.uses.get("big-theorem")).toBeUndefined();
    // an ordinary proof is not in the map
    expect(index.proofSources.size).toBe(0);
    expect(errorOf(() => build([source('<Proof of="big-theorem" source="pearl2009" />')]))).toContain('fixtures/lit.mdx:5: <Proof> needs a "section" attribute');
    expect(errorOf(() => build([source('<Proof of="big-theorem" source="nobody2020" section="§2" />')]))).toContain('fixtures/lit.mdx:5: <Cite key="nobody2020"> names no entry');
    expect(errorOf(() => build([source('<Proof of="big-theorem" section="§2" />')]))).toContain('fixtures/lit.mdx:5: <Proof> has a "section" but no "source"');
    expect(errorOf(() => build([source('<Proof of="big-theorem" source="pearl2009" section="§2">\nAn argument.\n</Proof>')]))).toContain("has no body of its own");
  });

  it("refuses numbered items outside chapters", () => {
    expect(errorOf(() => build([page("valid-a", undefined)]))).toContain("numbered items belong in chapters");
  });
});

describe("bibliography", () => {
  it("parses entries and reports malformed ones with file and line", () => {
    const entries = parseBibtex('% comment\n@article{k1,\n  author = {Doe, Jane and Roe, Rick},\n  title = {On {Things}},\n  year = 2020,\n  journal = "J"\n}\n', "x.bib");
    expect(entries.get("k1")?.fields).toEqual({ author: "Doe, Jane and Roe, Rick", title: "On {Things}", year: "2020", journal: "J" });
    expect(() => parseBibtex("@book{k2, title = {T}}", "x.bib")).toThrow('x.bib:1: entry "k2" lacks the field "year"');
    expect(() => parseBibtex("@book{k3, title = {T}, year = 2000}\n@book{k3, title = {T}, year = 2000}", "x.bib")).toThrow('x.bib:2: citation key "k3" is defined twice');
    expect(() => parseBibtex("@book{k4, title {T}}", "x.bib")).toThrow('entry "k4", field "title": expected "="');
  });
});
