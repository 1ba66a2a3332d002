// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatexStrict from "./src/math/rehypeKatexStrict.ts";
import remarkEnvironments from "./src/site/results/remarkEnvironments.ts";
import rehypeMathAndTables from "./src/math/rehypeMathAndTables.ts";
import rehypeBelowFold from "./src/site/rehypeBelowFold.ts";
import { catalogModelSyntax } from "./src/site/catalog/modelSyntax.ts";
import mathFont from "./src/math/mathFontIntegration.ts";

export const site = "https://goodhart-model.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  // Inlining the one stylesheet saves a render-blocking request on every page (about 10 kB gzipped).
  build: { format: "directory", inlineStylesheets: "always" },
  vite: {
    plugins: [catalogModelSyntax()],
    build: {
      rollupOptions: {
        // Astro marks MDX modules with its own "use astro:head-inject" directive, which the bundler warns it
        // may drop (26 times a build, once per page); Astro reads the directive before bundling, so the
        // warning says nothing about this site. Every other warning is printed.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
  // the sitemap lists every built page except the 404 page
  // and the math font is subset to the characters the pages' formulas use (src/math/mathFont.ts)
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith("/404/") }), mathFont()],
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins; math needs the unified one.
    processor: unified({
      remarkPlugins: [remarkMath, remarkEnvironments],
      // Math is rendered to MathML at build time: no page loads math JavaScript; a TeX error fails the build.
      rehypePlugins: [rehypeKatexStrict, rehypeMathAndTables, rehypeBelowFold],
    }),
    shikiConfig: {
      // the high-contrast variants keep every token at WCAG AA contrast (axe checks it)
      themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
      defaultColor: false,
    },
  },
});
