// dist/excel-addin/functions.js, functions.json (and functions.zh-CN.json): the catalogue for Excel.
// functions.json is produced by Microsoft's custom-functions-metadata from a generated, JSDoc'd
// declaration file; its errors fail the build (its CLI would exit 0 on them).
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';
import { bundle, DIST, importTs, ROOT, write } from '../lib.mjs';

const oneLine = (s) => s.replace(/\*\//g, '* /').replace(/\s+/g, ' ');

/** The TypeScript declarations custom-functions-metadata reads (one per catalogue function). */
export function declarations(CATALOGUE, describe) {
  return CATALOGUE.map((f) => {
    const jsdoc = [oneLine(describe(f, 'en', 'KA.')), `@customfunction ${f.name} ${f.name}`];
    const sig = [];
    for (const p of f.params) {
      const type = p.shape === 'scalar' ? 'any' : 'any[][]';
      jsdoc.push(`@param {${type}} ${p.optional ? `[${p.name}]` : p.name} ${oneLine(p.help.en)}`);
      sig.push(`${p.name}${p.optional ? '?' : ''}: ${type}`);
    }
    const scalar = f.kind === 'fold' && f.result === 'scalar';
    jsdoc.push(`@returns {${scalar ? 'any' : 'any[][]'}} ${scalar ? 'A value' : 'A range of results'}`);
    return `/**\n${jsdoc.map((l) => ' * ' + l).join('\n')}\n */\nexport function ${f.name}(${sig.join(', ')}): ${scalar ? 'any' : 'any[][]'} {\n  throw new Error('declaration only');\n}\n`;
  }).join('\n');
}

export default async function () {
  const out = join(DIST, 'excel-addin');
  const { CATALOGUE } = await importTs('core/functions/catalogue.ts');
  const { describe } = await importTs('core/functions/help.ts');

  const declFile = join(DIST, '.tmp', 'excel-functions.ts');
  write(declFile, declarations(CATALOGUE, describe));
  const result = await generateCustomFunctionsMetadata(declFile, false);
  if (result.errors.length) {
    throw new Error('custom-functions-metadata reported errors:\n' + result.errors.join('\n'));
  }
  const meta = JSON.parse(result.metadataJson);
  write(join(out, 'functions.json'), JSON.stringify(meta, null, 2));

  // Chinese metadata: same ids and names, Chinese descriptions (the manifest overrides the URL for zh-CN).
  const byName = new Map(CATALOGUE.map((f) => [f.name, f]));
  const zh = structuredClone(meta);
  for (const fn of zh.functions) {
    const spec = byName.get(fn.id);
    fn.description = describe(spec, 'zh', 'KA.');
    for (const p of fn.parameters) p.description = spec.params.find((q) => q.name === p.name).help.zh;
  }
  write(join(out, 'functions.zh-CN.json'), JSON.stringify(zh, null, 2));

  await bundle({ entryPoints: [join(ROOT, 'excel-addin/functions.ts')], outfile: join(out, 'functions.js'), format: 'iife', platform: 'browser' });
}
