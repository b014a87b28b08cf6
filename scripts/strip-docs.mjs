// The catalogue's documentation kept out of what runs in the hosts. Each function spec carries its
// help (three languages), its parameters' help and its worked examples; the hosts read them only at
// build time (Sheets' @customfunction JSDoc and Help page, Excel's functions.json), yet bundled they
// make up a third of the Apps Script file, which Apps Script loads for every execution — each custom
// function call too. `stripDocs` blanks those values in a spec file's source; `stripDocsPlugin`
// applies it to core/functions/ in a host's runtime bundle. Tests and the preview keep them.

/** Skips a string, template or comment starting at `i`; returns the index after it (or `i` when none starts there). */
function skipLiteral(src, i) {
  const ch = src[i];
  if (ch === '"' || ch === "'") {
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === '\\') j++;
      else if (src[j] === ch) return j + 1;
      else if (src[j] === '\n') break;
    }
    throw new Error(`strip-docs: unterminated string at ${i}`);
  }
  if (ch === '`') {
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === '\\') j++;
      else if (src[j] === '`') return j + 1;
      else if (src[j] === '$' && src[j + 1] === '{') j = skipBalanced(src, j + 1) - 1;
    }
    throw new Error(`strip-docs: unterminated template at ${i}`);
  }
  if (ch === '/' && src[i + 1] === '/') {
    const e = src.indexOf('\n', i);
    return e < 0 ? src.length : e;
  }
  if (ch === '/' && src[i + 1] === '*') {
    const e = src.indexOf('*/', i + 2);
    if (e < 0) throw new Error(`strip-docs: unterminated comment at ${i}`);
    return e + 2;
  }
  if (ch === '/' && regexMayStart(src, i)) {
    let inClass = false;
    for (let j = i + 1; j < src.length; j++) {
      const c = src[j];
      if (c === '\\') j++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) return j + 1;
      else if (c === '\n') break;
    }
    return i; // a division after all
  }
  return i;
}

/** Whether a `/` at `i` starts a regular expression: what precedes it cannot end an operand. */
function regexMayStart(src, i) {
  let k = i - 1;
  while (k >= 0 && /\s/.test(src[k])) k--;
  if (k < 0) return true;
  if ('(,=:[!&|?{};+-*%<>~^'.includes(src[k])) return true;
  const word = /[A-Za-z_$]+$/.exec(src.slice(Math.max(0, k - 10), k + 1));
  return !!word && ['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'void'].includes(word[0]);
}

/** The index after the bracket group opening at `i` (`{`, `[` or `(`), strings and comments skipped. */
function skipBalanced(src, i) {
  const open = src[i];
  const close = { '{': '}', '[': ']', '(': ')' }[open];
  if (!close) throw new Error(`strip-docs: no bracket at ${i}`);
  let depth = 0;
  for (let j = i; j < src.length; ) {
    const after = skipLiteral(src, j);
    if (after !== j) {
      j = after;
      continue;
    }
    const c = src[j];
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) {
        if (c !== close) throw new Error(`strip-docs: ${open} at ${i} closed by ${c} at ${j}`);
        return j + 1;
      }
    }
    j++;
  }
  throw new Error(`strip-docs: ${open} at ${i} never closed`);
}

/**
 * The source with the value of every `help: {…}`, `explain: {…}` and `examples: […]` property blanked
 * (`help: void 0`, `examples: []`); everything else, strings and comments included, as it was. Only
 * literal values are blanked (a `help: SHARED_HELP` reference stays).
 */
export function stripDocs(src) {
  let out = '';
  let i = 0;
  const key = /(?<![\w$.])(help|explain|examples)\s*:\s*/y;
  while (i < src.length) {
    const after = skipLiteral(src, i);
    if (after !== i) {
      out += src.slice(i, after);
      i = after;
      continue;
    }
    key.lastIndex = i;
    const m = key.exec(src);
    if (m && (src[key.lastIndex] === '{' || src[key.lastIndex] === '[')) {
      const start = key.lastIndex;
      const end = skipBalanced(src, start);
      const blank = m[1] === 'examples' ? '[]' : 'void 0';
      // keep the line count (source maps, error positions) by keeping the newlines of what goes
      out += m[0] + blank + src.slice(start, end).replace(/[^\n]/g, '');
      i = end;
      continue;
    }
    out += src[i];
    i++;
  }
  return out;
}

