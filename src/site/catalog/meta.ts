/**
 * Reads one example's meta.yaml: YAML syntax errors and schema mismatches become one error that
 * names the file, the field and what was expected.
 */
import { parse, YAMLParseError } from "yaml";
import { exampleMetaSchema, type ExampleMeta } from "./schema.ts";

export function parseExampleMeta(text: string, file: string): ExampleMeta {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      throw new Error(`${file}:${error.linePos?.[0].line ?? "?"}: not valid YAML (${error.message.split("\n")[0]})`);
    }
    throw error;
  }
  const result = exampleMetaSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? `field "${issue.path.join(".")}"` : "the file";
    return `${file}: ${field}: ${issue.message}`;
  });
  throw new Error(problems.join("\n"));
}
