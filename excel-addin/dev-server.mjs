// `npm run dev:excel`: serves dist/excel-addin over https://localhost:3000 (the manifest's default base
// URL) with a development certificate from office-addin-dev-certs, and prints how to sideload the add-in.
// When the certificate authority cannot be installed (no sudo, a locked-down machine, a container), the
// server still starts with the same certificate files and says clearly that Excel/browsers will not
// trust it until the CA file is trusted by hand.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SITE = join(ROOT, 'dist', 'excel-addin');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** The file under `site` for a request path, or null (outside the site, hidden, missing). */
export function resolveFile(site, urlPath) {
  let path;
  try {
    path = decodeURIComponent(new URL(urlPath, 'https://x').pathname);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  if (path.split('/').some((p) => p.startsWith('.'))) return null;
  const file = normalize(join(site, path));
  const base = realpathSync(site);
  if (!file.startsWith(normalize(site) + sep)) return null;
  if (!existsSync(file) || !statSync(file).isFile()) return null;
  if (!realpathSync(file).startsWith(base + sep)) return null;
  return file;
}

/** An https server of the static files in `site`. */
export function createServer(site, tls) {
  return createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(site, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/**
 * The TLS key and certificate: office-addin-dev-certs' trusted development certificate when it can
 * install its CA; otherwise its certificate files without the CA installed (`trusted: false`).
 */
export async function certificates({ install = true } = {}) {
  const certs = await import('office-addin-dev-certs');
  const lib = certs.default ?? certs;
  const defaults = await import('office-addin-dev-certs/lib/defaults.js');
  const d = defaults.default ?? defaults;
  let problem = '';
  if (install) {
    try {
      const o = await lib.getHttpsServerOptions();
      return { key: o.key, cert: o.cert, ca: d.caCertificatePath, trusted: true };
    } catch (e) {
      problem = e instanceof Error ? e.message.split('\n')[0] : String(e);
    }
  } else problem = 'installing the development CA was skipped (--no-install)';
  if (!existsSync(d.localhostCertificatePath) || !existsSync(d.localhostKeyPath) || !existsSync(d.caCertificatePath)) {
    await lib.generateCertificates(d.caCertificatePath, d.localhostCertificatePath, d.localhostKeyPath, 30, ['localhost', '127.0.0.1']);
  }
  return { key: readFileSync(d.localhostKeyPath), cert: readFileSync(d.localhostCertificatePath), ca: d.caCertificatePath, trusted: false, problem };
}

export function instructions(base, trusted, ca, problem) {
  const manifest = join(SITE, 'manifest.xml');
  const lines = [
    '',
    `Key-account workbook for Excel is served at ${base}/ (manifest: ${manifest})`,
    `大客户销售工作簿 Excel 加载项已在 ${base}/ 提供服务(清单文件:${manifest})`,
    '',
  ];
  if (!trusted) {
    lines.push(
      'WARNING: the development certificate is NOT trusted on this machine' + (problem ? ` (${problem})` : '') + '.',
      `  Excel and browsers will refuse ${base} until you trust this CA certificate: ${ca}`,
      '  (Windows: double-click it → Install → Local Machine → Trusted Root Certification Authorities;',
      '   macOS: Keychain Access → System → import, "Always Trust"; Linux: copy to /usr/local/share/ca-certificates/ and run update-ca-certificates),',
      '  or run `npx office-addin-dev-certs install` with administrator rights, then restart `npm run dev:excel`.',
      `警告:开发证书在本机不受信任。请先信任上述 CA 证书(${ca}),或以管理员权限运行 npx office-addin-dev-certs install。`,
      '',
    );
  }
  lines.push(
    'Sideload / 旁加载:',
    '  Excel on the web: open a workbook → Home → Add-ins → More add-ins → My add-ins → Upload My Add-in → choose the manifest above.',
    '  Excel 网页版:打开工作簿 → 开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项 → 选择上面的清单文件。',
    '  Excel on Windows or Mac (desktop), on your own machine:',
    `    npx office-addin-debugging start ${manifest} desktop --app excel`,
    '    (office-addin-debugging is not a dependency of this project: npx fetches it on your machine.)',
    '  Or, on Windows: share the folder holding manifest.xml, add it under File → Options → Trust Center →',
    '    Trusted Add-in Catalogs, restart Excel, then Insert → My Add-ins → Shared Folder.',
    '  Or, on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.',
    '  Excel 桌面版:在自己的电脑上运行上面的 npx office-addin-debugging 命令;或使用共享文件夹目录 / Mac 的 wef 文件夹。',
    '',
    'Then press "Set up" on the Key accounts ribbon tab. 然后点击"大客户"选项卡上的"设置工作簿"。',
    'Stop with Ctrl+C.',
  );
  return lines.join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const port = Number(process.env.PORT ?? 3000);
  if (!existsSync(join(SITE, 'manifest.xml'))) {
    console.error('dist/excel-addin is not built: run `npm run build` (or `npm run dev:excel`, which builds first).');
    process.exit(1);
  }
  const tls = await certificates({ install: !args.includes('--no-install') });
  const server = createServer(SITE, tls);
  server.on('error', (e) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${port} is in use: stop the other server or set PORT (the manifest expects 3000).` : e.message);
    process.exit(1);
  });
  server.listen(port, 'localhost', () => {
    const base = `https://localhost:${port}`;
    console.log(instructions(base, tls.trusted, tls.ca, tls.problem));
    if (port !== 3000) console.log(`Note: the manifest points at https://localhost:3000; build with KA_BASE_URL=${base} to match.`);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
