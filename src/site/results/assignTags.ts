/**
 * `npm run tags`: gives every statement in content/ that has no permanent tag, and every
 * catalogued example whose meta.yaml has no `tag:`, the next free tag, appending to
 * content/tags.json (never rewriting an existing entry) and writing the example's tag into its
 * meta.yaml. Run it after adding a Definition, Theorem, … or an example, and commit the registry.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { slugPattern, slugRule } from "../catalog/schema.ts";
import { scanPage } from "./scan.ts";
import { checkRegistryHistory } from "./tagHistory.ts";
import { nextTag, parseTagRegistry, type TagRecord } from "./tags.ts";

const root = process.cwd();
const registryFile = "content/tags.json";
const registryPath = join(root, registryFile);
// a registry that is out of sequence or has lost a published tag is repaired first, by hand:
// assigning new tags on top of it would make the damage permanent
const registry = parseTagRegistry(readFileSync(registryPath, "utf8"), registryFile);
checkRegistryHistory(root, registryFile, registry);
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
  // a permanent tag for a folder the build will refuse would be used up for nothing
  if (!slugPattern.test(slug)) throw new Error(`content/catalog/${slug}/: the folder name "${slug}" is not a slug (${slugRule}): rename the folder, then run \`npm run tags\` again`);
  const label = `catalog/${slug}`;
  const meta = readFileSync(metaPath, "utf8");
  const written = /^tag:\s*"?([0-9A-Z]{4})"?\s*$/m.exec(meta)?.[1];
  const recorded = [...registry, ...added].find((record) => record.label === label);
  const where = `content/catalog/${slug}/meta.yaml`;
  if (written && recorded && written !== recorded.tag) throw new Error(`${where}: tag ${written} disagrees with ${registryFile} (${recorded.tag})`);
  if (written && !recorded) {
    // a folder copied with its tag line, or a tag typed by hand: never registered under this name
    const owner = [...registry, ...added].find((record) => record.tag === written);
    throw new Error(`${where}: tag ${written} is ${owner ? `already the tag of "${owner.label}" (was the folder copied?)` : `not in ${registryFile}`}; delete the tag line and run \`npm run tags\` again, which assigns the next free tag`);
  }
  if (!recorded) added.push({ tag: nextTag([...registry, ...added]), label, kind: "example" });
  if (!written) writeFileSync(metaPath, `tag: "${(recorded ?? added.at(-1)!).tag}"\n${meta}`);
}

const all = [...registry, ...added];
writeFileSync(registryPath, `${JSON.stringify({ tags: all }, null, 2)}\n`);
console.log(added.length === 0 ? "Every statement already has a tag." : added.map((r) => `${r.tag}  ${r.kind} ${r.label}`).join("\n"));
