// Finds Coq for the formal-proof tests, installing Debian's packages where that is possible (the same
// pattern as chromium.mjs). Only the tests use Coq: `npm install && npm start` never calls it, and the
// build reads what Coq reported from content/formal/assumptions.json. The tests never skip for want of
// Coq: without it, ensureCoq() throws a message that says what to install.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Debian/Ubuntu packages that provide Coq and the libraries the proof files may use. */
export const coqPackages = ["coq", "libcoq-coquelicot", "libcoq-mathcomp", "libcoq-mathcomp-analysis"];

/** Libraries that must be installed, as folders under Coq's library directory (`coqc -where`). */
export const coqLibraries = [
  { name: "Coquelicot", folder: "user-contrib/Coquelicot", debianPackage: "libcoq-coquelicot" },
  { name: "MathComp", folder: "user-contrib/mathcomp/ssreflect", debianPackage: "libcoq-mathcomp" },
  { name: "MathComp-Analysis", folder: "user-contrib/mathcomp/analysis", debianPackage: "libcoq-mathcomp-analysis" },
];

/** Directory holding coqc and coqdep: $COQBIN if set, else the first directory on PATH that has coqc. */
function coqDirectory() {
  const fromEnvironment = process.env.COQBIN;
  if (fromEnvironment) {
    if (!existsSync(join(fromEnvironment, "coqc"))) throw new Error(`COQBIN is set to ${fromEnvironment}, which has no coqc`);
    return fromEnvironment;
  }
  return (process.env.PATH ?? "").split(delimiter).find((dir) => dir !== "" && existsSync(join(dir, "coqc")));
}

/** `{ coqc, coqdep, version, missing }` for the Coq found, or undefined when there is none. */
export function findCoq() {
  const dir = coqDirectory();
  if (!dir) return undefined;
  const coqc = join(dir, "coqc");
  const coqdep = join(dir, "coqdep");
  const version = execFileSync(coqc, ["--version"], { encoding: "utf8" }).split("\n")[0].trim();
  const where = execFileSync(coqc, ["-where"], { encoding: "utf8" }).trim();
  const missing = coqLibraries.filter((library) => !existsSync(join(where, library.folder)));
  if (!existsSync(coqdep)) missing.unshift({ name: "coqdep", folder: "", debianPackage: "coq" });
  return { coqc, coqdep, version, missing };
}

function describe(found) {
  if (!found) return "Coq (coqc) was not found";
  return `Coq was found (${found.coqc}) but not ${found.missing.map((library) => library.name).join(", ")}`;
}

/** The Coq to use, `{ coqc, coqdep, version }`; installs Debian's packages when running as root with apt. */
export function ensureCoq() {
  let found = findCoq();
  if (found && found.missing.length === 0) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt && !process.env.COQBIN) {
    console.log(`${describe(found)}: installing Debian's ${coqPackages.join(", ")} (a few minutes)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", ...coqPackages], { stdio: "inherit", env });
    found = findCoq();
    if (found && found.missing.length === 0) return found;
  }
  throw new Error(
    `The formal-proof tests need Coq with Coquelicot and MathComp: ${describe(found)}. Install them ` +
      `(Debian/Ubuntu: \`sudo apt-get install ${coqPackages.join(" ")}\`; elsewhere: opam install coq coq-coquelicot ` +
      "coq-mathcomp-ssreflect coq-mathcomp-analysis) or set COQBIN to the folder that holds coqc, then run the tests again.",
  );
}
