/**
 * `npm run tags`: gives every statement in content/ that has no permanent tag, and every
 * catalogued example whose meta.yaml has no `tag:`, the next free tag, appending to
 * content/tags.json (never rewriting an existing entry) and writing the example's tag into its
 * meta.yaml. Run it after adding a Definition, Theorem, … or an example, and commit the registry.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { scanPage } from "./scan.ts";
import { nextTag, parseTagRegistry, type TagRecord } from "./tags.ts";

const root = process.cwd();
const registryPath = join(root, "content/tags.json");
const registry = parseTagRegistry(readFileSync(registryPath, "utf8"), "content/tags.json");
const known = new Set(registry.map((record) => record.label));

function* mdxFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* mdxFiles(path);
    else if (entry.name.endsWith(".mdx")) yield path;
  }
}

const added: TagRecord[] = [];
for (const file of [...mdxFiles(join(root, "content"))].sort()) {
  const { items, errors } = scanPage(readFileSync(file, "utf8"), relative(root, file));
  if (errors.length > 0) throw new Error(errors.join("\n"));
  for (const item of items) {
    if (item.type !== "environment" || known.has(item.id)) continue;
    const record = { tag: nextTag([...registry, ...added]), label: item.id, kind: item.kind };
    added.push(record);
    known.add(item.id);
  }
}
// Catalogued examples: label "catalog/SLUG", kind "example"; the tag also goes into meta.yaml.
const catalogDir = join(root, "content/catalog");
for (const slug of existsSync(catalogDir) ? readdirSync(catalogDir).filter((name) => !name.startsWith(".")).sort() : []) {
  const metaPath = join(catalogDir, slug, "meta.yaml");
  if (!existsSync(metaPath)) continue;
  const label = `catalog/${slug}`;
  const meta = readFileSync(metaPath, "utf8");
  const written = /^tag:\s*"?([0-9A-Z]{4})"?\s*$/m.exec(meta)?.[1];
  const recorded = [...registry, ...added].find((record) => record.label === label);
  if (written && recorded && written !== recorded.tag) throw new Error(`content/catalog/${slug}/meta.yaml: tag ${written} disagrees with content/tags.json (${recorded.tag})`);
  if (!recorded) {
    const record = { tag: written ?? nextTag([...registry, ...added]), label, kind: "example" as const };
    added.push(record);
  }
  if (!written) writeFileSync(metaPath, `tag: "${(recorded ?? added.at(-1)!).tag}"\n${meta}`);
}

const all = [...registry, ...added];
writeFileSync(registryPath, `${JSON.stringify({ tags: all }, null, 2)}\n`);
console.log(added.length === 0 ? "Every statement already has a tag." : added.map((r) => `${r.tag}  ${r.kind} ${r.label}`).join("\n"));
