const PAPER_MICRONS = { thermal80: { width: 80_000, height: 150_000 }, a4: { width: 210_000, height: 297_000 } } as const;

/**
 * The page to print on, in microns: A4 as it is; the 80 mm roll as tall as the renderer measured its tallest
 * ticket (40–400 mm; anything else from the renderer is ignored for the roll's default).
 */
export function pageSizeFor(request: { paper: 'thermal80' | 'a4'; heightMm?: number | null | undefined }): { width: number; height: number } {
  const paper = PAPER_MICRONS[request.paper];
  const height = request.heightMm;
  if (request.paper !== 'thermal80' || typeof height !== 'number' || !Number.isFinite(height) || height < 40 || height > 400) return paper;
  return { width: paper.width, height: Math.round(height * 1000) };
}
