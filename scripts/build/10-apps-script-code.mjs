// dist/apps-script/Code.js: the bundle as `var KA`, then one top-level function per export of
// apps-script/main.ts, per command of core's list (`kaForm_<name>`, what the menu calls) and per
// catalogue function (with `@customfunction` JSDoc), since Apps Script sees only top-level function
// declarations. Nothing in it touches a Google service at load time.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { bundle, DIST, importTs, ROOT, write } from '../lib.mjs';
import { stripDocsPlugin } from '../strip-docs.mjs';

function jsdocText(s) {
  return s.replace(/\*\//g, '* /').replace(/\s+/g, ' ');
}

export default async function () {
  const out = join(DIST, 'apps-script');
  const tmp = join(DIST, '.tmp', 'apps-script.js');
  // The catalogue's help and examples stay out of the bundle (strip-docs.mjs): they reach users as the
  // functions' JSDoc below and as the Help pages (Help_<lang>.html, loaded only when Help is opened).
  await bundle({ entryPoints: [join(ROOT, 'apps-script/main.ts')], outfile: tmp, format: 'iife', globalName: 'KA', platform: 'neutral', plugins: [stripDocsPlugin()] });
  // The standard globals the bundle uses are handed in as parameters of one wrapper function, so the
  // bundle reaches them as local bindings rather than by global lookup: the same objects and the same
  // semantics, but a global lookup is slow where the global object is intercepted (node:vm, as our
  // host fake and the benchmark load this file), and costs a little everywhere on hot loops.
  const GLOBALS = ['Math', 'Number', 'Date', 'Map', 'Set', 'Array', 'String', 'Object', 'JSON', 'Symbol', 'RegExp', 'Error', 'TypeError', 'Uint8Array', 'Int32Array', 'Float64Array', 'isFinite', 'parseInt', 'parseFloat'];
  const code = `var KA = (function (${GLOBALS.join(', ')}) {\n${readFileSync(tmp, 'utf8')}return KA;\n})(${GLOBALS.join(', ')});\n`;

  // The exports, read by loading the bundle the way Apps Script does: with no services at all.
  const sandbox = {};
  vm.runInNewContext(code, sandbox);
  const exported = Object.keys(sandbox.KA).filter((k) => typeof sandbox.KA[k] === 'function' && k !== 'customFunction');

  const { CATALOGUE } = await importTs('core/functions/catalogue.ts');
  const { COMMAND_NAMES } = await importTs('core/commands/index.ts');
  const { formGlobal } = await importTs('apps-script/form-globals.ts');
  const { describe, bilingual } = await importTs('core/functions/help.ts');
  const stubs = [];
  for (const name of exported) {
    stubs.push(`function ${name}() { return KA.${name}.apply(this, arguments); }`);
  }
  for (const name of COMMAND_NAMES) {
    stubs.push(`function ${formGlobal(name)}() { return KA.kaCommand(${JSON.stringify(name)}); }`);
  }
  for (const f of CATALOGUE) {
    const params = f.params.map((p) => p.name);
    const lines = [`${jsdocText(describe(f, 'en'))}`, `${jsdocText(describe(f, 'zh'))}`, ''];
    for (const p of f.params) {
      const type = p.shape === 'scalar' ? 'number|string' : `${p.sample}`;
      const name = p.optional ? `[${p.name}]` : p.name;
      lines.push(`@param {${type}} ${name} ${jsdocText(bilingual(p.help))}`);
    }
    lines.push(`@return ${f.kind === 'fold' && f.result === 'scalar' ? 'A number / 一个数值' : 'A range of results / 结果区域'}`);
    lines.push('@customfunction');
    stubs.push(`/**\n${lines.map((l) => (' * ' + l).trimEnd()).join('\n')}\n */\nfunction ${f.name}(${params.join(', ')}) {\n  return KA.customFunction('${f.name}', Array.prototype.slice.call(arguments));\n}`);
  }
  write(join(out, 'Code.js'), `${code}\n${stubs.join('\n\n')}\n`);

  // Help › the catalogue, one page per language (apps-script/sidebar.ts shows the user's).
  const { HELP_PAGES, helpPage } = await importTs('apps-script/help-page.ts');
  for (const [lang, file] of Object.entries(HELP_PAGES)) write(join(out, `${file}.html`), helpPage(CATALOGUE, lang, describe));
  copyFileSync(join(ROOT, 'appsscript.json'), join(out, 'appsscript.json'));
}
