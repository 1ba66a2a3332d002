// A real build of the site with one broken page added must fail, and its message must name the
// file and the line: the unit tests check the cross-reference pass, this checks the build runs it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), "goodhart-broken-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("a broken cross-reference", () => {
  it("fails the production build with the file and the line", () => {
    // Astro needs real files inside its root (symlinked sources confuse its compiler); node_modules may be linked.
    for (const entry of ["src", "components", "content", "public", "astro.config.mjs", "tsconfig.json", "package.json"]) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    writeFileSync(
      join(copy, "content/model/broken-reference.mdx"),
      ['---', 'title: "Broken"', 'description: "A page that refers to a statement which does not exist anywhere."', "order: 90", "---", "", "Some text.", "", 'See <Ref to="no-such-result" />.', ""].join("\n"),
    );
    const build = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", join(copy, "dist")], { cwd: copy, encoding: "utf8" });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain('content/model/broken-reference.mdx:9: <Ref to="no-such-result"> names no label');
  }, 180_000);
});
