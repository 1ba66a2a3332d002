/**
 * A Vite plugin that reads every catalogue model (content/catalog/SLUG/model.ts) with TypeScript's
 * parser before Vite's own transform does. Vite reports a syntax error in a glob-imported file
 * without its name ("Location: undefined:6:27"); this reports it as "file:line:column: message",
 * the way every other contributor error reads. Type errors are left to `npm run check`.
 */
import { relative } from "node:path";
import ts from "typescript";

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

export function catalogModelSyntax() {
  return {
    name: "catalog-model-syntax",
    enforce: "pre" as const,
    transform(code: string, id: string) {
      const path = id.split("?")[0]!;
      if (!catalogModel.test(path)) return undefined;
      const errors = modelSyntaxErrors(code, relative(process.cwd(), path));
      if (errors.length > 0) throw new Error(`A catalogue model does not parse:\n${errors.join("\n")}`);
      return undefined;
    },
  };
}
