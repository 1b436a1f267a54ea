// Saving and exporting: files the user downloads, built from what is on screen.

import { svgToPng } from './png';

/** Offers `content` as a download named `name`. */
export function download(name: string, content: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a scenario title: letters, digits (any script), dashes. */
export function fileNameFor(title: string | null, extension: string): string {
  const base = (title ?? 'scenario')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'scenario'}.${extension}`;
}

/** The CSS rules of this page that style the stage, so an exported SVG looks the same elsewhere. */
function stageCss(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) rules.push(rule.cssText);
    } catch {
      // A stylesheet from another origin cannot be read; ours are all same-origin.
    }
  }
  return rules.join('\n');
}

/** The stage as a standalone SVG document: the picture, the messages in flight and the styles. */
export function stageSvg(root: ParentNode = document): string | null {
  const stage = root.querySelector<SVGSVGElement>('svg.stage');
  if (!stage) return null;
  const copy = stage.cloneNode(true) as SVGSVGElement;
  const overlay = root.querySelector<SVGSVGElement>('svg.stage-overlay');
  if (overlay) for (const child of Array.from(overlay.children)) copy.append(child.cloneNode(true));
  const [, , width = '1000', height = '620'] = (copy.getAttribute('viewBox') ?? '').split(/\s+/);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', width);
  copy.setAttribute('height', height);
  copy.removeAttribute('style');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `${stageCss()}\nsvg.stage { max-height: none; background: #fff; font-family: system-ui, 'Noto Sans KR', sans-serif; }`;
  copy.prepend(style);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The stage as a PNG image, drawn at `scale` times its natural size. */
export async function stagePng(scale = 2): Promise<Blob | null> {
  const svg = stageSvg();
  return svg ? svgToPng(svg, scale) : null;
}
