// A copy of the site in a temporary git repository of its own, for tests that build it or run its
// commands: the working files (not only what is committed), node_modules linked, and one commit, since
// the build reads every tag's history from git and refuses a tree outside it.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const entries = ["src", "components", "content", "public", "astro.config.mjs", "tsconfig.json", "package.json", "test", ".gitignore"];

export interface SiteCopy {
  dir: string;
  /** Writes files (null deletes one) and commits them, at `date` if given; returns the commit's hash. */
  commit(message: string, files: Record<string, string | null>, date?: Date): string;
  /** `astro build` of the copy, into its own dist/. */
  build(): { status: number | null; output: string };
  remove(): void;
}

export function copySite(prefix: string): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // Astro needs real files inside its root (symlinked sources confuse its compiler); node_modules may be linked.
  for (const entry of entries) cpSync(join(root, entry), join(dir, entry), { recursive: true, filter: (path) => !path.includes("/test/.output") });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  const git = (args: string[], date?: Date) =>
    execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@localhost", ...args], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...(date && { GIT_AUTHOR_DATE: date.toISOString(), GIT_COMMITTER_DATE: date.toISOString() }) } });
  git(["init", "-q", "-b", "main"]);
  // the link to node_modules is not part of the site (.gitignore's "node_modules/" matches folders, not links)
  writeFileSync(join(dir, ".git/info/exclude"), "node_modules\n");
  const commit = (message: string, files: Record<string, string | null>, date?: Date) => {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) rmSync(join(dir, path));
      else {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    }
    git(["add", "-A"]);
    git(["commit", "-q", "--allow-empty", "-m", message], date);
    return git(["rev-parse", "HEAD"]).trim();
  };
  commit("the site as the test found it", {});
  return {
    dir,
    commit,
    build: () => {
      const build = spawnSync(process.execPath, [join(root, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", join(dir, "dist")], { cwd: dir, encoding: "utf8" });
      return { status: build.status, output: `${build.stdout}${build.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
