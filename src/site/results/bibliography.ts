/**
 * The bibliography: a BibTeX file parsed at build time. The parser covers what the site's file
 * uses (entries of @type{key, field = {…} or "…" or number, …}, nested braces) and reports any
 * other input as an error with its line, rather than guessing.
 */
import { ContributorError } from "../contributorError.ts";

export interface BibEntry {
  key: string;
  type: string;
  fields: Record<string, string>;
  /** Line of the entry in the .bib file. */
  line: number;
}

export function parseBibtex(source: string, file: string): Map<string, BibEntry> {
  const entries = new Map<string, BibEntry>();
  let position = 0;
  const lineAt = (index: number) => source.slice(0, index).split("\n").length;
  const fail = (message: string, index: number): never => {
    throw new ContributorError(`${file}:${lineAt(index)}: ${message}`);
  };
  const skipSpace = () => {
    while (position < source.length && /\s/.test(source[position]!)) position++;
  };
  const readBalanced = (): string => {
    // at "{": read to the matching "}"
    let depth = 0;
    const start = position;
    for (; position < source.length; position++) {
      const char = source[position];
      if (char === "{") depth++;
      else if (char === "}" && --depth === 0) return source.slice(start + 1, position++);
    }
    return fail("unbalanced braces", start);
  };

  while (true) {
    const at = source.indexOf("@", position);
    if (at < 0) break;
    const between = source.slice(position, at).trim();
    if (between !== "" && !between.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("%"))) {
      fail(`unexpected text outside an entry: "${between.slice(0, 30)}"`, position);
    }
    position = at + 1;
    const type = /^[a-zA-Z]+/.exec(source.slice(position))?.[0];
    if (!type) fail("expected an entry type after @", at);
    position += type!.length;
    skipSpace();
    if (source[position] !== "{") fail(`expected "{" after @${type}`, position);
    position++;
    const key = /^[^,\s]+/.exec(source.slice(position))?.[0];
    if (!key) fail(`@${type} has no citation key`, at);
    position += key!.length;
    if (entries.has(key!)) fail(`citation key "${key}" is defined twice`, at);
    const fields: Record<string, string> = {};
    while (true) {
      skipSpace();
      if (source[position] === ",") {
        position++;
        skipSpace();
      }
      if (source[position] === "}") {
        position++;
        break;
      }
      const name = /^[a-zA-Z_-]+/.exec(source.slice(position))?.[0];
      if (!name) fail(`entry "${key}": expected a field name`, position);
      position += name!.length;
      skipSpace();
      if (source[position] !== "=") fail(`entry "${key}", field "${name}": expected "="`, position);
      position++;
      skipSpace();
      let value: string;
      if (source[position] === "{") value = readBalanced();
      else if (source[position] === '"') {
        const end = source.indexOf('"', position + 1);
        if (end < 0) fail(`entry "${key}", field "${name}": unterminated string`, position);
        value = source.slice(position + 1, end);
        position = end + 1;
      } else {
        const bare = /^[a-zA-Z0-9]+/.exec(source.slice(position))?.[0];
        if (!bare) fail(`entry "${key}", field "${name}": expected {value}, "value" or a number`, position);
        value = bare!;
        position += bare!.length;
      }
      fields[name!.toLowerCase()] = value.replace(/\s+/g, " ").trim();
    }
    for (const required of ["title", "year"]) {
      if (!fields[required]) fail(`entry "${key}" lacks the field "${required}"`, at);
    }
    entries.set(key!, { key: key!, type: type!.toLowerCase(), fields, line: lineAt(at) });
  }
  return entries;
}

/** BibTeX markup to plain text: braces dropped, escapes undone. */
export function plainBibText(value: string): string {
  return value.replace(/\\([&%$#_])/g, "$1").replace(/[{}]/g, "").replace(/~/g, " ").replace(/--/g, "–");
}

/** Authors as "Manheim and Garrabrant", or "Pearl", or "Karwowski et al.". */
export function shortAuthors(entry: BibEntry): string {
  const raw = entry.fields["author"] ?? entry.fields["editor"];
  if (!raw) return plainBibText(entry.fields["title"] ?? entry.key);
  const surnames = raw.split(/\s+and\s+/).map((name) => plainBibText(name.includes(",") ? name.split(",")[0]! : name.split(" ").at(-1)!).trim());
  if (surnames.length === 1) return surnames[0]!;
  if (surnames.length === 2) return `${surnames[0]} and ${surnames[1]}`;
  return `${surnames[0]} et al.`;
}

/** The in-text label, e.g. "Manheim and Garrabrant 2018". */
export function citationLabel(entry: BibEntry): string {
  return `${shortAuthors(entry)} ${entry.fields["year"]}`;
}

/** A full reference in plain text, for reference lists and previews. */
export function formatReference(entry: BibEntry): string {
  const f = entry.fields;
  const authors = f["author"] ? `${plainBibText(f["author"]).split(/\s+and\s+/).join(", ")}. ` : "";
  const venue = [f["journal"], f["booktitle"], f["howpublished"], f["publisher"], f["school"], f["institution"]]
    .filter((value): value is string => Boolean(value))
    .map(plainBibText)
    .join(", ");
  // the identifiers a reader looks the work up by, and where it was published when the entry is the preprint
  const identifiers = [f["eprint"] && `${f["archiveprefix"] ?? "arXiv"}:${f["eprint"]}`, f["doi"] && `doi:${f["doi"]}`, f["note"] && plainBibText(f["note"])].filter(Boolean);
  return `${authors}${plainBibText(f["title"] ?? "")}. ${venue ? `${venue}, ` : ""}${f["year"]}.${identifiers.map((text) => ` ${text}.`).join("")}`;
}
