/**
 * `npm run tags`: gives every statement in content/ that has no permanent tag the next free one,
 * appending to content/tags.json (never rewriting an existing entry). Run it after adding a
 * Definition, Theorem, … and commit the registry with the page.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
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
const all = [...registry, ...added];
writeFileSync(registryPath, `${JSON.stringify({ tags: all }, null, 2)}\n`);
console.log(added.length === 0 ? "Every statement already has a tag." : added.map((r) => `${r.tag}  ${r.kind} ${r.label}`).join("\n"));
