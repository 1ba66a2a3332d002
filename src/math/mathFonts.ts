/**
 * The KaTeX fonts a page should preload. KaTeX's stylesheet names twenty fonts and the browser
 * fetches one only when it lays out text that needs it, late on a long page; when it arrives the
 * formulas change width, lines re-wrap and the page shifts. Preloading the fonts that the opening
 * of the page sets its formulas in lets them arrive with the page. Fonts needed only below the fold
 * (see src/site/rehypeBelowFold.ts) load when the reader gets there, as before, so that nothing is
 * preloaded and then left unused.
 */
import amsRegular from "katex/dist/fonts/KaTeX_AMS-Regular.woff2?url";
import caligraphicRegular from "katex/dist/fonts/KaTeX_Caligraphic-Regular.woff2?url";
import mainBold from "katex/dist/fonts/KaTeX_Main-Bold.woff2?url";
import mainRegular from "katex/dist/fonts/KaTeX_Main-Regular.woff2?url";
import mathItalic from "katex/dist/fonts/KaTeX_Math-Italic.woff2?url";
import size1Regular from "katex/dist/fonts/KaTeX_Size1-Regular.woff2?url";
import size2Regular from "katex/dist/fonts/KaTeX_Size2-Regular.woff2?url";

/** KaTeX's classes, as they appear in its HTML, and the font each sets its text in. */
const fontsByClass: readonly (readonly [RegExp, string])[] = [
  [/class="katex"/, mainRegular],
  [/class="[^"]*\bmathnormal\b/, mathItalic],
  [/class="[^"]*\b(?:mathbb|amsrm)\b/, amsRegular],
  [/class="[^"]*\b(?:size1|small-op)\b/, size1Regular],
  [/class="[^"]*\b(?:size2|large-op)\b/, size2Regular],
  [/class="[^"]*\bmathcal\b/, caligraphicRegular],
  [/class="[^"]*\b(?:mathbf|textbf)\b/, mainBold],
];

/** The URLs of the KaTeX fonts used in `html` before its first block marked `below-fold`. */
export function mathFontsToPreload(html: string): string[] {
  const opening = html.split(/class="[^"]*\bbelow-fold\b/)[0] ?? html;
  return fontsByClass.filter(([pattern]) => pattern.test(opening)).map(([, url]) => url);
}
