import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Simplified Chinese font for generated PDFs, shipped by the npm package `@embedpdf/fonts-sc`
 * (Noto Sans Hans, i.e. Noto Sans CJK SC as OpenType/CFF, SIL OFL 1.1; all 20,9xx CJK Unified Ideographs).
 * Nothing is fetched at run time and no system font is assumed: the Docker image and CI have no CJK fonts.
 * pdfkit embeds only the glyphs a document uses, so a letter stays in the tens of kilobytes.
 */
export type CjkFontWeight = 'regular' | 'bold';

const FILES: Record<CjkFontWeight, string> = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
};

const cache = new Map<CjkFontWeight, Buffer>();

/** Absolute path of the font file. The package's `exports` map exposes only its JS entry (dist/), not fonts/,
 *  so the entry is resolved and the path taken from the package root beside it. */
export function cjkFontPath(weight: CjkFontWeight = 'regular'): string {
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', FILES[weight]);
}

/** The font file's bytes, read once per process (about 8 MB each weight). */
export function loadCjkFont(weight: CjkFontWeight = 'regular'): Buffer {
  let font = cache.get(weight);
  if (!font) {
    font = readFileSync(cjkFontPath(weight));
    cache.set(weight, font);
  }
  return font;
}
