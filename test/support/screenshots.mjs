// Screenshots of built pages, light and dark, wide and narrow, for a person to look at.
// Usage: npm run screenshots [-- /path/ …] [--no-js] [--figures] (after npm run build); PNGs go to
// test/.output/screenshots/. With --figures, each figure on the pages is also shot on its own.
import { mkdir } from "node:fs/promises";
import { chromium } from "playwright-core";
import { chromiumArgs, ensureChromium } from "./chromium.mjs";
import { serveDirectory } from "./server.mjs";

const root = new URL("../..", import.meta.url).pathname;
const paths = process.argv.slice(2).filter((arg) => arg.startsWith("/"));
const javaScript = !process.argv.includes("--no-js");
const figuresToo = process.argv.includes("--figures");
const outDir = `${root}test/.output/screenshots`;
await mkdir(outDir, { recursive: true });
const server = await serveDirectory(`${root}dist`);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
try {
  for (const path of paths.length ? paths : ["/"]) {
    for (const colorScheme of ["light", "dark"]) {
      for (const width of [1280, 375]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: javaScript });
        const page = await context.newPage();
        // A full-page shot paints beyond the viewport, where blocks below the fold are still skipped
        // (content-visibility): the HTML is served with them laid out. Done on the response, since
        // page script (evaluate, addStyleTag) is unavailable with --no-js.
        await page.route(`${server.url}${path}`, async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace("</head>", "<style>.below-fold { content-visibility: visible !important; }</style></head>");
          await route.fulfill({ response, body });
        });
        await page.goto(server.url + path, { waitUntil: "networkidle" });
        if (javaScript) {
          // scroll through once so that figures hydrate, then back to the top
          await page.evaluate(async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 400) {
              window.scrollTo(0, y);
              await new Promise((r) => setTimeout(r, 60));
            }
            window.scrollTo(0, 0);
          });
        }
        await page.waitForTimeout(300);
        const name = `${path.replace(/\//g, "_") || "_"}-${colorScheme}-${width}${javaScript ? "" : "-nojs"}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
        console.log(`${outDir}/${name}`);
        if (figuresToo) {
          for (const figure of await page.locator("figure[data-figure]").all()) {
            const figureName = `figure-${await figure.getAttribute("data-figure")}-${colorScheme}-${width}${javaScript ? "" : "-nojs"}.png`;
            await figure.scrollIntoViewIfNeeded();
            await page.waitForTimeout(javaScript ? 400 : 0);
            await figure.screenshot({ path: `${outDir}/${figureName}` });
            console.log(`${outDir}/${figureName}`);
          }
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
