// Finds a Chromium for the browser tests, installing Debian's package where that is possible.
// Playwright's own browser download cannot be used here (no access to its hosts), so the tests
// drive a system Chromium through playwright-core. They never skip for want of one: without a
// browser, this throws a message that says what to install.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** Flags for a headless run on a machine with no network beyond localhost. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function findChromium() {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, which does not exist`);
    return fromEnvironment;
  }
  return candidates.find((path) => existsSync(path));
}

/** The path of a Chromium executable; installs Debian's chromium when running as root with apt. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.log("Chromium not found: installing Debian's chromium package (about a minute)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    "The browser tests need Chromium and none was found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`; " +
      "macOS: install Google Chrome) or set CHROMIUM_PATH to a Chromium or Chrome executable, then run `npm test` again.",
  );
}
