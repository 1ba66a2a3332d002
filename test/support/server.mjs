// A static file server for dist/ on loopback, behaving like a static host: directories serve
// their index.html, unknown paths get 404.html with status 404, and text is sent gzipped to
// clients that accept it (as every production host does), so that measured transfer sizes are real.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

async function resolveFile(root, pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const path = join(root, safe);
  if (!path.startsWith(root)) return undefined;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      const index = join(path, "index.html");
      return (await stat(index).catch(() => undefined)) ? index : undefined;
    }
    return path;
  } catch {
    return undefined;
  }
}

/** Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. */
export async function serveDirectory(root) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const file = await resolveFile(root, pathname);
    const [status, body, type] = file
      ? [200, await readFile(file), types[extname(file)] ?? "application/octet-stream"]
      : [404, await readFile(join(root, "404.html")).catch(() => "Not found"), types[".html"]];
    const compress = /^(text\/|application\/(json|xml|javascript)|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
    response.writeHead(status, { "Content-Type": type, ...(compress && { "Content-Encoding": "gzip", Vary: "Accept-Encoding" }) });
    response.end(compress ? gzipSync(body) : body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
