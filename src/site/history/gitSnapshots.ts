/**
 * The content tree at every commit of the main line (first parent), oldest first, read with two git
 * processes however long the history: one `git log --raw` for which blob each file had after each
 * commit, one `git cat-file --batch` for the distinct blobs. The working tree comes last when it
 * differs. A shallow clone, or a tree outside git, lacks the history the tag pages are built from, and
 * the build stops with what to do rather than publish tags without their earlier versions.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ContributorError } from "../contributorError.ts";
import type { ContentSnapshot } from "./statementHistory.ts";

/** The files a statement's history is read from. */
export function isHistoryFile(path: string): boolean {
  return /^content\/(?:[^/]+\/)?[^/]+\.mdx$/.test(path) || path === "content/tags.json" || /^content\/catalog\/[^/]+\/meta\.yaml$/.test(path);
}

const gitOptions = (root: string) => ({ cwd: root, stdio: ["pipe", "pipe", "pipe"] as ("pipe")[], maxBuffer: 1 << 30 });
const git = (root: string, args: string[]): string => execFileSync("git", ["-c", "core.quotePath=false", ...args], { ...gitOptions(root), encoding: "utf8" });
const gitBytes = (root: string, args: string[], input: string): Buffer => execFileSync("git", args, { ...gitOptions(root), input });

/** Stops the build when the history is missing, saying how to get it. */
export function requireFullHistory(root: string): void {
  let shallow: string;
  try {
    shallow = git(root, ["rev-parse", "--is-shallow-repository"]).trim();
  } catch {
    throw new ContributorError(`${root}: not a git checkout. Every tag page lists the statement's earlier versions, which the build reads from the repository's history: build from a clone of the repository (git clone), not from a copy of its files.`);
  }
  if (shallow === "true") {
    throw new ContributorError(`${root}: this is a shallow clone, so the build cannot read every earlier version of the tagged statements (their history pages would be incomplete). Fetch the whole history with \`git fetch --unshallow\` (in CI: a full clone, e.g. fetch-depth: 0) and build again.`);
  }
}

/** One `git log --raw` on the main line: for each commit, its hash, date, and the blobs it set or removed. */
export function parseRawLog(log: string): { commit: string; date: Date; changes: { path: string; blob: string | undefined }[] }[] {
  const commits: { commit: string; date: Date; changes: { path: string; blob: string | undefined }[] }[] = [];
  for (const line of log.split("\n")) {
    if (line.startsWith("@@")) {
      const [commit = "", date = ""] = line.slice(2).split(" ");
      commits.push({ commit, date: new Date(date), changes: [] });
    } else if (line.startsWith(":")) {
      const [meta = "", path = ""] = line.split("\t");
      const fields = meta.split(" ");
      const blob = fields[3]!;
      const status = fields[4] ?? "";
      commits.at(-1)?.changes.push({ path, blob: status.startsWith("D") ? undefined : blob });
    }
  }
  return commits;
}

function workingTreeFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string, depth: number) => {
    if (!existsSync(join(root, folder))) return;
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory() && depth < 2) walk(path, depth + 1);
      else if (entry.isFile() && isHistoryFile(path)) files.set(path, readFileSync(join(root, path), "utf8"));
    }
  };
  walk("content", 0);
  return files;
}

export function contentSnapshots(root: string): ContentSnapshot[] {
  requireFullHistory(root);
  const log = git(root, ["log", "--first-parent", "--reverse", "--diff-merges=first-parent", "--no-renames", "--format=@@%H %cI", "--raw", "--no-abbrev", "--", "content"]);
  const commits = parseRawLog(log);
  const blobs = [...new Set(commits.flatMap((commit) => commit.changes.filter((change) => change.blob && isHistoryFile(change.path)).map((change) => change.blob!)))];
  const texts = new Map<string, string>();
  if (blobs.length > 0) {
    const batch = gitBytes(root, ["cat-file", "--batch"], `${blobs.join("\n")}\n`);
    let offset = 0;
    for (const blob of blobs) {
      const headerEnd = batch.indexOf(10, offset);
      const header = batch.subarray(offset, headerEnd).toString("utf8");
      const size = Number(header.split(" ")[2]);
      if (!header.includes(" blob ") || !Number.isFinite(size)) throw new Error(`git cat-file could not read blob ${blob}: ${header}`);
      texts.set(blob, batch.subarray(headerEnd + 1, headerEnd + 1 + size).toString("utf8"));
      offset = headerEnd + 1 + size + 1;
    }
  }
  const snapshots: ContentSnapshot[] = [];
  const files = new Map<string, string>();
  for (const commit of commits) {
    let changed = false;
    for (const change of commit.changes) {
      if (!isHistoryFile(change.path)) continue;
      changed = true;
      if (change.blob === undefined) files.delete(change.path);
      else files.set(change.path, texts.get(change.blob)!);
    }
    if (changed) snapshots.push({ commit: commit.commit, date: commit.date, files: new Map(files) });
  }
  const working = workingTreeFiles(root);
  const same = working.size === files.size && [...working].every(([path, text]) => files.get(path) === text);
  if (!same) snapshots.push({ commit: undefined, date: new Date(), files: working });
  return snapshots;
}
