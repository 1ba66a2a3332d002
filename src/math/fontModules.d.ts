// Types for the two font packages the math font is built with (mathFont.ts), which ship none.
declare module "subset-font" {
  interface SubsetOptions {
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    preserveNameIds?: number[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
declare module "fontverter" {
  type Format = "sfnt" | "truetype" | "woff" | "woff2";
  const fontverter: { convert(font: Buffer, to: Format, from?: Format): Promise<Buffer>; detectFormat(font: Buffer): Format };
  export default fontverter;
}
