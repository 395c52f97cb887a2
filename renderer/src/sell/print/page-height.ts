import type { Paper } from './html';

const PX_PER_MM = 96 / 25.4;
/** The roll's page margins (top and bottom), as sell-print.css sets them. */
const ROLL_MARGIN_MM = 2;
const MIN_MM = 40;
const MAX_MM = 400;

/**
 * How tall one page of the 80 mm roll must be for this sheet: its tallest ticket (or report) laid out at the roll's
 * width, plus the margins. A roll has no fixed page height; a fixed one left half of every ticket blank. Null on A4.
 */
export function rollPageHeightMm(sheetHtml: string, paper: Paper): number | null {
  if (paper !== 'thermal80') return null;
  const box = document.createElement('div');
  box.className = 'print-measure';
  // The sheet is made by ticket-html.ts / report-html.ts, which escape every value they print.
  box.innerHTML = sheetHtml;
  document.body.appendChild(box);
  try {
    let tallest = 0;
    box.querySelectorAll('.ticket, .report').forEach((part) => {
      tallest = Math.max(tallest, part.getBoundingClientRect().height);
    });
    if (tallest === 0) return null;
    return Math.min(MAX_MM, Math.max(MIN_MM, Math.ceil(tallest / PX_PER_MM + 2 * ROLL_MARGIN_MM + 1)));
  } finally {
    box.remove();
  }
}

let pageSheet: CSSStyleSheet | null = null;

/**
 * The browser's print view: the roll's page as tall as this sheet needs. A constructed style sheet (the page's
 * CSP allows no inline style), adopted after the bundled ones so that its @page rule wins.
 */
export function setRollPageHeight(heightMm: number | null): void {
  const others = document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
  if (heightMm === null) {
    document.adoptedStyleSheets = others;
    return;
  }
  pageSheet ??= new CSSStyleSheet();
  pageSheet.replaceSync(`@page thermal80 { size: 80mm ${heightMm}mm; margin: ${ROLL_MARGIN_MM}mm 4mm; }`);
  document.adoptedStyleSheets = [...others, pageSheet];
}
