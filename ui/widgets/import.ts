/**
 * The Import forms (importCustomers / importOpportunities): pick a list — a sheet or a range of it
 * (Sheets, Excel: the host reads its values once, never changes it) or a .xlsx / .csv file (the
 * preview) — then see its headers mapped to the register's columns (each one a drop-down the user may
 * change), and core's plan: how many rows are new, the duplicates with the record each matches (a box
 * to import one as a different company), the rows with errors. Save imports; the plan is core's
 * `importPlan` view, the import core's command, so nothing here decides.
 */
import type { CommandSpec, FieldSpec } from '../../core/commands/types';
import type { ImportDuplicate, ImportProblem } from '../../core/commands/import-rows';
import { fill, t, type L10n } from '../../core/i18n';
import { clipped, CLIP_LIST, el, replace, uid } from '../dom';
import { fieldRow, type FieldView } from '../fields';
import type { FormState, WidgetCtx } from '../form-types';
import type { SourceValues } from '../host';
import { registerWidget } from '../widget-registry';

const T = {
  sheet: { en: 'Sheet', zh: '工作表', zhHant: '工作表' },
  range: { en: 'Range (blank = the whole sheet)', zh: '区域(留空 = 整个工作表)', zhHant: '範圍(留空 = 整個工作表)' },
  read: { en: 'Read the list', zh: '读取列表', zhHant: '讀取清單' },
  reading: { en: 'Reading…', zh: '正在读取…', zhHant: '正在讀取…' },
  file: { en: 'File (.xlsx or .csv)', zh: '文件(.xlsx 或 .csv)', zhHant: '檔案(.xlsx 或 .csv)' },
  fileSheet: { en: 'Sheet of the file', zh: '文件中的工作表', zhHant: '檔案中的工作表' },
  readFailed: { en: 'Could not read the list: {reason}', zh: '无法读取列表:{reason}', zhHant: '無法讀取清單:{reason}' },
  read1: { en: '{name}: {rows} rows read.', zh: '{name}:已读取 {rows} 行。', zhHant: '{name}:已讀取 {rows} 列。' },
  noSources: { en: 'No sheet to import from.', zh: '没有可导入的工作表。', zhHant: '沒有可匯入的工作表。' },
  notRead: { en: 'Read a list first.', zh: '请先读取列表。', zhHant: '請先讀取清單。' },
  checking: { en: 'Checking the list against the register…', zh: '正在对照登记表检查列表…', zhHant: '正在對照登記表檢查清單…' },
  notImported: { en: '— not imported —', zh: '— 不导入 —', zhHant: '— 不匯入 —' },
  headerOf: { en: 'Column “{header}”', zh: '列“{header}”', zhHant: '欄「{header}」' },
  summary: {
    en: 'Rows: {total}. To add: {adds}; duplicates left out: {dups}; rows with errors: {invalid}.',
    zh: '共 {total} 行:新增 {adds} 行,略过重复 {dups} 行,有错误 {invalid} 行。',
    zhHant: '共 {total} 列:新增 {adds} 列,略過重複 {dups} 列,有錯誤 {invalid} 列。',
  },
  dupTitle: { en: 'Duplicates found ({count})', zh: '发现的重复项({count})', zhHant: '發現的重複項({count})' },
  kind: {
    same: { en: 'likely duplicate of', zh: '可能重复:', zhHant: '可能重複:' },
    branch: { en: 'a branch of', zh: '分支机构,属于', zhHant: '分支機構,屬於' },
    possible: { en: 'imported; looks like', zh: '将导入;与以下相似', zhHant: '將匯入;與以下相似' },
  } as Record<string, L10n>,
  rowN: { en: 'Row {row}', zh: '第 {row} 行', zhHant: '第 {row} 列' },
  inList: { en: 'row {row} of this list', zh: '本列表第 {row} 行', zhHant: '本清單第 {row} 列' },
  importAnyway: { en: 'Import as a different one', zh: '作为不同记录导入', zhHant: '作為不同記錄匯入' },
  errorsTitle: { en: 'Rows with errors ({count})', zh: '有错误的行({count})', zhHant: '有錯誤的列({count})' },
  more: { en: '… and {count} more', zh: '……另有 {count} 项', zhHant: '……另有 {count} 項' },
} satisfies Record<string, L10n | Record<string, L10n>>;

