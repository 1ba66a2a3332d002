// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import { notationMacros } from "./src/math/macros.ts";
import remarkEnvironments from "./src/site/results/remarkEnvironments.ts";
import rehypeMathAndTables from "./src/math/rehypeMathAndTables.ts";

export const site = "https://goodhart-model.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  build: { format: "directory" },
  // the sitemap lists every built page except the 404 page
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith("/404/") })],
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins; math needs the unified one.
    processor: unified({
      remarkPlugins: [remarkMath, remarkEnvironments],
      // Math is rendered to HTML at build time: no page loads math JavaScript.
      rehypePlugins: [[rehypeKatex, { macros: { ...notationMacros }, strict: "error", throwOnError: true }], rehypeMathAndTables],
    }),
    shikiConfig: {
      themes: { light: "github-light", dark: "github-dark" },
      defaultColor: false,
    },
  },
});
