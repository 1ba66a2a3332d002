/**
 * How many elements a built page may have, hidden previews and MathML included. Beyond a few thousand
 * elements, style and layout block a phone's main thread for long enough that the page is slow to
 * respond (Lighthouse's total blocking time); the bench (`npm run bench`) and a site test
 * (test/site/pageBudget.test.ts) hold every page to it. Pages meet it by construction where they can:
 * a page whose references would preview more than fits shortens its previews (results/excerpt.ts).
 */
export const maxPageElements = 8000;

/** What the layout adds around a page's content (head, header, navigation, footer), generously. */
export const layoutElements = 250;

/** Elements in an HTML fragment, counted by their start tags (in text, `<` is always escaped). */
export function elementsIn(html: string): number {
  return html.match(/<[a-zA-Z]/g)?.length ?? 0;
}