/** The end of an expression starting at `i`: the first `,` `;` or closing bracket at its own depth. */
function expressionEnd(src, i) {
  for (let j = i; j < src.length; ) {
    const after = skipLiteral(src, j);
    if (after !== j) {
      j = after;
      continue;
    }
    const c = src[j];
    if (c === '{' || c === '[' || c === '(') {
      j = skipBalanced(src, j);
      continue;
    }
    if (c === ',' || c === ';' || c === '}' || c === ']' || c === ')') return j;
    j++;
  }
  return src.length;
}

/** Whether the last non-blank character before `i` opens or continues an object literal's properties. */
function atProperty(src, i) {
  let k = i - 1;
  while (k >= 0 && /\s/.test(src[k])) k--;
  return k >= 0 && (src[k] === '{' || src[k] === ',');
}

/**
 * The source with every `run(…) { … }` method of an object literal (a command spec's body) replaced
 * by `run: void 0`: for a page that only shows forms and sends them to a server that runs the
 * command (the Sheets sidebar), the bodies and the model code only they use are dead weight.
 */
export function stripRun(src) {
  let out = '';
  let i = 0;
  const key = /(?<![\w$.])run\s*(?=\()/y;
  const arrow = /(?<![\w$.])run\s*:\s*(?:async\s*)?(?=\()/y;
  while (i < src.length) {
    const after = skipLiteral(src, i);
    if (after !== i) {
      out += src.slice(i, after);
      i = after;
      continue;
    }
    arrow.lastIndex = i;
    if (arrow.exec(src) && atProperty(src, i)) {
      // run: (…) => { … }   or   run: (…) => expression
      let j = skipBalanced(src, arrow.lastIndex);
      const m = /^\s*(?::[^=]*?)?=>\s*/.exec(src.slice(j));
      if (m) {
        j += m[0].length;
        const end = src[j] === '{' ? skipBalanced(src, j) : expressionEnd(src, j);
        out += 'run: void 0' + src.slice(i, end).replace(/[^\n]/g, '');
        i = end;
        continue;
      }
    }
    key.lastIndex = i;
    if (key.exec(src) && atProperty(src, i)) {
      const params = skipBalanced(src, key.lastIndex);
      let j = params;
      // an optional return type annotation, up to the body's brace
      if (/^\s*:/.test(src.slice(j, j + 40))) while (j < src.length && src[j] !== '{') j++;
      while (j < src.length && /\s/.test(src[j])) j++;
      if (src[j] === '{') {
        const end = skipBalanced(src, j);
        out += 'run: void 0' + src.slice(i, end).replace(/[^\n]/g, '');
        i = end;
        continue;
      }
    }
    out += src[i];
    i++;
  }
  return out;
}

/** An esbuild plugin loading the source files of core/`folder`/ (tests aside) through `transform`. */
function sourcePlugin(name, folder, transform) {
  const filter = new RegExp(`[\\\\/]core[\\\\/]${folder}[\\\\/][^\\\\/]+\\.ts$`);
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        if (/\.test\.ts$/.test(args.path)) return undefined;
        const { readFile } = await import('node:fs/promises');
        return { contents: transform(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}

/** esbuild plugin: core/commands/*.ts loaded without their `run` bodies — for the Sheets sidebar. */
export function stripRunPlugin() {
  return sourcePlugin('strip-run', 'commands', stripRun);
}

/** esbuild plugin: core/functions/*.ts loaded with their documentation blanked. */
export function stripDocsPlugin() {
  return sourcePlugin('strip-docs', 'functions', stripDocs);
}
