/** How to cite one tagged result: plain text and BibTeX, both with its permanent link. */
import { siteTitle } from "../../src/site/site.ts";

export interface CitableResult {
  /** "Theorem 3.2" */
  display: string;
  title: string | undefined;
  tag: string;
}

export function permalink(site: URL | string, tag: string): string {
  return new URL(`/tag/${tag}/`, site).href;
}

export function plainCitation(result: CitableResult, site: URL | string): string {
  const name = result.title ? `${result.display} (${result.title})` : result.display;
  return `${name}, tag ${result.tag}. In: ${siteTitle}. ${permalink(site, result.tag)}`;
}

export function bibtexCitation(result: CitableResult, site: URL | string): string {
  const name = result.title ? `${result.display} ({${result.title}})` : result.display;
  return [
    `@misc{goodhart-model-${result.tag.toLowerCase()},`,
    `  title        = {${name}, tag ${result.tag}},`,
    `  howpublished = {${siteTitle.replace("'", "'")}},`,
    `  url          = {${permalink(site, result.tag)}},`,
    `  note         = {Permanent tag ${result.tag}}`,
    `}`,
  ].join("\n");
}
