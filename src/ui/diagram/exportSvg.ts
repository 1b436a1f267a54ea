// "Export diagram": the time window on screen with every shown lane, as an SVG document (drawn
// by draw.ts through the SVG recorder) or as a PNG (draw.ts on an offscreen canvas).

import type { DiagramModel } from '../../playback/diagramModel';
import { drawDiagram, type Ctx2D, type Scene } from './draw';
import { DIAGRAM_STRINGS, type DiagramLang } from './strings';
import { FONT } from './style';
import { escapeXml, SvgContext } from './svgContext';
import { layoutRows, makeView, type View } from './view';
import { indexModel, type DiagramIndex } from './windowIndex';

/** What an export needs of a view: the time window and the width; the rest has defaults. */
export type ExportView = Pick<View, 't0' | 't1' | 'width'> & Partial<View>;

/** The scene and a view tall enough for every lane not in `hidden`, scrolled to the top. */
export function exportFrame(
  model: DiagramModel,
  view: ExportView,
  lang: DiagramLang,
  hidden?: ReadonlySet<string>,
  index?: DiagramIndex,
): { scene: Scene; view: View } {
  const rows = layoutRows(model.lanes, hidden);
  const base = makeView({ height: 0, ...view });
  const height = base.top + rows.order.length * base.laneHeight + 4;
  return {
    scene: { model, index: index ?? indexModel(model), rows, lang },
    view: { ...base, height, scrollY: 0 },
  };
}

/** The diagram of `view`'s time window as a standalone SVG document. */
export function diagramSvg(
  model: DiagramModel,
  view: ExportView,
  lang: DiagramLang,
  hidden?: ReadonlySet<string>,
  index?: DiagramIndex,
): string {
  const frame = exportFrame(model, view, lang, hidden, index);
  const { width, height } = frame.view;
  const ctx = new SvgContext();
  drawDiagram(ctx, frame.scene, frame.view, { cursor: null, hover: null }, { batch: false });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(DIAGRAM_STRINGS[lang].title)}</title>`,
    ...ctx.out,
    '</svg>',
    '',
  ].join('\n');
}

/** The same picture as a PNG, `scale` device pixels per CSS pixel; null where no canvas exists. */
export async function diagramPng(
  model: DiagramModel,
  view: ExportView,
  lang: DiagramLang,
  scale = 2,
  hidden?: ReadonlySet<string>,
  index?: DiagramIndex,
): Promise<Blob | null> {
  const frame = exportFrame(model, view, lang, hidden, index);
  const w = Math.ceil(frame.view.width * scale);
  const h = Math.ceil(frame.view.height * scale);
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.scale(scale, scale);
    drawDiagram(ctx as Ctx2D, frame.scene, frame.view);
    return canvas.convertToBlob({ type: 'image/png' });
  }
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(scale, scale);
  drawDiagram(ctx, frame.scene, frame.view);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
