// Every built page is valid by the Nu HTML checker (vnu, the engine of validator.w3.org/nu), which
// knows more than html-validate (html.test.ts): the values of SVG presentation attributes, MathML's
// content models, CSS inside style attributes and elements. One Java process checks every page of
// dist/ and a fixture that must fail; each page's errors are reported as `path:line:col message`.
// Java is found, or installed, by test/support/java.mjs; the test fails with its message without it.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { builtPages } from "../support/dist.mjs";
import { ensureJava } from "../support/java.mjs";

interface VnuMessage {
  type: string; // "error", "info" (a warning), "non-document-error" (a file that could not be read)
  url?: string;
  message: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

/**
 * What the checker reports that is not an error in our markup, only a gap in the checker. Each entry
 * names the rule (the message's pattern), says why it is the checker's, and `confirm` checks that the
 * CSS declaration at the reported place is what the entry is about, so that nothing else with the
 * same message is hidden. A test below requires each entry to match something on the built site: an
 * entry that matches nothing (the checker closed its gap, or our CSS changed) fails until it is removed.
 */
interface CheckerGap {
  rule: string;
  message: RegExp;
  why: string;
  confirm: (declaration: { property: string; value: string }, match: RegExpExecArray) => boolean;
}

/** CSS Anchor Positioning (a W3C Working Draft, shipped in Chromium): its properties, which the checker does not know. */
const anchorProperties = "anchor-name|anchor-scope|position-anchor|position-area|position-try|position-try-fallbacks|position-try-order|position-visibility";

const checkerGaps: CheckerGap[] = [
  {
    rule: "CSS: NullPointerException on light-dark() with var()",
    message: /^CSS: “([a-z-]+)”: Cannot invoke "org\.w3c\.css\.values\.CssValue\.getType\(\)" because "val" is null\.$/,
    why:
      "The checker's CSS validator (its fork of the W3C CSS validator) throws a Java NullPointerException on " +
      "light-dark() when an argument is var(), and reports the exception as an error; light-dark(red, blue) passes. " +
      "light-dark(<color>, <color>) is CSS Color 5 and var() may stand for any value, so " +
      "`.astro-code { color: light-dark(var(--shiki-light), var(--shiki-dark)) }` (src/styles/global.css: Shiki's " +
      "two themes, following the page's color-scheme) is valid CSS.",
    confirm: ({ property, value }, match) => property === match[1] && /^light-dark\(/.test(value) && /var\(/.test(value),
  },
  {
    rule: "CSS: Anchor Positioning properties unknown",
    message: new RegExp(`^CSS: “(${anchorProperties})”: Property “\\1” doesn't exist\\.$`),
    why:
      "The checker's CSS validator does not implement CSS Anchor Positioning (https://www.w3.org/TR/css-anchor-position-1/), " +
      "so it calls its properties unknown; global.css places a reference's shared preview with anchor-name, position-anchor " +
      "and position-try-fallbacks (and tests anchor-name in @supports), which are that module's.",
    confirm: ({ property }, match) => property === match[1],
  },
  {
    rule: "CSS: anchor() values unknown",
    message: /^CSS: “(top|right|bottom|left|inset-block-start|inset-block-end|inset-inline-start|inset-inline-end)”: “(anchor\([^”]*\))” is not a “\1” value\.$/,
    why:
      "The same module's anchor() function is a value of the inset properties (top: anchor(bottom)); the checker's CSS " +
      "validator does not know it.",
    confirm: ({ property, value }, match) => property === match[1] && value === match[2],
  },
];

/** The CSS declaration that ends where the checker points (`before`: the line up to the reported column). */
function declarationAt(before: string): { property: string; value: string } | undefined {
  // the checker points at the end of the value, or at the `;`, `}` or `"` after it
  const found = /(?:^|[{;(\s"'])([a-z-]+)\s*:\s*([^;{}"']*)$/.exec(before.replace(/[\s;}"']+$/, ""));
  return found ? { property: found[1] ?? "", value: (found[2] ?? "").trim() } : undefined;
}

const require = createRequire(import.meta.url);
/** vnu-jar's main export is the path of vnu.jar. */
const vnuJar = String(require("vnu-jar"));
const invalidFixture = fileURLToPath(new URL("../fixtures/vnu/invalid.html", import.meta.url));

const pages: { file: string; path: string; html: string }[] = builtPages();
const byFile = new Map(pages.map((page) => [page.file, page]));
const lines = new Map<string, string[]>();

/** `file`'s line `line` (1-based): a built page's, or the fixture's. */
function lineOf(file: string, line: number): string {
  let text = lines.get(file);
  if (!text) {
    text = (byFile.get(file)?.html ?? readFileSync(file, "utf8")).split("\n");
    lines.set(file, text);
  }
  return text[line - 1] ?? "";
}

/** Runs vnu once on `files`; resolves to its messages of type error or non-document-error. */
function runVnu(java: string, files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    // --no-langdetect: the language guess only ever gives warnings, and costs a fifth of the run (30 s → 23 s)
    // -XX:-OmitStackTraceInFastThrow: after enough NullPointerExceptions at one place (the gap on light-dark()
    // with var(), hundreds of times across the site) the JIT throws a preallocated one without a message, and
    // the checker then reports nothing for the declarations that come after; this keeps every report
    const child = spawn(java, ["-XX:-OmitStackTraceInFastThrow", "-jar", vnuJar, "--errors-only", "--no-langdetect", "--format", "json", "--stdout", ...files]);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      // vnu exits 1 when it found errors: the JSON says which; no JSON is a failure of the run
      try {
        const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
        resolve(messages.filter((message) => message.type === "error" || message.type === "non-document-error"));
      } catch {
        reject(new Error(`vnu (exit ${code}) wrote no JSON report:\n${stderr}${stdout}`.slice(0, 4000)));
      }
    });
  });
}

