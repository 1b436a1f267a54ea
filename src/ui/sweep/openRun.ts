// Opening one run of a sweep on the stage, and the panel's downloads.

import { appStore } from '../../store';
import { download, fileNameFor } from '../files/save';
import { closeSweep } from './open';
import { chartSvg } from './svgChart';
import { svgToPng } from '../files/png';
import type { ChartModel } from './model';

/**
 * Makes `text` (the scenario with the point's value written in) the text on screen, as the
 * settings form does: it becomes the user's draft, so the editor, the run and a copied link all
 * carry the value. The panel closes so the stage is in view; its results stay for next time.
 */
export function openPointText(text: string): void {
  appStore.getState().edit(text);
  closeSweep();
}

export function downloadCsv(csv: string, title: string): void {
  download(fileNameFor(title, 'csv'), csv, 'text/csv;charset=utf-8');
}

export function downloadSvg(model: ChartModel, shown: ReadonlySet<string>, title: string): void {
  download(fileNameFor(title, 'svg'), chartSvg(model, shown), 'image/svg+xml;charset=utf-8');
}

export async function downloadPng(
  model: ChartModel,
  shown: ReadonlySet<string>,
  title: string,
): Promise<void> {
  const png = await svgToPng(chartSvg(model, shown), 2);
  if (png) download(fileNameFor(title, 'png'), png);
}
