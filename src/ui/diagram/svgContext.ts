// A recorder that takes the canvas drawing calls and writes SVG elements, so the exported SVG is
// drawn by the very same code as the screen. Only what draw.ts uses is supported.

import type { Ctx2D } from './frame';

const num = (x: number) => String(Math.round(x * 100) / 100);

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface State {
  fillStyle: Ctx2D['fillStyle'];
  strokeStyle: Ctx2D['strokeStyle'];
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  dash: number[];
  groups: number;
}

export class SvgContext implements Ctx2D {
  fillStyle: Ctx2D['fillStyle'] = '#000';
  strokeStyle: Ctx2D['strokeStyle'] = '#000';
  lineWidth = 1;
  globalAlpha = 1;
  font = '10px sans-serif';
  textAlign: CanvasTextAlign = 'start';
  textBaseline: CanvasTextBaseline = 'alphabetic';
  private dash: number[] = [];
  private groups = 0;
  private d: string[] = [];
  private stack: State[] = [];
  private clips = 0;
  private pending: string | null = null;
  private hatches = new Map<string, string>();
  private current: string | null = null;
  /** The SVG elements written so far. */
  readonly out: string[] = [];

  hatch(color: string): string {
    let id = this.hatches.get(color);
    if (!id) {
      id = `hatch${this.hatches.size + 1}`;
      this.hatches.set(color, id);
      this.out.push(
        `<defs><pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"><path d="M-9 9L1 -1M-1 9L9 -1M7 9L17 -1" stroke="${escapeXml(color)}" stroke-opacity="0.75" stroke-width="1.2"/></pattern></defs>`,
      );
    }
    return `url(#${id})`;
  }
  mark(what: string) {
    this.pending = what;
  }
  save() {
    const { fillStyle, strokeStyle, lineWidth, globalAlpha, font, textAlign, textBaseline, dash, groups } =
      this;
    this.stack.push({
      fillStyle,
      strokeStyle,
      lineWidth,
      globalAlpha,
      font,
      textAlign,
      textBaseline,
      dash,
      groups,
    });
    this.groups = 0;
  }
  restore() {
    for (; this.groups > 0; this.groups--) this.out.push('</g>');
    const s = this.stack.pop();
    if (s) Object.assign(this, s);
  }
  beginPath() {
    this.d = [];
    this.current = this.pending;
    this.pending = null;
  }
  closePath() {
    this.d.push('Z');
  }
  moveTo(x: number, y: number) {
    this.d.push(`M${num(x)} ${num(y)}`);
  }
  lineTo(x: number, y: number) {
    this.d.push(`L${num(x)} ${num(y)}`);
  }
  rect(x: number, y: number, w: number, h: number) {
    this.d.push(`M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}Z`);
  }
  arc(x: number, y: number, r: number, a0: number, a1: number) {
    const at = (a: number) => `${num(x + r * Math.cos(a))} ${num(y + r * Math.sin(a))}`;
    const sweep = a1 - a0;
    this.d.push(`${this.d.length ? 'L' : 'M'}${at(a0)}`);
    if (Math.abs(sweep) >= 2 * Math.PI - 1e-9) {
      this.d.push(`A${num(r)} ${num(r)} 0 1 1 ${at(a0 + Math.PI)}A${num(r)} ${num(r)} 0 1 1 ${at(a0)}`);
    } else {
      this.d.push(`A${num(r)} ${num(r)} 0 ${Math.abs(sweep) > Math.PI ? 1 : 0} 1 ${at(a1)}`);
    }
  }
  private attrs(): string {
    const cls = this.current ? ` class="${escapeXml(this.current)}"` : '';
    const alpha = this.globalAlpha < 1 ? ` opacity="${num(this.globalAlpha)}"` : '';
    return cls + alpha;
  }
  fill() {
    if (this.d.length === 0) return;
    this.out.push(`<path${this.attrs()} d="${this.d.join('')}" fill="${String(this.fillStyle)}"/>`);
  }
  stroke() {
    if (this.d.length === 0) return;
    const dash = this.dash.length ? ` stroke-dasharray="${this.dash.join(' ')}"` : '';
    this.out.push(
      `<path${this.attrs()} d="${this.d.join('')}" fill="none" stroke="${String(this.strokeStyle)}" stroke-width="${num(this.lineWidth)}"${dash}/>`,
    );
  }
  clip() {
    const id = `c${++this.clips}`;
    this.out.push(
      `<clipPath id="${id}"><path d="${this.d.join('') || 'M0 0'}"/></clipPath><g clip-path="url(#${id})">`,
    );
    this.groups++;
  }
  fillRect(x: number, y: number, w: number, h: number) {
    const alpha = this.globalAlpha < 1 ? ` opacity="${num(this.globalAlpha)}"` : '';
    this.out.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${String(this.fillStyle)}"${alpha}/>`,
    );
  }
  fillText(text: string, x: number, y: number) {
    const anchor = { center: 'middle', end: 'end', right: 'end', left: 'start', start: 'start' }[
      this.textAlign
    ];
    const baseline = this.textBaseline === 'middle' ? ' dominant-baseline="central"' : '';
    this.out.push(
      `<text x="${num(x)}" y="${num(y)}" fill="${String(this.fillStyle)}" text-anchor="${anchor}"${baseline} style="font:${escapeXml(this.font)}">${escapeXml(text)}</text>`,
    );
  }
  /** An estimate (no fonts here): Hangul and other wide characters count a full em. */
  measureText(text: string) {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 10);
    let em = 0;
    for (const ch of text) em += ch.codePointAt(0)! >= 0x1100 ? 1 : 0.6;
    return { width: em * size };
  }
  setLineDash(segments: number[]) {
    this.dash = [...segments];
  }
}
