// dist/excel-addin/functions.js, functions.json (and functions.zh-CN.json, functions.zh-TW.json): the
// catalogue for Excel. functions.json is produced by Microsoft's custom-functions-metadata from a
// generated, JSDoc'd declaration file; its errors fail the build (its CLI would exit 0 on them).
// `allowCustomDataForDataTypeAny` (the tool's default: true) is written as false: with it, a cell holding
// an Excel data type (a linked entity, a formatted number…) reaches an `any` parameter as an object
// instead of its basic value (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-data-types-concepts),
// which no catalogue function reads.
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';
import { bundle, DIST, importTs, ROOT, write } from '../lib.mjs';
import { stripDocsPlugin } from '../strip-docs.mjs';

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
  const meta = { ...JSON.parse(result.metadataJson), allowCustomDataForDataTypeAny: false };
  write(join(out, 'functions.json'), JSON.stringify(meta, null, 2));

  // Chinese metadata: same ids and names, Simplified / Traditional descriptions (the manifest overrides
  // the URL for zh-CN and zh-TW), from the same catalogue.
  const { paramHelp } = await importTs('core/functions/help.ts');
  const byName = new Map(CATALOGUE.map((f) => [f.name, f]));
  for (const [lang, file] of [['zh', 'functions.zh-CN.json'], ['zhHant', 'functions.zh-TW.json']]) {
    const local = structuredClone(meta);
    for (const fn of local.functions) {
      const spec = byName.get(fn.id);
      fn.description = describe(spec, lang, 'KA.');
      for (const p of fn.parameters) p.description = paramHelp(spec.params.find((q) => q.name === p.name), lang);
    }
    write(join(out, file), JSON.stringify(local, null, 2));
  }

  // Help and examples live in functions.json and its localised copies, not in the code (strip-docs.mjs).
  await bundle({ entryPoints: [join(ROOT, 'excel-addin/functions.ts')], outfile: join(out, 'functions.js'), format: 'iife', platform: 'browser', plugins: [stripDocsPlugin()] });
}
