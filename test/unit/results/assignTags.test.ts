// `npm run tags` on a scratch repository: it assigns the next tag, and it refuses to build on a
// registry that has lost a published entry or has a tag out of sequence, and on an example folder
// copied with its tag line, each with the file and what to do (issue 15).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const script = new URL("../../../src/site/results/assignTags.ts", import.meta.url).pathname;
const published = { tags: [{ tag: "0001", label: "catalog/first", kind: "example" }] };
let repo: string;

const write = (path: string, text: string) => {
  mkdirSync(join(repo, path, ".."), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const registry = () => JSON.parse(readFileSync(join(repo, "content/tags.json"), "utf8")) as typeof published;
const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
function assignTags() {
  const run = spawnSync(process.execPath, [script], { cwd: repo, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "goodhart-tags-"));
  write("content/tags.json", `${JSON.stringify(published, null, 2)}\n`);
  write("content/catalog/first/meta.yaml", 'tag: "0001"\ntitle: First\n');
  git("init", "-q");
  git("-c", "user.name=t", "-c", "user.email=t@t", "add", ".");
  git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "first example");
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe("npm run tags", () => {
  it("gives a new example the next tag, in the registry and its meta.yaml", () => {
    write("content/catalog/second/meta.yaml", "title: Second\n");
    expect(assignTags()).toMatchObject({ status: 0 });
    expect(registry().tags.at(-1)).toEqual({ tag: "0002", label: "catalog/second", kind: "example" });
    expect(readFileSync(join(repo, "content/catalog/second/meta.yaml"), "utf8")).toBe('tag: "0002"\ntitle: Second\n');
  });

  it("refuses a folder copied with its tag line, and registers nothing", () => {
    cpSync(join(repo, "content/catalog/first"), join(repo, "content/catalog/second"), { recursive: true });
    const run = assignTags();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('content/catalog/second/meta.yaml: tag 0001 is already the tag of "catalog/first" (was the folder copied?); delete the tag line and run `npm run tags` again, which assigns the next free tag');
    expect(registry()).toEqual(published);
  });

  it("refuses a registry that lost a published entry, instead of assigning it a new tag", () => {
    write("content/tags.json", `${JSON.stringify({ tags: [] })}\n`);
    const run = assignTags();
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/content\/tags\.json: tag 0001 \(example "catalog\/first", committed in commit [0-9a-f]{8}\) is missing: restore the entry/);
    expect(registry()).toEqual({ tags: [] });
  });

  it("gives no tag to a folder whose name is not a slug", () => {
    write("content/catalog/CoastRunners/meta.yaml", "title: Coast runners\n");
    const run = assignTags();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('content/catalog/CoastRunners/: the folder name "CoastRunners" is not a slug (lower-case letters and digits in words joined by single hyphens): rename the folder, then run `npm run tags` again');
    expect(registry()).toEqual(published);
  });

  it("refuses a tag typed by hand into the registry", () => {
    write("content/tags.json", `${JSON.stringify({ tags: [...published.tags, { tag: "ZZZZ", label: "x", kind: "lemma" }] })}\n`);
    const run = assignTags();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("content/tags.json: tags[1].tag: ZZZZ is out of sequence, the next tag is 0002");
  });
});
