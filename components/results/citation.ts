/** How to cite the site and one tagged result: plain text and BibTeX, with permanent links. */
import { siteTitle } from "../../src/site/identity.ts";

export interface CitableResult {
  /** "Theorem 3.2" */
  display: string;
  title: string | undefined;
  tag: string;
}

export function permalink(site: URL | string, tag: string): string {
  return new URL(`/tag/${tag}/`, site).href;
}

/** A BibTeX entry with its fields aligned, in the order given. */
function bibtexEntry(type: string, key: string, fields: Record<string, string>): string {
  const width = Math.max(...Object.keys(fields).map((name) => name.length));
  return [`@${type}{${key},`, ...Object.entries(fields).map(([name, value], i, all) => `  ${name.padEnd(width)} = {${value}}${i < all.length - 1 ? "," : ""}`), "}"].join("\n");
}

export function plainCitation(result: CitableResult, site: URL | string): string {
  const name = result.title ? `${result.display} (${result.title})` : result.display;
  return `${name}, tag ${result.tag}. In: ${siteTitle}. ${permalink(site, result.tag)}`;
}

export function bibtexCitation(result: CitableResult, site: URL | string): string {
  const name = result.title ? `${result.display} ({${result.title}})` : result.display;
  return bibtexEntry("misc", `goodhart-model-${result.tag.toLowerCase()}`, {
    title: `${name}, tag ${result.tag}`,
    howpublished: siteTitle,
    url: permalink(site, result.tag),
    note: `Permanent tag ${result.tag}`,
  });
}

/** The whole site, as last changed in `year`. */
export function siteBibtexCitation(site: URL | string, year: number): string {
  return bibtexEntry("misc", "goodhart-model", {
    title: siteTitle.replace("Goodhart's Law", "{Goodhart's Law}"),
    howpublished: "Reference website",
    year: String(year),
    url: new URL("/", site).href,
    note: "Definitions, theorems with proofs, a taxonomy of mechanisms and a catalogue of examples, with executable figures",
  });
}

export function sitePlainCitation(site: URL | string, year: number): string {
  return `${siteTitle} (${year}). Reference website. ${new URL("/", site).href}`;
}
