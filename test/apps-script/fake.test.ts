/** The fake Apps Script runtime itself behaves as Google documents the real one. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { a1ToR1c1, columnLetters, columnNumber, parseA1, r1c1ToA1 } from './fake/a1';
import { pushOrder, Runtime } from './fake/runtime';
import { counting, parseEntered } from './fake/spreadsheet';
import { instantOf, wallClock } from './fake/zone';

/** A throw-away project folder with the given files. */
function project(files: Record<string, string>, manifest: object = { runtimeVersion: 'V8' }) {
  const dir = mkdtempSync(join(tmpdir(), 'ka-fake-'));
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('A1 and R1C1', () => {
  it('column letters both ways', () => {
    for (const [n, l] of [[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA']] as const) {
      expect(columnLetters(n)).toBe(l);
      expect(columnNumber(l)).toBe(n);
    }
  });

  it('ranges: cells, blocks, open-ended, whole columns and rows, quoted sheets', () => {
    expect(parseA1('B3')).toEqual({ sheet: undefined, row: 3, col: 2, row2: 3, col2: 2 });
    expect(parseA1('C4:A1')).toMatchObject({ row: 1, col: 1, row2: 4, col2: 3 });
    expect(parseA1('A2:K')).toMatchObject({ row: 2, col: 1, row2: null, col2: 11 });
    expect(parseA1('A:K')).toMatchObject({ row: 1, col: 1, row2: null, col2: 11 });
    expect(parseA1('2:4')).toMatchObject({ row: 2, row2: 4, col2: null });
    expect(parseA1("'My ''team'''!$A$1")).toMatchObject({ sheet: "My 'team'", row: 1, col: 1 });
    expect(() => parseA1('A0')).toThrow();
    expect(() => parseA1('hello world')).toThrow();
  });

  it('R1C1 formulas become A1 relative to their cell, and back', () => {
    expect(r1c1ToA1('=R[-1]C+RC[-1]', 5, 3)).toBe('=C4+B5');
    expect(r1c1ToA1('=SUM(R2C1:R[-1]C1)&"R1C1"', 10, 4)).toBe('=SUM($A$2:$A9)&"R1C1"');
    expect(a1ToR1c1('=C4+B5', 5, 3)).toBe('=R[-1]C+RC[-1]');
  });
});

describe('the spreadsheet', () => {
  const rt = () => new Runtime({ dir: project({ 'Code.js': 'function f(){}' }) });

  it('setValues checks the shape like Sheets, and ranges outside the sheet throw', () => {
    const sheet = rt().ss.getActiveSheet();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions/);
    sheet.getRange('A1:B1').setValues([[1, 'x']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1, 'x', '']]);
  });

  it('text is read like typed input; an apostrophe keeps it text', () => {
    expect(parseEntered('=1+1', undefined)).toEqual({ value: '', formula: '=1+1' });
    expect(parseEntered("'=1+1", undefined)).toEqual({ value: '=1+1' });
    expect(parseEntered('-x', undefined).formula).toBe('=-x');
    expect(parseEntered('1,200', undefined).value).toBe(1200);
    expect(parseEntered('70%', undefined).value).toBeCloseTo(0.7);
    expect(parseEntered('2026-03-31', undefined).value).toBeInstanceOf(Date);
    expect(parseEntered('=x', '@')).toEqual({ value: '=x' });
    expect(parseEntered('@home', undefined)).toEqual({ value: '@home' });
  });

  it('dates come back as Dates of the script’s realm', () => {
    const r = rt();
    const cell = r.ss.getActiveSheet().getRange('A1');
    cell.setValue('2026-03-31');
    expect(cell.getValue()).toBeInstanceOf(r.realm.Date);
    expect(cell.getValue()).not.toBeInstanceOf(Date);
  });

  it('named ranges follow inserted rows and columns; a deleted sheet breaks them', () => {
    const r = rt();
    const ss = r.ss;
    const s = ss.insertSheet('Data');
    ss.setNamedRange('KA_T', s.getRange('B2:C'));
    ss.setNamedRange('KA_Box', s.getRange('B2:C5'));
    s.insertRowsAfter(1, 2);
    s.insertColumnsAfter(1, 1);
    expect(ss.describeNamed('KA_T')).toBe('Data!C4:D');
    expect(ss.describeNamed('KA_Box')).toBe('Data!C4:D7');
    s.insertRowsAfter(5, 1);
    expect(ss.describeNamed('KA_Box')).toBe('Data!C4:D8');
    expect(() => ss.setNamedRange('KA1', s.getRange('A1'))).toThrow(/cell reference/);
    ss.deleteSheet(s);
    expect(ss.getRangeByName('KA_T')).toBeNull();
    expect(ss.describeNamed('KA_T')).toBe('#REF!');
  });

  it('sheet titles are unique regardless of case', () => {
    const ss = rt().ss;
    ss.insertSheet('Team');
    expect(() => ss.insertSheet('team')).toThrow(/already exists/);
  });

  it('a typed date is midnight of that day in the spreadsheet’s time zone, and shows as that day', () => {
    for (const zone of ['America/Los_Angeles', 'UTC', 'Asia/Shanghai', 'Australia/Sydney']) {
      const r = rt();
      r.ss.setSpreadsheetTimeZone(zone);
      const cell = r.ss.getActiveSheet().getRange('A1');
      cell.setValue('2026-04-01');
      const d = cell.getValue() as Date;
      expect(d.getTime()).toBe(instantOf(zone, 2026, 4, 1));
      expect(wallClock(d.getTime(), zone)).toMatchObject({ year: 2026, month: 4, day: 1, hour: 0 });
      expect(cell.getDisplayValue()).toBe('2026-04-01');
    }
  });

  it('setNamedRange refuses a name that exists (also a broken one); NamedRange.setRange re-points it', () => {
    const ss = rt().ss;
    const s = ss.insertSheet('Data');
    ss.setNamedRange('KA_T', s.getRange('A1:B'));
    expect(() => ss.setNamedRange('KA_T', s.getRange('A1:C'))).toThrow(/already exists/);
    ss.getNamedRanges().find((n) => n.getName() === 'KA_T')!.setRange(s.getRange('A1:C'));
    expect(ss.describeNamed('KA_T')).toBe('Data!A:C');
    ss.insertSheet('Other');
    ss.deleteSheet(s);
    expect(() => ss.setNamedRange('KA_T', ss.getSheetByName('Other')!.getRange('A1'))).toThrow(/already exists/);
  });

  it('copyFormatToRange copies formats, fonts, fills and validation (not values), repeating the source; only within the spreadsheet', () => {
    const ss = rt().ss;
    const a = ss.insertSheet('A');
    const b = ss.insertSheet('B');
    const src = a.getRange('A1:B1');
    src.setValues([['x', 'y']]).setFontWeight('bold').setBackground('#e8eaf6');
    a.getRange('B1').setNumberFormat('@');
    b.getRange('A1:E1').setValues([['1', '2', '3', '4', '5']]);
    src.copyFormatToRange(b, 1, 5, 1, 1);
    expect(b.getRange('A1:E1').getValues()[0]).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5].map((c) => b.getRange(1, c).getFontWeight())).toEqual(Array(5).fill('bold'));
    expect([1, 2, 3, 4, 5].map((c) => b.getRange(1, c).getNumberFormat())).toEqual(['General', '@', 'General', '@', 'General']);
    expect(b.getRange('E1').getBackground()).toBe('#e8eaf6');
    expect(b.getRange('F1').getFontWeight()).toBe('normal');
    expect(() => src.copyFormatToRange(rt().ss.getActiveSheet() as never, 1, 2, 1, 1)).toThrow(/same spreadsheet/);
    expect(() => src.copyFormatToRange(b, 1, 27, 1, 1)).toThrow(/outside the dimensions/);
  });

  it('grid setters of fonts and fills take the range’s shape; null is the default', () => {
    const sheet = rt().ss.getActiveSheet();
    const r = sheet.getRange('A1:B1');
    r.setFontWeights([['bold', null]]).setBackgrounds([[null, '#ff0000']]).setFontSizes([[16, 10]]);
    expect([r.getCell(1, 1).getFontWeight(), r.getCell(1, 2).getFontWeight()]).toEqual(['bold', 'normal']);
    expect([r.getCell(1, 1).getBackground(), r.getCell(1, 2).getBackground()]).toEqual(['#ffffff', '#ff0000']);
    expect(r.getCell(1, 1).getFontSize()).toBe(16);
    r.setFontWeights([[null, null]]);
    expect(r.getCell(1, 1).getFontWeight()).toBe('normal');
    expect(() => r.setFontColors([['#000000']])).toThrow(/number of columns/);
  });

  it('plain-text cells (@) keep what is written; elsewhere a phone, TRUE, a date and 1,200 are converted', () => {
    const sheet = rt().ss.getActiveSheet();
    sheet.getRange('A1:D1').setValues([['05718888123', 'TRUE', '2026-03-31', '1,200']]);
    const auto = sheet.getRange('A1:D1').getValues()[0];
    expect(auto.slice(0, 2)).toEqual([5718888123, true]);
    expect(Object.prototype.toString.call(auto[2])).toBe('[object Date]');
    expect(auto[3]).toBe(1200);
    sheet.getRange('A2:D2').setNumberFormat('@').setValues([['05718888123', 'TRUE', '2026-03-31', '1,200']]);
    expect(sheet.getRange('A2:D2').getValues()[0]).toEqual(['05718888123', 'TRUE', '2026-03-31', '1,200']);
  });
});

