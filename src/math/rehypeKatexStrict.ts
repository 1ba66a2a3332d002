/**
 * rehype-katex, with every TeX error failing the build. rehype-katex reports a formula KaTeX
 * cannot parse as a message on the file and renders it in red (`katex-error`); a page would be
 * published with its raw TeX. This runs it and throws one error listing every such formula as
 * "file:line:column: TeX error: KaTeX's message". Then it repairs what KaTeX writes that is not valid
 * MathML (`katexRepairs.ts`) and turns each formula into MathML alone (`mathmlOutput.ts`); a style that
 * Unicode cannot express (a bold ∂, say) fails the build too, rather than being drawn plain.
 */
import type { Root } from "hast";
import { relative } from "node:path";
import rehypeKatex, { type Options } from "rehype-katex";
import type { VFile } from "vfile";
import { repairKatexOutput } from "./katexRepairs.ts";
import { notationMacros } from "./macros.ts";
import { toMathmlOnly } from "./mathmlOutput.ts";
import { ContributorError } from "../site/contributorError.ts";

/** The site's KaTeX settings: its macros, MathML only, and anything KaTeX considers doubtful is an error. */
const katexOptions = { macros: { ...notationMacros }, strict: "error", output: "mathml" } as const satisfies Options;

/** One line per formula that KaTeX rejected while `file` was rendered (its messages after the first `from`). */
function texErrors(file: VFile, from: number): string[] {
  return file.messages.slice(from).filter((message) => message.source === "rehype-katex").map((message) => {
    // display math is a <code> inside a <pre>, and only the <pre> keeps the source position
    const start = message.place && "start" in message.place ? message.place.start : message.ancestors?.findLast((node) => node.position)?.position?.start;
    const where = `${fileName(file)}:${start?.line ?? "?"}:${start?.column ?? "?"}`;
    const cause = message.cause instanceof Error ? message.cause.message : message.reason;
    return `${where}: TeX error: ${cause}`;
  });
}

/** Where `file` is, for a message. */
const fileName = (file: VFile) => (file.path ? relative(process.cwd(), file.path) : "(unnamed file)");

export default function rehypeKatexStrict() {
  const render = rehypeKatex(katexOptions);
  return (tree: Root, file: VFile) => {
    const before = file.messages.length;
    render(tree, file);
    const errors = texErrors(file, before);
    if (errors.length > 0) throw new ContributorError(`${errors.length === 1 ? "A formula does" : `${errors.length} formulas do`} not parse:\n${errors.join("\n")}`);
    repairKatexOutput(tree);
    const unstyled = toMathmlOnly(tree);
    if (unstyled.length > 0) throw new ContributorError(`${fileName(file)}: ${unstyled.length === 1 ? "a formula uses a style" : `${unstyled.length} formulas use styles`} that Unicode has no character for; write it another way:\n${unstyled.join("\n")}`);
  };
}
