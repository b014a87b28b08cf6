/**
 * Reading a column whose texts repeat (stages such as "03 全面掌握客户组织关系", owners, text
 * amounts): each distinct text is parsed once, then looked up, so a million rows cost a million
 * map lookups rather than a million parses. Numbers, dates and blanks go straight to `need`.
 */
import { need } from './run';
import type { Ctx, ElemType } from './spec';

/** Distinct texts remembered per column (a column of unique junk must not grow without bound). */
const MAX_REMEMBERED = 10000;

export class ColumnReader {
  private readonly seen = new Map<string, unknown>();

  constructor(
    private readonly type: ElemType,
    private readonly arg: string,
    private readonly ctx: Ctx,
  ) {}

  /** The cell of row `row` (1-based) read as the column's type; a bad value fails the call naming the row. */
  read(v: unknown, row: number): any {
    if (v instanceof Date) return this.readDate(v, row);
    if (typeof v !== 'string') return need(this.type, v, this.arg, row, this.ctx);
    const known = this.seen.get(v);
    if (known !== undefined) return known;
    const r = need(this.type, v, this.arg, row, this.ctx);
    if (r !== undefined && this.seen.size < MAX_REMEMBERED) this.seen.set(v, r);
    return r;
  }

  private readonly days = new Map<number, unknown>();

  /** Dates repeat too, and reading a calendar day in the local time zone is not cheap. */
  private readDate(v: Date, row: number): unknown {
    const ms = v.getTime();
    const known = this.days.get(ms);
    if (known !== undefined) return known;
    const r = need(this.type, v, this.arg, row, this.ctx);
    if (r !== undefined && !Number.isNaN(ms) && this.days.size < MAX_REMEMBERED) this.days.set(ms, r);
    return r;
  }
}