describe('Spreadsheet-service calls', () => {
  it('counts the script’s calls by kind, not the fake’s own calls nor a test’s', () => {
    const dir = project({
      'Code.js': `function f() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        var r = ss.getActiveSheet().getRange('A1:B2');
        r.setValues([[1, 2], [3, 4]]);
        r.getValues();
        SpreadsheetApp.newDataValidation().requireDate().build();
        ss.toast('done');
      }`,
    });
    const r = new Runtime({ dir });
    r.ss.getActiveSheet().getRange('A1').getValue(); // a test's own call: not counted
    r.run('f');
    expect(r.calls).toMatchObject({ total: 9, read: 4, write: 1, builder: 3, other: 1 });
    expect(r.calls.by['Range.setValues']).toBe(1);
    expect(counting.into).toBeNull();
  });

  it('a custom function may read but not write, nor use a service that needs authorization', () => {
    const dir = project({
      'Code.js': `function READS() { return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(); }
        function WRITES() { SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue(1); return 1; }
        function WHO() { return Session.getActiveUser().getEmail(); }`,
    }, { runtimeVersion: 'V8', oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/userinfo.email'] });
    const r = new Runtime({ dir });
    expect(r.cell('READS')).toEqual({ value: 'en_US' });
    expect(r.cell('WRITES')).toMatchObject({ error: '#ERROR!', message: expect.stringMatching(/permission to call Range.setValue/) });
    expect(r.cell('WHO')).toMatchObject({ error: '#ERROR!', message: expect.stringMatching(/permission/) });
    expect(r.cell('NOPE')).toMatchObject({ error: '#NAME?' });
    const off = new Runtime({ dir, addon: 'installed' });
    expect(off.cell('READS')).toMatchObject({ error: '#NAME?' });
  });
});

describe('the runtime', () => {
  it('loads files in clasp’s push order: filePushOrder first, then alphabetical', () => {
    const dir = project(
      { 'b.js': 'var order = (typeof order === "undefined" ? [] : order).concat("b");', 'a.js': 'var order = (typeof order === "undefined" ? [] : order).concat("a");', 'z.gs': 'var order = order.concat("z");', 'x.html': '<p>' },
      { runtimeVersion: 'V8', filePushOrder: ['b.js'] },
    );
    expect(pushOrder(dir)).toEqual(['b.js', 'a.js', 'z.gs']);
    expect(new Runtime({ dir }).global('order')).toEqual(['b', 'a', 'z']);
  });

  it('document locks: tryLock times out on virtual time, waitLock throws, an execution’s lock ends with it', () => {
    const dir = project({
      'Code.js': `
        function take(ms) { return LockService.getDocumentLock().tryLock(ms); }
        function wait(ms) { LockService.getDocumentLock().waitLock(ms); return true; }
        function has() { var l = LockService.getDocumentLock(); l.tryLock(0); return l.hasLock(); }`,
    });
    const r = new Runtime({ dir });
    expect(r.run('take', 100)).toBe(true);
    expect(r.documentLock.holder).toBeNull(); // released when the execution ended
    r.holdDocumentLockExternally(5000);
    expect(r.run('take', 1000)).toBe(false);
    expect(r.clock.now).toBe(1000);
    expect(() => r.run('wait', 1000)).toThrow(/Lock timeout/);
    expect(r.run('take', 10000)).toBe(true);
    expect(r.clock.now).toBe(5000);
  });

  it('google.script.run: a Date in the result makes it null; errors reach the failure handler', () => {
    const dir = project({
      'Code.js': `
        function withDate() { return { when: new Date(), n: 1 }; }
        function plain() { return { n: 1, list: ['a'] }; }
        function boom() { throw new Error('nope'); }`,
    });
    const r = new Runtime({ dir });
    expect(r.client('withDate')).toEqual({ ok: true, value: null });
    expect(r.client('plain')).toEqual({ ok: true, value: { n: 1, list: ['a'] } });
    expect(r.client('boom')).toEqual({ ok: false, error: 'nope' });
    expect(() => r.client('plain', new Date())).toThrow(/Date/);
  });

  it('scopes: calls the manifest does not grant fail, and nothing document-wide works in AuthMode.NONE', () => {
    const dir = project(
      {
        'Code.js': `
          function who() { return Session.getActiveUser().getEmail(); }
          function name() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
          function side() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); }`,
      },
      { runtimeVersion: 'V8', oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] },
    );
    const r = new Runtime({ dir });
    expect(() => r.run('who')).toThrow(/userinfo.email/);
    expect(() => r.run('side')).toThrow(/script.container.ui/);
    expect(r.run('name')).toBe('Untitled spreadsheet');
    expect(() => r.run('name', { authMode: 'NONE' })).toThrow(/permission/);
  });

  it('HtmlService templates: <?= ?> escapes, <?!= ?> does not, files are read from the push', () => {
    const dir = project({
      'Code.js': `function page(x) { var t = HtmlService.createTemplateFromFile('Page'); t.x = x; return t.evaluate().getContent(); }
                  function missing() { return HtmlService.createHtmlOutputFromFile('Nope'); }`,
      'Page.html': '<p><?= x ?></p><? if (x) { ?><i><?!= "<b>" ?></i><? } ?>',
    });
    const r = new Runtime({ dir });
    expect(r.run('page', '<img>')).toBe('<p>&lt;img&gt;</p><i><b></i>');
    expect(() => r.run('missing')).toThrow(/No HTML file named Nope/);
  });
});