function fileOf(message: VnuMessage): string {
  return message.url?.startsWith("file:") ? fileURLToPath(new URL(message.url)) : (message.url ?? "");
}

function place(message: VnuMessage, name: string): string {
  return `${name}:${message.firstLine ?? message.lastLine ?? "?"}:${message.firstColumn ?? message.lastColumn ?? "?"} ${message.message}`;
}

/** The gap a message is, if it is one (confirmed at its place in the page). */
function gapOf(message: VnuMessage): CheckerGap | undefined {
  if (message.lastLine === undefined || message.lastColumn === undefined) return undefined;
  const declaration = declarationAt(lineOf(fileOf(message), message.lastLine).slice(0, message.lastColumn));
  return checkerGaps.find((gap) => {
    const match = gap.message.exec(message.message);
    return match !== null && declaration !== undefined && gap.confirm(declaration, match);
  });
}

let errorsByFile = new Map<string, VnuMessage[]>();
const fixtureErrors: string[] = [];
const fixtureGaps = new Set<string>();
const gapsMatched = new Map<CheckerGap, number>(checkerGaps.map((gap) => [gap, 0]));

beforeAll(async () => {
  const { java } = ensureJava();
  const started = performance.now();
  const messages = await runVnu(java, [...pages.map((page) => page.file), invalidFixture]);
  const seconds = (performance.now() - started) / 1000;
  errorsByFile = new Map();
  for (const message of messages) {
    const file = fileOf(message);
    const gap = gapOf(message);
    if (file === invalidFixture) {
      if (gap) fixtureGaps.add(gap.rule);
      else fixtureErrors.push(message.message);
    } else if (gap) gapsMatched.set(gap, (gapsMatched.get(gap) ?? 0) + 1);
    else errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), message]);
  }
  const filtered = checkerGaps.map((gap) => `${gapsMatched.get(gap)} × ${gap.rule}`).join("; ");
  console.log(`vnu checked ${pages.length} pages in ${seconds.toFixed(1)} s; filtered as the checker's gaps: ${filtered}`);
}, 300_000);

describe("HTML validity by the Nu HTML checker (vnu)", () => {
  it.each(pages.map((page) => [page.path, page] as const))("%s is valid", (path, page) => {
    expect((errorsByFile.get(page.file) ?? []).map((message) => place(message, path))).toEqual([]);
  });

  it("reports no error outside the pages (a file the checker could not read, say)", () => {
    const others = [...errorsByFile.entries()].filter(([file]) => !byFile.has(file));
    expect(others.flatMap(([file, messages]) => messages.map((message) => place(message, file)))).toEqual([]);
  });

  it("rejects invalid markup (the check can fail): each error class the site once had", () => {
    // test/fixtures/vnu/invalid.html: one line per class
    expect(fixtureErrors).toEqual(
      expect.arrayContaining([
        "Attribute “href” not allowed on element “span” at this point.",
        "Bad value “tabular-nums” for attribute “font-variant” on element “g”.",
        "CSS: “height”: “-0.2136em” negative values are not allowed.",
        "Element “mo” not allowed as child of element “msub” in this context. (Suppressing further errors from this subtree.)",
        "Element “mover” not allowed as child of element “mo” in this context. (Suppressing further errors from this subtree.)",
      ]),
    );
  });

  it("recognises each of the checker's gaps at its declaration (the fixture's valid CSS)", () => {
    expect([...fixtureGaps].sort()).toEqual(checkerGaps.map((gap) => gap.rule).sort());
  });

  it.each(checkerGaps.map((gap) => [gap.rule, gap] as const))("the checker's gap %s, filtered, still occurs on the site", (_rule, gap) => {
    // a filter that matches nothing would hide a future error silently: remove it instead
    expect(gapsMatched.get(gap), `no error on the site matches the checker's gap "${gap.rule}": remove its entry from checkerGaps`).toBeGreaterThan(0);
    expect(gap.why).not.toBe("");
  });
});
