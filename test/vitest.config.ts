import { defineConfig } from "vitest/config";

// One config for every vitest suite; test/run.mjs picks the folder (unit, site, browser).
export default defineConfig({
  root: new URL("..", import.meta.url).pathname,
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
