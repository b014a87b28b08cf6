import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { createPreviewServer, listen, resolvePath } from './serve.mjs';

const root = mkdtempSync(join(tmpdir(), 'ka-serve-'));
mkdirSync(join(root, 'sub'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
writeFileSync(join(root, 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'sub', 'index.html'), 'sub');
const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

describe('the preview server', () => {
  it('maps URL paths to files under its root only', () => {
    expect(resolvePath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolvePath(root, '/app.js?v=1')).toBe(join(root, 'app.js'));
    expect(resolvePath(root, '/sub/')).toBe(join(root, 'sub', 'index.html'));
    expect(resolvePath(root, '/../package.json')).toBeNull();
    expect(resolvePath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolvePath(root, '/sub')).toBeNull(); // a folder is no file
    expect(resolvePath(root, '/missing.js')).toBeNull();
    expect(resolvePath(root, '/%E0%A4%A')).toBeNull();
  });

  it('serves with a content type, refuses other methods, and takes the next port when one is busy', async () => {
    const blocker = createServer(() => undefined);
    servers.push(blocker);
    const busy: number = await listen(blocker, 0);
    const server = createPreviewServer(root);
    servers.push(server);
    const port: number = await listen(server, busy);
    expect(port).toBeGreaterThan(busy);
    const res = await fetch(`http://127.0.0.1:${port}/app.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await fetch(`http://127.0.0.1:${port}/nope`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/`, { method: 'POST' })).status).toBe(405);
  });
});
