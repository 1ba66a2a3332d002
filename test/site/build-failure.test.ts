// A real build of the site with one broken page added must fail, and its message must name the
// file and the line: the unit tests check the cross-reference pass, this checks the build runs it.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nextTag, type TagRecord } from "../../src/site/results/tags";
import { copySite } from "../support/siteCopy";

const site = copySite("goodhart-broken-");
const copy = site.dir;
afterAll(() => site.remove());

/** Builds the copy with one extra page (and only that one) and returns the build's status and output. */
function buildWith(page: string, lines: string[]) {
  rmSync(join(copy, "content/model/broken.mdx"), { force: true });
  writeFileSync(join(copy, `content/model/${page}`), ["---", 'title: "Broken"', 'description: "A page that breaks one rule of the build, to show that the build refuses it."', "order: 90", "---", "", ...lines, ""].join("\n"));
  return site.build();
}

describe("a page that breaks a rule of the build", () => {
  it("a broken cross-reference fails the production build with the file and the line", () => {
    const build = buildWith("broken.mdx", ["Some text.", "", 'See <Ref to="no-such-result" />.']);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/model/broken.mdx:9: <Ref to="no-such-result"> names no label');
  }, 180_000);

  it("a TeX error fails the production build with the file, the line and KaTeX's message", () => {
    const build = buildWith("broken.mdx", ["Some text.", "", "An unclosed brace: $1/(\\pi\\sqrt{1 - z^2)$."]);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain("content/model/broken.mdx:9:20: TeX error: KaTeX parse error: Expected '}', got 'EOF' at end of input");
  }, 180_000);

  it("a lemma without an executable check fails the production build with the file and the line", () => {
    // give the lemma a tag, so that the build gets past the tag check to the check of checks
    const tagsFile = join(copy, "content/tags.json");
    const registry = JSON.parse(readFileSync(tagsFile, "utf8")) as { tags: TagRecord[] };
    registry.tags.push({ tag: nextTag(registry.tags), label: "unchecked-lemma", kind: "lemma" });
    writeFileSync(tagsFile, `${JSON.stringify(registry, null, 2)}\n`);
    const build = buildWith("broken.mdx", ["Some text.", "", '<Lemma id="unchecked-lemma" title="Unchecked">', "Every real number is real.", "</Lemma>", "", '<Proof of="unchecked-lemma">', "Trivially.", "</Proof>"]);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('content/model/broken.mdx:9: lemma "unchecked-lemma" has no executable check');
  }, 180_000);

  it("a model error in a catalogue example fails the build naming the model's file, once, with no trace into the bundle", () => {
    rmSync(join(copy, "content/model/broken.mdx"), { force: true });
    const modelFile = join(copy, "content/catalog/misuse/model.ts");
    const original = readFileSync(modelFile, "utf8");
    // harmfulTasks made a child of welfare, which is already its child: a cycle
    writeFileSync(modelFile, original.replace('harmfulTasks: node(["harmfulEffort", "toolStrength"]', 'harmfulTasks: node(["harmfulEffort", "toolStrength", "welfare"]'));
    try {
      const build = site.build();
      const output = build.output;
      expect(build.status).not.toBe(0);
      const message = 'content/catalog/misuse/model.ts: model "misuse": node "harmfulTasks" is on a cycle harmfulTasks → welfare → harmfulTasks';
      expect(output).toContain(message);
      expect(output.split(message).length - 1).toBe(1);
      expect(output).not.toContain(".prerender");
    } finally {
      writeFileSync(modelFile, original);
    }
  }, 180_000);
});
