import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { pageSchema } from "./site/pageSchema";

/** Every MDX page of the site: content/PART/index.mdx introduces a part, content/PART/NAME.mdx is a chapter. */
const pages = defineCollection({
  loader: glob({ base: "./content", pattern: "**/*.mdx", generateId: ({ entry }) => entry.replace(/\.mdx$/, "") }),
  schema: pageSchema,
});

export const collections = { pages };
