/**
 * When a file last changed, from git history: the date a page shows as "last changed", and the
 * dates the Atom feed orders by. Files with uncommitted changes, and files git does not know yet,
 * count as changed now.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FileVersion } from "./results/changeDates.ts";

const cache = new Map<string, Date>();
let uncommitted: Set<string> | undefined;

/** The paths (relative to the repository) that differ from the last commit or are untracked; read once per build. */
function uncommittedFiles(): Set<string> {
  if (uncommitted) return uncommitted;
  try {
    // -z: entries "XY path" separated by NUL; a rename is followed by its old path as an entry of its own
    const status = execFileSync("git", ["status", "--porcelain", "-z", "--untracked-files=all"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    uncommitted = new Set(status.split("\0").filter(Boolean).map((entry) => (entry[2] === " " ? entry.slice(3) : entry)));
  } catch {
    uncommitted = new Set();
  }
  return uncommitted;
}

export function lastChanged(file: string): Date {
  const cached = cache.get(file);
  if (cached) return cached;
  // uncommitted, or not a git checkout (a source archive): changed as of this build
  let date = new Date();
  if (!uncommittedFiles().has(file)) {
    try {
      const output = execFileSync("git", ["log", "-1", "--format=%cI", "--", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      if (output) date = new Date(output);
    } catch {
      // not a git checkout
    }
  }
  cache.set(file, date);
  return date;
}

/** When a file was first committed: when a catalog example was published. */
export function firstCommitted(file: string): Date {
  try {
    const output = execFileSync("git", ["log", "--diff-filter=A", "--follow", "--format=%cI", "--", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .trim()
      .split("\n")
      .at(-1);
    if (output) return new Date(output);
  } catch {
    // see lastChanged
  }
  return new Date();
}

/**
 * Every committed version of a file, newest first, following renames; the working copy comes
 * first, dated now, when it differs from the last commit. Outside a git checkout: the working copy alone.
 */
export function fileVersions(file: string, cwd = process.cwd()): FileVersion[] {
  const current: FileVersion = { date: new Date(), source: readFileSync(join(cwd, file), "utf8") };
  let commits: { date: Date; object: string }[];
  try {
    // one record per commit: NUL, "hash date", a blank line, the path the file had in that commit
    const log = execFileSync("git", ["log", "--follow", "--format=%x00%H %cI", "--name-only", "--", file], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 26 });
    commits = log
      .split("\0")
      .filter((record) => record.trim())
      .map((record) => {
        const [head = "", ...paths] = record.trim().split("\n").filter(Boolean);
        const [hash, date = ""] = head.split(" ");
        return { date: new Date(date), object: `${hash}:${paths.at(-1) ?? file}` };
      });
  } catch {
    return [current];
  }
  if (commits.length === 0) return [current];
  // all versions' contents through one git process: each answer is "<oid> blob <size>\n<content>\n"
  const batch = execFileSync("git", ["cat-file", "--batch"], { cwd, input: commits.map((commit) => commit.object).join("\n") + "\n", maxBuffer: 1 << 28 });
  const versions: FileVersion[] = [];
  let offset = 0;
  for (const commit of commits) {
    const headerEnd = batch.indexOf(10, offset);
    const header = batch.subarray(offset, headerEnd).toString("utf8");
    if (header.endsWith(" missing")) {
      // the commit that deleted the file (before it came back): a version without any result
      versions.push({ date: commit.date, source: "" });
      offset = headerEnd + 1;
      continue;
    }
    const size = Number(header.split(" ")[2]);
    if (!header.includes(" blob ") || !Number.isFinite(size)) throw new Error(`${file}: git cat-file could not read ${commit.object}: ${header}`);
    versions.push({ date: commit.date, source: batch.subarray(headerEnd + 1, headerEnd + 1 + size).toString("utf8") });
    offset = headerEnd + 1 + size + 1;
  }
  return versions[0]!.source === current.source ? versions : [current, ...versions];
}
