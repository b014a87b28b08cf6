/** appsscript.json against the shared schema, plus the keys the add-on relies on (the schema does not reject misspelt keys). */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../core/functions/catalogue';
import { DIST_APPS_SCRIPT, pushOrder, Runtime } from './fake/runtime';
import { ensureBuilt, ROOT } from './helpers';

beforeAll(() => ensureBuilt());

const SCHEMA = join(ROOT, '..', 'shared', 'schemas', 'apps-script', 'appsscript.schema.json');
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('appsscript.json', () => {
  const manifest = read(join(ROOT, 'appsscript.json'));

  it('is valid against the shared schema, as written and as pushed', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(read(SCHEMA));
    for (const m of [manifest, read(join(DIST_APPS_SCRIPT, 'appsscript.json'))]) {
      expect(validate(m), JSON.stringify(validate.errors)).toBe(true);
    }
    // the check can fail: a wrong runtime is rejected
    expect(validate({ ...manifest, runtimeVersion: 'RHINO2' })).toBe(false);
  });

  it('uses V8 and only the scopes the add-on needs', () => {
    const known = Object.keys(read(SCHEMA).properties);
    for (const k of Object.keys(manifest)) expect(known, `unknown key ${k}`).toContain(k);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBeTruthy();
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui', // menus, sidebars, dialogs
      'https://www.googleapis.com/auth/spreadsheets.currentonly', // this spreadsheet only
      'https://www.googleapis.com/auth/userinfo.email', // Session.getActiveUser().getEmail(): the acting user in the audit
    ]);
    expect(manifest.webapp).toBeUndefined();
    expect(manifest.executionApi).toBeUndefined();
  });
});

describe('the push', () => {
  it('holds the code, the sidebar page, the Help pages and the manifest, nothing else', () => {
    expect(readdirSync(DIST_APPS_SCRIPT).sort()).toEqual(['Code.js', 'Help_en.html', 'Help_zh.html', 'Help_zhHant.html', 'Sidebar.html', 'appsscript.json']);
    expect(pushOrder(DIST_APPS_SCRIPT)).toEqual(['Code.js']);
  });

  it('.clasp.json.example pushes dist/apps-script', () => {
    const clasp = read(join(ROOT, '.clasp.json.example'));
    expect(clasp.rootDir).toBe('dist/apps-script');
    expect(typeof clasp.scriptId).toBe('string');
  });

  it('exposes every global the menus, the sidebar and the sheets call, and touches no service at load', () => {
    const rt = new Runtime();
    for (const name of ['onOpen', 'onInstall', 'kaSetUp', 'kaRefreshDashboard', 'kaHelp', 'kaLoad', 'kaView', 'kaSubmit', ...CATALOGUE.map((f) => f.name)])
      expect(typeof rt.global(name), name).toBe('function');
    expect(rt.ss.counters).toEqual({});
    expect(rt.ui.menus).toHaveLength(0);
  });
});
