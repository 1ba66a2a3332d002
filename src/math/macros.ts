/**
 * The model's notation as KaTeX macros, defined once and used by every page.
 *
 * rehype-katex receives this table at build time (src/math/rehypeKatexStrict.ts), so MDX pages write
 * `\OE_d(f)` or `\U^*` and never define a macro themselves. Notation that a reader may look up
 * also needs an entry on the notation page.
 */
export const notationMacros = {
  "\\OE": "\\operatorname{OE}",
  "\\OP": "\\operatorname{OP}",
  "\\cosim": "\\operatorname{sim}",
  "\\Pa": "\\operatorname{Pa}",
  "\\De": "\\operatorname{De}",
  "\\An": "\\operatorname{An}",
  "\\EE": "\\mathcal{E}",
  "\\XX": "\\mathcal{X}",
  "\\U": "\\overline{U}",
  "\\E": "\\mathbb{E}",
  "\\P": "\\mathbb{P}",
  "\\R": "\\mathbb{R}",
  "\\Var": "\\operatorname{Var}",
  "\\Cov": "\\operatorname{Cov}",
  "\\norm": "\\left\\lVert #1 \\right\\rVert",
  "\\abs": "\\left\\lvert #1 \\right\\rvert",
  "\\inner": "\\left\\langle #1, #2 \\right\\rangle",
  "\\indicator": "\\mathbf{1}",
} as const satisfies Record<`\\${string}`, string>;