/** The plan as the view sends it (it may have crossed google.script.run). */
interface PlanView {
  table: string;
  headers?: string[];
  mapping?: (string | null)[];
  columns?: { key: string; label: L10n; required: boolean }[];
  total?: number;
  adds?: number;
  duplicates?: ImportDuplicate[];
  invalid?: ImportProblem[];
  errors?: { field: string; message: L10n }[];
}

const LIST_MAX = 50;
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));
const isImport = (c: CommandSpec) => c.name === 'importCustomers' || c.name === 'importOpportunities';
const target = (c: CommandSpec) => (c.name === 'importOpportunities' ? 'opportunities' : 'customers');
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** What the widget keeps between renders of one form (the read sheets of a file, the last plan). */
interface ImportMemo {
  files?: SourceValues[];
  plan?: PlanView | null;
  planFor?: unknown;
  note?: string | null;
  error?: string | null;
  busy?: boolean;
}
const memos = new WeakMap<FormState, ImportMemo>();
const memoOf = (s: FormState) => {
  let m = memos.get(s);
  if (!m) memos.set(s, (m = {}));
  return m;
};

/** Sets the list read into the form's values (a new list clears the mapping and the confirmations). */
function useSource(ctx: WidgetCtx, src: SourceValues) {
  ctx.values.values = src.values;
  ctx.values.source = src.name;
  ctx.values.firstRow = src.firstRow;
  delete ctx.values.mapping;
  delete ctx.values.include;
  const m = memoOf(ctx.state);
  m.plan = null;
  m.note = t(fill(T.read1, { name: src.name, rows: Math.max(0, src.values.length - 1).toLocaleString('en-US') }), ctx.lang);
  m.error = null;
  ctx.changed('values');
  ctx.env.rerender();
}

function sourceField(spec: FieldSpec, ctx: WidgetCtx): FieldView {
  const { lang, host } = ctx;
  const memo = memoOf(ctx.state);
  if (ctx.state.success && !Array.isArray(ctx.values.values)) {
    // Imported: the form starts over.
    memo.note = null;
    memo.error = null;
    memo.files = undefined;
  }
  const id = uid('src');
  const status = el('p', { class: memo.error ? 'ka-error' : 'ka-note', role: 'status', 'aria-live': 'polite' }, memo.error ?? memo.note ?? '');
  const fail = (e: unknown) => {
    memo.error = t(fill(T.readFailed, { reason: reason(e) }), lang);
    memo.busy = false;
    ctx.env.rerender();
  };
  let control: HTMLElement;
  let focusable: HTMLElement;
  if (host.readFile) {
    const input = el('input', { type: 'file', id, accept: '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }) as HTMLInputElement;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      memo.note = t(T.reading, lang);
      memo.error = null;
      replace(status, memo.note);
      host.readFile!(file).then((sheets) => {
        memo.files = sheets;
        if (!sheets.length) throw new Error(t(T.noSources, lang));
        useSource(ctx, sheets[0]);
      }, fail).catch(fail);
    });
    const files = memo.files ?? [];
    const pick =
      files.length > 1
        ? el(
            'label',
            { class: 'ka-label' },
            t(T.fileSheet, lang),
            el(
              'select',
              { 'data-import': 'file-sheet', onchange: (ev: Event) => useSource(ctx, files[Number((ev.target as HTMLSelectElement).value)]) },
              ...files.map((f, i) => el('option', { value: String(i), selected: f.name === ctx.values.source }, f.name)),
            ),
          )
        : null;
    control = el('div', { class: 'ka-import-source' }, input, pick, status);
    focusable = input;
  } else {
    const select = el('select', { id, 'data-import': 'sheet' }, el('option', { value: '' }, t(T.reading, lang))) as HTMLSelectElement;
    const range = el('input', { type: 'text', 'data-import': 'range', placeholder: 'A1:F500', 'aria-label': t(T.range, lang) }) as HTMLInputElement;
    const button = el('button', { type: 'button', class: 'ka-secondary', 'data-import': 'read' }, t(T.read, lang)) as HTMLButtonElement;
    if (host.importSources)
      host.importSources().then((sheets) => {
        replace(select, ...(sheets.length ? sheets.map((s) => el('option', { value: s.name }, s.name)) : [el('option', { value: '' }, t(T.noSources, lang))]));
      }, fail);
    button.addEventListener('click', () => {
      if (!host.readSource || !select.value) return;
      button.disabled = true;
      replace(status, t(T.reading, lang));
      host.readSource(select.value, range.value.trim() || undefined).then((src) => useSource(ctx, src), fail);
    });
    control = el(
      'div',
      { class: 'ka-import-source' },
      el('label', { class: 'ka-label', for: id }, t(T.sheet, lang)),
      select,
      el('label', { class: 'ka-label' }, t(T.range, lang), range),
      button,
      status,
    );
    focusable = select;
  }
  const view = fieldRow(spec, lang, id, control, focusable);
  return {
    ...view,
    validate: () => (Array.isArray(ctx.values.values) ? null : T.notRead),
  };
}

