// The built site as the tests see it: its folder and its pages.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export const distDir = new URL("../../dist/", import.meta.url).pathname;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Every HTML page of a built site (dist/ unless told; Pagefind's own files excluded), as { file, path, html }. */
export function builtPages(dir = distDir) {
  return [...walk(dir)]
    .filter((file) => file.endsWith(".html") && !relative(dir, file).startsWith("pagefind/"))
    .map((file) => {
      const rel = relative(dir, file);
      const path = rel === "index.html" ? "/" : `/${rel.replace(/index\.html$/, "").replace(/\.html$/, "")}`;
      return { file, path, html: readFileSync(file, "utf8") };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every file of a built site (dist/ unless told), relative to it with a leading slash. */
export function builtFiles(dir = distDir) {
  return [...walk(dir)].map((file) => `/${relative(dir, file)}`);
}
