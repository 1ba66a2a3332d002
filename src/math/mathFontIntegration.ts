/**
 * Astro integration that publishes the math font (mathFont.ts): in `astro dev` the placeholder address
 * serves the whole font; after `astro build` the font is subset to the characters of every page's
 * formulas and the pages point to the published subset.
 *
 * The subsetting reads every built page twice. In the build's own process, whose heap already holds the
 * whole site, that garbage raised the build's peak memory by about 175 MB for 2,920 pages and 1.3 GB for
 * 28,120 (npm run bench:scaling); in a process of its own it costs the build nothing, so it runs there.
 */
import type { AstroIntegration } from "astro";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ContributorError } from "../site/contributorError.ts";
import { fullMathFont, mathCharacters, mathFontPlaceholder, publishedMathFontPath, subsetMathFont } from "./mathFont.ts";

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/** Subsets the font for the site built in `dir`, publishes it there and points every page to it; returns its path. */
export async function publishMathFont(dir: string): Promise<string> {
  const files = [...htmlFiles(dir)];
  const usedOn = new Map<string, string>();
  for (const file of files) for (const char of mathCharacters(readFileSync(file, "utf8"))) if (!usedOn.has(char)) usedOn.set(char, file);
  const { woff2, missing } = await subsetMathFont(usedOn.keys());
  if (missing.length > 0) {
    const lines = missing.map((char) => `  ${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}), first in ${relative(process.cwd(), usedOn.get(char)!)}`);
    throw new ContributorError(`The math font has no glyph for ${missing.length === 1 ? "a character" : `${missing.length} characters`} used in a formula; write them another way (\\text{} is set in the math font too):\n${lines.join("\n")}`);
  }
  const published = publishedMathFontPath(woff2);
  mkdirSync(dirname(join(dir, published)), { recursive: true });
  writeFileSync(join(dir, published), woff2);
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    if (html.includes(mathFontPlaceholder)) writeFileSync(file, html.replaceAll(mathFontPlaceholder, published));
  }
  return published;
}

export default function mathFontIntegration(): AstroIntegration {
  return {
    name: "math-font",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use(mathFontPlaceholder, (_request, response) => {
          response.setHeader("Content-Type", "font/woff2");
          response.end(fullMathFont());
        });
      },
      "astro:build:done": ({ dir, logger }) => {
        const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), fileURLToPath(dir)], { encoding: "utf8" });
        if (run.status !== 0) throw new ContributorError(run.stderr.trim() || `publishing the math font failed (${run.error?.message ?? `exit ${run.status}`})`);
        logger.info(`math font subset published as ${run.stdout.trim()}`);
      },
    },
  };
}

// run as a script by the build: `node mathFontIntegration.ts DIST`, printing the published path
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  publishMathFont(process.argv[2]!).then(
    (published) => console.log(published),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
