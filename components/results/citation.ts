/**
 * How to cite the site, a tag, or one version of a tag. One CSL-JSON item describes what is cited;
 * citation-js turns it into BibTeX, BibLaTeX, RIS and formatted text, so that every format is written
 * by a library that knows it rather than by a string template. The LaTeX link is the one exception:
 * it is a \href, not a citation format.
 */
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import { siteTitle } from "../../src/site/identity.ts";

export interface CitableResult {
  /** "Theorem 3.2" */
  display: string;
  title: string | undefined;
  tag: string;
}

/** What a citation names: a tag, one version of it, or the whole site. */
export interface CitationSubject {
  /** The citation key, e.g. "goodhart-model-000s-v2". */
  key: string;
  title: string;
  url: string;
  /** The text of the LaTeX link, e.g. "Tag 000S, version 2". */
  linkText: string;
  /** The version number, for a citation of one version. */
  version: number | undefined;
  /** When what is cited was published: the version's date, or the last change. */
  issued: Date;
  /** When the reader looked at it: the date the page was built. */
  accessed: Date;
  note: string | undefined;
}

// the entry's key is the subject's key, not one citation-js makes up from the author and title
(plugins.config.get("@bibtex") as { format: { useIdAsLabel: boolean } }).format.useIdAsLabel = true;

/** The formats of the kit, in the order a page shows them. */
export const citationFormats = ["text", "bibtex", "biblatex", "csl-json", "ris", "latex"] as const;
export type CitationFormat = (typeof citationFormats)[number];

export const citationFormatNames: Record<CitationFormat, string> = {
  text: "Plain text",
  bibtex: "BibTeX",
  biblatex: "BibLaTeX",
  "csl-json": "CSL-JSON",
  ris: "RIS",
  latex: "LaTeX link",
};

/** Who wrote it, as a citation manager should show it. */
export const siteAuthor = `The authors of ${siteTitle}`;

export function permalink(site: URL | string, tag: string): string {
  return new URL(`/tag/${tag}/`, site).href;
}

export function versionPermalink(site: URL | string, tag: string, version: number): string {
  return new URL(`/tag/${tag}/v/${version}/`, site).href;
}

const dateParts = (date: Date) => ({ "date-parts": [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });

/** A tag, or one version of it when `version` is given. */
export function tagSubject(result: CitableResult, site: URL | string, dates: { issued: Date; accessed: Date }, version?: number): CitationSubject {
  const name = result.title ? `${result.display} (${result.title})` : result.display;
  return {
    // letters and digits alone, which every format keeps as they are; at most 20 characters, RIS's limit for an ID
    key: `goodhart${result.tag.toLowerCase()}${version === undefined ? "" : `v${version}`}`,
    title: `${name}, tag ${result.tag}${version === undefined ? "" : `, version ${version}`}`,
    url: version === undefined ? permalink(site, result.tag) : versionPermalink(site, result.tag, version),
    linkText: `Tag ${result.tag}${version === undefined ? "" : `, version ${version}`}`,
    version,
    ...dates,
    note: version === undefined ? `Permanent tag ${result.tag}; the address shows the current version` : `Permanent tag ${result.tag}, version ${version}`,
  };
}

/** The whole site, as last changed on `issued`. */
export function siteSubject(site: URL | string, dates: { issued: Date; accessed: Date }): CitationSubject {
  return { key: "goodhartmodel", title: siteTitle, url: new URL("/", site).href, linkText: siteTitle, version: undefined, ...dates, note: "Reference website: definitions, theorems with proofs, a taxonomy of mechanisms and a catalogue of examples, with executable figures" };
}

/** The subject as a CSL-JSON item, the form every other format is made from. */
export function cslItem(subject: CitationSubject): Record<string, unknown> {
  return {
    id: subject.key,
    "citation-key": subject.key,
    type: "webpage",
    title: subject.title,
    author: [{ literal: siteAuthor }],
    "container-title": siteTitle,
    URL: subject.url,
    issued: dateParts(subject.issued),
    accessed: dateParts(subject.accessed),
    ...(subject.version !== undefined && { version: String(subject.version) }),
    ...(subject.note !== undefined && { note: subject.note }),
  };
}

/** LaTeX's special characters in a link's text (hyperref takes the address as it is, but for % and #). */
const latexText = (text: string) => text.replace(/[\\{}$&#^_%~]/g, (character) => `\\${character}`);

/** Every format of the kit for one subject. */
export function citationKit(subject: CitationSubject): Record<CitationFormat, string> {
  const item = cslItem(subject);
  const cite = new Cite(item);
  return {
    text: (cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }) as string).trim(),
    bibtex: (cite.format("bibtex") as string).trim(),
    biblatex: (cite.format("biblatex") as string).trim(),
    "csl-json": JSON.stringify([item], null, 2),
    ris: (cite.format("ris") as string).trim(),
    latex: `\\href{${subject.url.replace(/[%#]/g, (character) => `\\${character}`)}}{${latexText(subject.linkText)}}`,
  };
}
