/**
 * When a file last changed, from git history: the date a page shows as "last changed", and the
 * dates the Atom feed orders by. Files git does not know (new, uncommitted) count as changed now.
 */
import { execFileSync } from "node:child_process";

const cache = new Map<string, Date>();

export function lastChanged(file: string): Date {
  const cached = cache.get(file);
  if (cached) return cached;
  let date = new Date();
  try {
    const output = execFileSync("git", ["log", "-1", "--format=%cI", "--", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (output) date = new Date(output);
  } catch {
    // not a git checkout (a source archive): fall back to the build time
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
