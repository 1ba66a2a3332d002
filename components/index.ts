/**
 * The components MDX pages may use, by the name they use them under. The page route passes this
 * table to every page, so pages import nothing.
 */
import Figure from "./figures/Figure.astro";

export const mdxComponents = { Figure };
