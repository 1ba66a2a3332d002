/**
 * The frontmatter of a page in content/. One schema, every field documented; a page that does
 * not match fails the build with the file and the field.
 */
import { z } from "astro/zod";
import { effects, mechanisms } from "./catalog/schema.ts";

export const pageSchema = z.strictObject({
  /** The page's title: its <h1>, its sidebar entry and its <title>. */
  title: z.string().min(1),
  /** One sentence on what the page holds: the meta description and the search summary. */
  description: z.string().min(20).max(300),
  /**
   * Position among its siblings: within a part for a chapter, among the parts for a part's
   * index.mdx. Ties are an error, so the order of the site never depends on file names.
   */
  order: z.number().int().min(0),
  /**
   * On a taxonomy page: the mechanism or effect it describes. The page then ends with every
   * catalogued example that claims it, listed automatically from content/catalog/.
   */
  examplesOf: z.enum([...mechanisms, ...effects]).optional(),
});

export type PageFrontmatter = z.infer<typeof pageSchema>;
