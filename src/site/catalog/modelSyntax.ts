/**
 * A Vite plugin that reads every catalogue model (content/catalog/SLUG/model.ts) with TypeScript's
 * parser before Vite's own transform does. Vite reports a syntax error in a glob-imported file
 * without its name ("Location: undefined:6:27"); this reports it as "file:line:column: message",
 * the way every other contributor error reads. Type errors are left to `npm run check`.
 *
 * It also gives each model its own copy of `#scm` whose `defineModel` prefixes its errors with the
 * model's file: a cycle or a misspelt parent is thrown while the catalogue imports the model, where the
 * build could otherwise only point into its bundled chunks.
 */
import { relative } from "node:path";
import ts from "typescript";
import { ContributorError } from "../contributorError.ts";

const catalogModel = /\/content\/catalog\/[^/]+\/model\.ts$/;

/** The syntax errors of a model's source, one "file:line:column: message" each (none for valid code). */
function modelSyntaxErrors(code: string, file: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, { fileName: file, reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext } });
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return `${file}: ${message}`;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${file}:${line + 1}:${character + 1}: ${message}`;
  });
}

const scmForModel = "\0catalog-scm:";

/** `#scm` as one model sees it: the library, with model errors that name the model's file. */
function scmModuleFor(file: string): string {
  return `import { defineModel as defineAnyModel, ModelError } from "#scm";
export * from "#scm";
export function defineModel(spec) {
  try {
    return defineAnyModel(spec);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    const named = new ModelError(${JSON.stringify(file)} + ": " + error.message);
    named.stack = named.message; // the contributor's file is the place to look, not the bundle's chunks
    throw named;
  }
}
`;
}

export function catalogModelSyntax() {
  return {
    name: "catalog-model-syntax",
    enforce: "pre" as const,
    resolveId(source: string, importer: string | undefined) {
      if (source !== "#scm" || !importer || !catalogModel.test(importer.split("?")[0]!)) return undefined;
      return `${scmForModel}${relative(process.cwd(), importer.split("?")[0]!)}`;
    },
    load(id: string) {
      return id.startsWith(scmForModel) ? scmModuleFor(id.slice(scmForModel.length)) : undefined;
    },
    transform(code: string, id: string) {
      const path = id.split("?")[0]!;
      if (!catalogModel.test(path)) return undefined;
      const errors = modelSyntaxErrors(code, relative(process.cwd(), path));
      if (errors.length > 0) throw new ContributorError(`A catalogue model does not parse:\n${errors.join("\n")}`);
      return undefined;
    },
  };
}
