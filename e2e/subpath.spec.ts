// The built site works from any sub-path of a plain static server, Web Workers included.
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { AppPage } from './app';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};
const PREFIX = '/courses/os-101/rendezvous/';

let server: Server;
let base = '';

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(PREFIX)) return void res.writeHead(404).end();
    const rel = normalize(url.pathname.slice(PREFIX.length) || 'index.html');
    try {
      const body = await readFile(join(process.env.E2E_OUTDIR ?? 'dist', rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('@smoke the built site runs from a sub-path, processes in Web Workers', async ({ page }) => {
  const app = new AppPage(page);
  await page.goto(base);
  await expect(app.stage).toBeVisible();
  await expect(app.process('Client')).toContainText('W1');
  await expect(app.process('Server')).toContainText('W2');
  await app.button('Jump to end').click();
  await expect(app.outcome).toHaveAttribute('data-kind', 'idle');
  app.expectNoErrors();
});
