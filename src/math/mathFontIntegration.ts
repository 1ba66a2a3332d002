/**
 * Astro integration that publishes the math font (mathFont.ts): in `astro dev` the placeholder address
 * serves the whole font; after `astro build` the font is subset to the characters of every page's
 * formulas and the pages point to the published subset.
 */
import type { AstroIntegration } from "astro";
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
      "astro:build:done": async ({ dir, logger }) => {
        const published = await publishMathFont(fileURLToPath(dir));
        logger.info(`math font subset published as ${published}`);
      },
    },
  };
}