function mappingField(spec: FieldSpec, ctx: WidgetCtx): FieldView {
  const { lang, host, values } = ctx;
  const memo = memoOf(ctx.state);
  const id = uid('map');
  const body = el('div', { class: 'ka-import-plan', id, 'aria-live': 'polite' });
  if (!Array.isArray(values.values)) {
    replace(body, el('h3', { class: 'ka-sub' }, t(spec.label, lang)), el('p', { class: 'ka-note' }, t(T.notRead, lang)));
    return fieldRow(spec, lang, id, body, body, true);
  }
  const input = () => ({ table: target(ctx.command), values: values.values, mapping: values.mapping, include: values.include });
  const key = () => JSON.stringify([values.mapping ?? null, values.include ?? null, values.source ?? null, (values.values as unknown[]).length]);
  const draw = (plan: PlanView) => {
    const headers = plan.headers ?? [];
    const mapping = plan.mapping ?? [];
    const columns = plan.columns ?? [];
    const selects = headers.map((h, j) =>
      el(
        'label',
        { class: 'ka-import-col' },
        el('span', { class: 'ka-import-header' }, t(fill(T.headerOf, { header: h || `#${j + 1}` }), lang)),
        el(
          'select',
          {
            'data-import-col': String(j),
            onchange: (ev: Event) => {
              const next = headers.map((_, k) => (k === j ? (ev.target as HTMLSelectElement).value : mapping[k] ?? ''));
              values.mapping = next;
              ctx.changed('mapping');
              refresh();
            },
          },
          el('option', { value: '', selected: !mapping[j] }, t(T.notImported, lang)),
          ...columns.map((c) => el('option', { value: c.key, selected: mapping[j] === c.key }, t(c.label, lang) + (c.required ? ' *' : ''))),
        ),
      ),
    );
    const parts: (HTMLElement | null)[] = [el('h3', { class: 'ka-sub' }, t(spec.label, lang)), el('div', { class: 'ka-import-cols' }, ...selects)];
    for (const e of plan.errors ?? []) parts.push(clipped('p', { class: 'ka-error', role: 'alert' }, t(e.message, lang)));
    if (plan.adds !== undefined) {
      const dups = plan.duplicates ?? [];
      const held = dups.filter((d) => d.kind !== 'possible' && !d.included).length;
      const invalid = plan.invalid ?? [];
      parts.push(el('p', { class: 'ka-score', 'data-import': 'summary' }, t(fill(T.summary, { total: plan.total ?? 0, adds: plan.adds, dups: held, invalid: invalid.length }), lang)));
      if (dups.length) {
        const include = new Set(Array.isArray(values.include) ? (values.include as number[]) : []);
        parts.push(
          el('h3', { class: 'ka-sub' }, t(fill(T.dupTitle, { count: dups.length }), lang)),
          el(
            'ul',
            { class: 'ka-import-dups' },
            ...dups.slice(0, LIST_MAX).map((d) => {
              const m = d.matches[0];
              const what = m ? (m.inList ? t(fill(T.inList, { row: m.row }), lang) : `${m.id} ${m.name}${m.manager ? ` (${m.manager})` : ''}`) : '';
              const box =
                d.kind === 'possible'
                  ? null
                  : el(
                      'label',
                      { class: 'ka-check' },
                      el('input', {
                        type: 'checkbox',
                        'data-import-include': String(d.row),
                        checked: include.has(d.row),
                        onchange: (ev: Event) => {
                          const on = (ev.target as HTMLInputElement).checked;
                          if (on) include.add(d.row);
                          else include.delete(d.row);
                          values.include = [...include].sort((a, b) => a - b);
                          ctx.changed('include');
                          refresh();
                        },
                      }),
                      t(T.importAnyway, lang),
                    );
              return el(
                'li',
                { 'data-import-dup': String(d.row), 'data-kind': d.kind },
                clipped('span', {}, `${t(fill(T.rowN, { row: d.row }), lang)}: ${d.name} — ${t(T.kind[d.kind], lang)} ${what}${m && !m.inList ? ` · ${pct(m.similarity)}` : ''}`, CLIP_LIST * 2),
                box,
              );
            }),
            dups.length > LIST_MAX ? el('li', {}, t(fill(T.more, { count: dups.length - LIST_MAX }), lang)) : null,
          ),
        );
      }
      if (invalid.length) {
        const lines = invalid.flatMap((p) => p.errors.map((e) => `${t(fill(T.rowN, { row: p.row }), lang)}, ${t(e.column, lang)}: ${t(e.message, lang)}`));
        parts.push(
          el('h3', { class: 'ka-sub' }, t(fill(T.errorsTitle, { count: invalid.length }), lang)),
          el('ul', { class: 'ka-import-errors' }, ...lines.slice(0, LIST_MAX).map((l) => clipped('li', {}, l, CLIP_LIST * 2)), lines.length > LIST_MAX ? el('li', {}, t(fill(T.more, { count: lines.length - LIST_MAX }), lang)) : null),
        );
      }
    }
    replace(body, ...parts);
  };
  const refresh = () => {
    const k = key();
    memo.planFor = k;
    replace(body, el('p', { class: 'ka-note' }, t(T.checking, lang)));
    host.view('importPlan', input()).then(
      (v) => {
        if (memo.planFor !== k) return;
        memo.plan = v as PlanView;
        if (!Array.isArray(values.mapping) && Array.isArray(memo.plan.mapping)) values.mapping = memo.plan.mapping.map((x) => x ?? '');
        draw(memo.plan);
      },
      (e) => replace(body, el('p', { class: 'ka-error', role: 'alert' }, t(fill(T.readFailed, { reason: reason(e) }), lang))),
    );
  };
  // The warnings of a refused import carry the plan as the command saw it.
  const refused = (ctx.state.warnings as { plan?: PlanView } | undefined)?.plan;
  if (refused) {
    memo.plan = refused;
    memo.planFor = key();
  }
  if (memo.plan && memo.planFor === key()) draw(memo.plan);
  else refresh();
  return fieldRow(spec, lang, id, body, body, true);
}

registerWidget({
  field(spec, ctx) {
    if (!isImport(ctx.command)) return null;
    if (spec.type === 'source') return sourceField(spec, ctx);
    if (spec.type === 'mapping') return mappingField(spec, ctx);
    return null;
  },
});
