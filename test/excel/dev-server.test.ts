/** The dev server: static files over https with the development certificate, nothing outside the site. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — a Node script without type declarations
import { certificates, createServer, instructions, resolveFile } from '../../excel-addin/dev-server.mjs';

let server: ReturnType<typeof createServer>;
let port = 0;
let site = '';

function get(path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: 'localhost', port, path, method, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'ka-dev-'));
  site = join(root, 'site');
  mkdirSync(join(site, 'assets'), { recursive: true });
  writeFileSync(join(site, 'taskpane.html'), '<p>pane</p>');
  writeFileSync(join(site, 'functions.json'), '{}');
  writeFileSync(join(site, '.secret'), 'no');
  writeFileSync(join(root, 'outside.txt'), 'no');
  const tls = await certificates({ install: false });
  expect(tls.trusted).toBe(false);
  server = createServer(site, tls);
  await new Promise<void>((r) => server.listen(0, 'localhost', r));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('dev server', () => {
  it('serves the site with content types', async () => {
    expect(await get('/taskpane.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<p>pane</p>' });
    expect(await get('/functions.json')).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/taskpane.html', 'POST')).status).toBe(405);
  });

  it('serves nothing outside the site, and no dot files', async () => {
    for (const p of ['/../outside.txt', '/%2e%2e/outside.txt', '/assets/..%2f..%2foutside.txt', '/.secret']) {
      expect((await get(p)).status, p).toBe(404);
    }
    expect(resolveFile(site, '/../outside.txt')).toBeNull();
  });

  it('prints sideload steps in English and Chinese, and warns when the certificate is not trusted', () => {
    const text = instructions('https://localhost:3000', false, '/home/u/.office-addin-dev-certs/ca.crt', 'sudo: not found');
    expect(text).toContain('NOT trusted');
    expect(text).toContain('/home/u/.office-addin-dev-certs/ca.crt');
    expect(text).toContain('npx office-addin-debugging start');
    expect(text).toContain('Upload My Add-in');
    expect(text).toContain('上传我的加载项');
    expect(instructions('https://localhost:3000', true, 'x', '')).not.toContain('NOT trusted');
  });
});
