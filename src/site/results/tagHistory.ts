/**
 * The permanent-tag registry as git has it: every committed version of content/tags.json, and the
 * check that the registry in the working tree keeps every tag those versions published. The build
 * and `npm run tags` both run it first, so that a removed, swapped or re-kinded entry is refused
 * with "restore the entry" before anything else advises assigning a new tag.
 */
import { execFileSync } from "node:child_process";
import { checkAppendOnly, parseTagRegistry, type TagRecord } from "./tags.ts";
import { ContributorError } from "../contributorError.ts";

/**
 * Every committed version of the registry, oldest first: the commits on the main line
 * (--first-parent), so that a side branch's drafts, merged later with other tags, do not count.
 * Outside a git repository there is no history, and nothing to compare with.
 */
export function committedRegistryVersions(root: string, file: string): { name: string; tags: TagRecord[] }[] {
  let log: string;
  try {
    log = execFileSync("git", ["log", "--first-parent", "--reverse", "--format=%H", "--", file], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return [];
  }
  return log.split("\n").filter(Boolean).flatMap((commit) => {
    let json: string;
    try {
      json = execFileSync("git", ["show", `${commit}:${file}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      return []; // a commit that deleted the file: the comparison with older versions reports the loss
    }
    return [{ name: `commit ${commit.slice(0, 8)}`, tags: parseTagRegistry(json, `${file} in commit ${commit.slice(0, 8)}`) }];
  });
}

/** Throws one error listing every published tag the current registry has lost or changed. */
export function checkRegistryHistory(root: string, file: string, current: readonly TagRecord[]): void {
  const problems = checkAppendOnly(committedRegistryVersions(root, file), current);
  if (problems.length > 0) throw new ContributorError(problems.map((problem) => `${file}: ${problem}`).join("\n"));
}
