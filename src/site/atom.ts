/** An Atom 1.0 document (RFC 4287) from a list of entries; pure, escaped, newest first. */
export interface AtomEntry {
  /** A permanent URL: the entry's id and link. */
  url: string;
  title: string;
  summary: string;
  updated: Date;
  /** When the entry first appeared, if known and earlier than `updated`. */
  published?: Date;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

export function atomFeed({ title, siteUrl, feedUrl, entries }: { title: string; siteUrl: string; feedUrl: string; entries: readonly AtomEntry[] }): string {
  const sorted = [...entries].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.url.localeCompare(b.url));
  const updated = sorted[0]?.updated ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(title)}</title>`,
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <link rel="self" href="${escapeXml(feedUrl)}"/>`,
    `  <link href="${escapeXml(siteUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${escapeXml(title)}</name></author>`,
    ...sorted.map((entry) =>
      [
        "  <entry>",
        `    <title>${escapeXml(entry.title)}</title>`,
        `    <id>${escapeXml(entry.url)}</id>`,
        `    <link href="${escapeXml(entry.url)}"/>`,
        `    <updated>${entry.updated.toISOString()}</updated>`,
        ...(entry.published ? [`    <published>${entry.published.toISOString()}</published>`] : []),
        `    <summary>${escapeXml(entry.summary)}</summary>`,
        "  </entry>",
      ].join("\n"),
    ),
    "</feed>",
    "",
  ].join("\n");
}
