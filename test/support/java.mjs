// Finds Java for the Nu HTML checker (the vnu-jar package, test/site/vnu.test.ts), installing Debian's
// package where that is possible (the same pattern as chromium.mjs and coq.mjs). Only that test uses
// Java: the build never calls it. The test never skips for want of Java: without it, ensureJava()
// throws a message that says what to install.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** The oldest Java the checker runs on (its manual: "On any system with Java17+ installed"). */
export const minimumJavaVersion = 17;

/** The Debian/Ubuntu package that provides a Java runtime without a display. */
export const javaPackage = "default-jre-headless";

/** The java executable: $JAVA_HOME/bin/java if JAVA_HOME is set, else the first `java` on PATH. */
function javaExecutable() {
  const home = process.env.JAVA_HOME;
  if (home) {
    const java = join(home, "bin", "java");
    if (!existsSync(java)) throw new Error(`JAVA_HOME is set to ${home}, which has no bin/java`);
    return java;
  }
  const dir = (process.env.PATH ?? "").split(delimiter).find((entry) => entry !== "" && existsSync(join(entry, "java")));
  return dir ? join(dir, "java") : undefined;
}

/** `{ java, version, major }` for the Java found, or undefined when there is none. */
export function findJava() {
  const java = javaExecutable();
  if (!java) return undefined;
  // `java -version` writes to stderr: `openjdk version "17.0.15" 2025-04-15`, or "1.8.0_392" before Java 9
  const { stdout, stderr } = spawnSync(java, ["-version"], { encoding: "utf8" });
  const output = `${stderr ?? ""}${stdout ?? ""}`;
  const version = output.split("\n")[0]?.trim() ?? "";
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : 0;
  return { java, version, major };
}

function describe(found) {
  if (!found) return "Java (java) was not found";
  return `${found.java} is ${found.version || "of an unknown version"}, older than Java ${minimumJavaVersion}`;
}

/** The Java to use, `{ java, version, major }`; installs Debian's runtime when running as root with apt. */
export function ensureJava() {
  let found = findJava();
  if (found && found.major >= minimumJavaVersion) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt && !process.env.JAVA_HOME) {
    console.log(`${describe(found)}: installing Debian's ${javaPackage} (about a minute)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", javaPackage], { stdio: "inherit", env });
    found = findJava();
    if (found && found.major >= minimumJavaVersion) return found;
  }
  throw new Error(
    `The HTML checker test (vnu) needs Java ${minimumJavaVersion} or later: ${describe(found)}. Install it ` +
      `(Debian/Ubuntu: \`sudo apt-get install ${javaPackage}\`; macOS: \`brew install openjdk@17\`; elsewhere: any ` +
      `Java ${minimumJavaVersion}+ runtime) or set JAVA_HOME to its folder, then run the tests again.`,
  );
}
