// dist/apps-script/Sidebar.html: the shared forms and the google.script.run host adapter
// (apps-script/sidebar-client.ts) bundled into ONE self-contained page — script and styles inline,
// nothing loaded from elsewhere — that HtmlService serves as the sidebar of every form.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, DIST, ROOT, write } from '../lib.mjs';
import { stripDocsPlugin, stripRunPlugin } from '../strip-docs.mjs';

/**
 * The sidebar page's target (bench/RESULTS.md: sidebar / task pane HTML ≤ 150 KB), reported met or
 * missed, and the ceiling past which the build fails. With every form of the method (~25) the page is
 * over the target: what remains is the forms themselves, the schema's headers in three languages and
 * the uniqueness check that runs as the user types (its Traditional → Simplified table alone is 17 KB).
 */
const TARGET = 150 * 1024;
const BUDGET = 250 * 1024;

/** Text safe inside a <script> / <style> element: no closing tag, no HTML comment opener. */
function inline(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1').replace(/<!--/g, '<\\!--');
}

export default async function () {
  const tmp = join(DIST, '.tmp', 'apps-script-sidebar.js');
  await bundle({
    entryPoints: [join(ROOT, 'apps-script/sidebar-client.ts')],
    outfile: tmp,
    format: 'iife',
    platform: 'browser',
    // The sidebar only shows the forms and sends them to the server (kaSubmit), which runs the
    // command: the commands' run bodies, and the model code only they use, stay out of the page.
    plugins: [stripRunPlugin(), stripDocsPlugin()],
  });
  const js = readFileSync(tmp, 'utf8');
  const cssFile = join(DIST, 'ui', 'forms.css');
  let css = '';
  if (existsSync(cssFile)) css = readFileSync(cssFile, 'utf8');
  else {
    const tmpCss = join(DIST, '.tmp', 'apps-script-forms.css');
    await bundle({ entryPoints: [join(ROOT, 'ui/forms.css')], outfile: tmpCss, loader: { '.css': 'css' } });
    css = readFileSync(tmpCss, 'utf8');
  }
  if (/<\?/.test(js) || /<\?/.test(css)) {
    // Served with createHtmlOutputFromFile (not as a template), but keep the page template-safe too.
    console.warn('  apps-script: the sidebar bundle contains "<?" (harmless: the page is not evaluated as a template)');
  }
  const html = `<!DOCTYPE html>
<html>
<head>
<base target="_top">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
${inline(css, 'style')}
body { margin: 0; }
</style>
</head>
<body>
<div id="ka-root"></div>
<script>
${inline(js, 'script')}
</script>
</body>
</html>
`;
  if (/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(html.replace(/<script>[\s\S]*<\/script>/, ''))) {
    throw new Error('apps-script: Sidebar.html must not load anything from a network address');
  }
  write(join(DIST, 'apps-script', 'Sidebar.html'), html);
  const size = Buffer.byteLength(html);
  console.log(`  apps-script: dist/apps-script/Sidebar.html ${(size / 1024).toFixed(1)} KB (target ${TARGET / 1024} KB: ${size <= TARGET ? 'met' : 'missed'}; ceiling ${BUDGET / 1024} KB)`);
  if (size > BUDGET) throw new Error(`apps-script: Sidebar.html is ${size} bytes, over the ${BUDGET}-byte ceiling of a sidebar page`);
}
