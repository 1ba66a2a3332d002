/**
 * When a file last changed, from git history: the date a page shows as "last changed", and the
 * dates the Atom feed orders by. Files with uncommitted changes, and files git does not know yet,
 * count as changed now.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FileVersion } from "./results/changeDates.ts";

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

export interface FileDates {
  /** The newest commit that touched the file. */
  last: Date;
  /** The oldest commit that touched it, under this name or one it was renamed from. */
  first: Date;
}

/**
 * Every file's dates from one pass over the history (`git log --name-status`), newest commit first.
 * One process for the whole site, however many pages: a `git log` per file walks the history once
 * per file, which a catalogue of thousands of examples would pay thousands of times.
 */
export function parseHistory(log: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  // a path as older commits name it → the name it has now, from the renames seen so far
  const renamedTo = new Map<string, string>();
  const current = (path: string) => renamedTo.get(path) ?? path;
  for (const record of log.split("\0").filter((text) => text.trim())) {
    const [dateLine = "", ...changes] = record.split("\n").filter(Boolean);
    const date = new Date(dateLine.trim());
    for (const change of changes) {
      const [status = "", path = "", renamed] = change.split("\t");
      let file = current(path);
      if (status.startsWith("R") && renamed !== undefined) {
        file = current(renamed);
        renamedTo.set(path, file);
      }
      const known = dates.get(file);
      if (!known) dates.set(file, { last: date, first: date });
      else {
        if (date > known.last) known.last = date;
        if (date < known.first) known.first = date;
      }
    }
  }
  return dates;
}

let history: Map<string, FileDates> | undefined;

function committedDates(): Map<string, FileDates> {
  if (history) return history;
  try {
    const log = execFileSync("git", ["-c", "core.quotePath=false", "log", "--format=%x00%cI", "--name-status", "-M"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 30 });
    history = parseHistory(log);
  } catch {
    // not a git checkout (a source archive)
    history = new Map();
  }
  return history;
}

/**
 * When a file (or, for a folder, anything in it) last changed: its newest commit, or now when it
 * has uncommitted changes or no commit at all.
 */
export function lastChanged(path: string): Date {
  if (uncommittedFiles().has(path)) return new Date();
  // a page's source file: one lookup (this runs once per page)
  const exact = committedDates().get(path)?.last;
  if (exact) return exact;
  // a folder: the newest of what is in it, now if anything in it is uncommitted
  const inside = (file: string) => file.startsWith(`${path.replace(/\/$/, "")}/`);
  if ([...uncommittedFiles()].some(inside)) return new Date();
  const times = [...committedDates()].filter(([file]) => inside(file)).map(([, dates]) => dates.last.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : new Date();
}

/** When a file was first committed (under any earlier name): when a catalogue example was published. Now, if it never was. */
export function firstCommitted(file: string): Date {
  return committedDates().get(file)?.first ?? new Date();
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
