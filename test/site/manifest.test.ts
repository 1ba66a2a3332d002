// The machine-readable manifest and the tag pages on the built site: every /tag/XXXX.json and /tags.json
// match their documented schemas, agree with each other and with content/tags.json, and every version
// address they list is a page; every tag page has its history, its versions and both citation kits, and
// ships no script beyond the layout's own.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { tagManifestSchema, tagsIndexSchema } from "../../src/site/history/manifest";
import { distDir } from "../support/dist.mjs";

const read = (path: string) => readFileSync(join(distDir, path), "utf8");
const registry = (JSON.parse(readFileSync(new URL("../../content/tags.json", import.meta.url), "utf8")) as { tags: { tag: string; label: string }[] }).tags;
const index = tagsIndexSchema.parse(JSON.parse(read("tags.json")));
const pageOf = (url: string) => join(distDir, new URL(url).pathname, "index.html");
const inlineScripts = (html: string) => [...parseHTML(html).document.querySelectorAll("script")].map((script) => script.getAttribute("src") ?? "inline");

describe("the tag manifest", () => {
  it("/tags.json lists every tag of the registry, in order", () => {
    expect(index.tags.map((entry) => [entry.tag, entry.label])).toEqual(registry.map((record) => [record.tag, record.label]));
  });

  it.each(registry.map((record) => [record.tag] as const))("/tag/%s.json matches its schema, /tags.json and the built pages", (tag) => {
    const manifest = tagManifestSchema.parse(JSON.parse(read(`tag/${tag}.json`)));
    const entry = index.tags.find((candidate) => candidate.tag === tag)!;
    expect(entry.manifest).toBe(`/tag/${tag}.json`);
    expect(manifest.versions).toEqual(entry.versions);
    expect(manifest.numbers).toEqual(entry.numbers);
    expect(manifest.versions.filter((version) => version.current)).toHaveLength(1);
    expect(manifest.versions.at(-1)?.current).toBe(true);
    for (const version of manifest.versions) expect(existsSync(pageOf(version.url)), version.url).toBe(true);
    for (const used of [...manifest.uses, ...manifest.usedBy]) expect(existsSync(pageOf(used.url)), used.url).toBe(true);
    if (manifest.page) expect(existsSync(pageOf(manifest.page.url))).toBe(true);
    expect(manifest.history[0]?.kind).toBe("created");
    expect(manifest.citation.currentVersion["version"]).toBe(String(manifest.versions.length));
    expect(manifest.statement.source.length).toBeGreaterThan(0);
  });
});

describe("tag pages", () => {
  const prose = inlineScripts(read("reference/cite/index.html"));

  it.each(registry.map((record) => [record.tag] as const))("/tag/%s/ has its history, versions and citation kits, and no script of its own", (tag) => {
    const html = read(`tag/${tag}/index.html`);
    const { document } = parseHTML(html);
    expect(document.querySelector("#history")).not.toBeNull();
    expect(document.querySelectorAll(".tag-history tbody tr").length).toBeGreaterThanOrEqual(2);
    expect(document.querySelectorAll(".tag-versions li").length).toBe((JSON.parse(read(`tag/${tag}.json`)) as { versions: unknown[] }).versions.length);
    const kits = [...document.querySelectorAll(".citation-kit")];
    expect(kits.map((kit) => kit.querySelector("h3")?.textContent)).toEqual([expect.stringMatching(/^Cite this version \(\d+\)$/), "Cite the tag"]);
    for (const kit of kits) {
      expect(kit.querySelectorAll("pre code").length).toBe(6);
      for (const button of kit.querySelectorAll("button[data-copy-from]")) expect(document.getElementById(button.getAttribute("data-copy-from")!)).not.toBeNull();
    }
    expect(inlineScripts(html)).toEqual(prose);
  });
});
