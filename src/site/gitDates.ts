/**
 * When a file last changed, from git history: the date a page shows as "last changed", and the date
 * a catalogue example was added. Files with uncommitted changes, and files git does not know yet,
 * count as changed now. (A result's own dates come from its history: src/site/history/.)
 */
import { execFileSync } from "node:child_process";

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
    // the main line only, a merge as the change it brought: a page changed when the change reached main
    const log = execFileSync("git", ["-c", "core.quotePath=false", "log", "--first-parent", "--diff-merges=first-parent", "--format=%x00%cI", "--name-status", "-M"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 30 });
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
