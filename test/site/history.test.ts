// A statement's history on a real build: in a copy of the site with history of its own, a lemma's proof
// is changed, then its statement, then it is moved to another page (and so renumbered). The tag page must
// list exactly those events, every version must have its page, the old version must show the newer one
// and what changed, and the manifest, /tags.json and the search data must carry the old number.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tagManifestSchema, tagsIndexSchema } from "../../src/site/history/manifest";
import { copySite } from "../support/siteCopy";

const site = copySite("goodhart-history-site-");
afterAll(() => site.remove());
const label = "gradient-interchange";
const from = "content/model/the-model.mdx";
const to = "content/model/causal-models.mdx";
const read = (path: string) => readFileSync(join(site.dir, path), "utf8");
const statementPattern = new RegExp(`<(Lemma|Theorem|Proposition|Corollary) id="${label}"[^>]*>[\\s\\S]*?</\\1>`);
const proofPattern = new RegExp(`<Proof of="${label}">[\\s\\S]*?</Proof>`);
let tag = "";
let build: { status: number | null; output: string };
const day = (n: number) => new Date(Date.UTC(2030, 0, n));

beforeAll(() => {
  tag = (JSON.parse(read("content/tags.json")) as { tags: { tag: string; label: string }[] }).tags.find((record) => record.label === label)!.tag;
  const page = read(from);
  if (!statementPattern.test(page) || !proofPattern.test(page)) throw new Error(`${from} no longer holds ${label} with its proof: choose another statement for this test`);
  const newProof = page.replace(proofPattern, (proof) => proof.replace("</Proof>", "This is where the argument ends.\n</Proof>"));
  site.commit("a new proof", { [from]: newProof }, day(1));
  const newStatement = newProof.replace(statementPattern, (statement) => statement.replace(/<\/(\w+)>$/, "It also holds on every open subset.\n</$1>"));
  site.commit("a new statement", { [from]: newStatement }, day(2));
  const statement = statementPattern.exec(newStatement)![0];
  const proof = proofPattern.exec(newStatement)![0];
  site.commit("moved to another page", { [from]: newStatement.replace(statement, "").replace(proof, ""), [to]: `${read(to).trimEnd()}\n\n${statement}\n\n${proof}\n` }, day(3));
  build = site.build();
}, 240_000);

describe("a statement changed and moved, built", () => {
  it("builds", () => {
    expect(build.output.slice(-3000)).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  it("lists exactly the events on the tag page, and says which version it shows", () => {
    const html = read(`dist/tag/${tag}/index.html`);
    const events = [...html.matchAll(/<tr><td>[^<]*<\/td><td>([^<]*)<\/td>/g)].map((match) => match[1]!.replace(/&#8220;|&#8221;|“|”/g, '"'));
    expect(events[0]).toBe("Created (version 1)");
    expect(events[1]).toBe(`Tag ${tag} assigned`);
    expect(events.slice(2)).toEqual(["Proof changed", "Statement changed (version 2)", expect.stringMatching(/^Moved from Lemma 2\.\d+ in "The model" to Lemma 1\.\d+ in "/)]);
    expect(html).toContain("version 2</a> of 2 January 2030; 1 earlier version");
  });

  it("gives every version its page; the old one shows the newer one, the diff and the errata", () => {
    expect(existsSync(join(site.dir, `dist/tag/${tag}/v/1/index.html`))).toBe(true);
    expect(existsSync(join(site.dir, `dist/tag/${tag}/v/3/index.html`))).toBe(false);
    const old = read(`dist/tag/${tag}/v/1/index.html`);
    expect(old).toContain("A newer version exists.");
    expect(old).toMatch(/<ins>[^<]*open subset[^<]*<\/ins>/);
    const current = read(`dist/tag/${tag}/v/2/index.html`);
    expect(current).toContain("This is the current version");
    expect(current).not.toContain("<ins>");
  });

  it("keeps the old number findable: manifest, /tags.json, and the page it moved to", () => {
    const manifest = tagManifestSchema.parse(JSON.parse(read(`dist/tag/${tag}.json`)));
    expect(manifest.versions.map((version) => version.version)).toEqual([1, 2]);
    expect(manifest.history.map((event) => event.kind)).toEqual(["created", "tag-assigned", "proof-changed", "statement-changed", "moved"]);
    expect(manifest.numbers.map((shown) => shown.display)).toEqual([expect.stringMatching(/^Lemma 2\./), manifest.display]);
    expect(manifest.page?.url).toMatch(/\/model\/causal-models\/$/);
    const index = tagsIndexSchema.parse(JSON.parse(read("dist/tags.json")));
    expect(index.tags.find((entry) => entry.tag === tag)?.numbers).toEqual(manifest.numbers);
    expect(read("dist/model/causal-models/index.html")).toContain(`id="${label}"`);
  });
});
