/**
 * Reads one example's meta.yaml: YAML syntax errors and schema mismatches become one error that
 * names the file, the field and what was expected.
 */
import { Lexer, parse, YAMLParseError } from "yaml";
import { exampleMetaSchema, type ExampleMeta } from "./schema.ts";
import { scaffoldPlaceholders } from "./template.ts";
import { ContributorError } from "../contributorError.ts";

/** The line on which a quoted string opens that no quote closes, if there is one. */
function unclosedQuoteLine(text: string): number | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const quote = token[0];
    const closed = (quote === '"' && /(?:^|[^\\])(?:\\\\)*"$/.test(token.slice(1))) || (quote === "'" && token.length > 1 && token.endsWith("'"));
    if ((quote === '"' || quote === "'") && !closed) return text.slice(0, offset).split("\n").length;
    offset += token.length;
  }
  return undefined;
}

const placeholderOf = (field: string) => scaffoldPlaceholders[field.replace(/\.\d+\./, ".") as keyof typeof scaffoldPlaceholders];

/** The fields (as paths, e.g. "sources.0.url") that still hold the scaffold's text. */
function placeholdersLeft(meta: ExampleMeta): string[] {
  const fields: [string, string][] = [
    ["summary", meta.summary],
    ["goal", meta.goal],
    ["proxy", meta.proxy],
    ["observed", meta.observed],
    ...meta.sources.flatMap((source, index): [string, string][] => [
      [`sources.${index}.title`, source.title],
      [`sources.${index}.authors`, source.authors],
      [`sources.${index}.url`, source.url],
    ]),
  ];
  return fields.filter(([field, value]) => value.trim() === placeholderOf(field)).map(([field]) => field);
}

export function parseExampleMeta(text: string, file: string): ExampleMeta {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const opened = unclosedQuoteLine(text);
      // YAML lets a quoted string run over lines, so the parser notices a missing quote only where it gives up
      if (error.code === "MISSING_CHAR" && opened !== undefined) {
        throw new ContributorError(`${file}:${opened}: not valid YAML: the quote that opens on line ${opened} is never closed (the parser gave up at line ${error.linePos?.[0].line ?? "?"})`);
      }
      throw new ContributorError(`${file}:${error.linePos?.[0].line ?? "?"}: not valid YAML (${error.message.split("\n")[0]})`);
    }
    throw error;
  }
  const result = exampleMetaSchema.safeParse(data);
  if (result.success) {
    const stale = placeholdersLeft(result.data);
    if (stale.length > 0) throw new ContributorError(stale.map((field) => `${file}: field "${field}": still the scaffold's placeholder "${placeholderOf(field)}"; write the example's own`).join("\n"));
    return result.data;
  }
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? `field "${issue.path.join(".")}"` : "the file";
    return `${file}: ${field}: ${issue.message}`;
  });
  throw new ContributorError(problems.join("\n"));
}
