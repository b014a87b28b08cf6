/**
 * The shared forms, one implementation for every host (Apps Script sidebar, Excel task pane, the
 * local preview). A host bundles this file with its own FormHost adapter and calls `mountForms`.
 * The bundle built by scripts/build/30-ui.mjs exposes it as the global `KAForms`.
 */
import { COMMANDS } from '../core/commands/index';
import type { CommandName, CommandSpec } from '../core/commands/types';
import type { Lang } from '../core/i18n';
import type { FormHost } from './host';
import { mountWith, type Mounted, type MountOptions } from './mount';

export type { FormHost } from './host';
export type { Mounted, MountOptions } from './mount';

/** Every command of core as a list, in the registry's order. */
export function commandList(): CommandSpec[] {
  return (Array.isArray(COMMANDS) ? COMMANDS : Object.values(COMMANDS)) as CommandSpec[];
}

/**
 * Renders the form picker (or the single form `options.form`) into `root` and loads FormData from
 * `host`. Returns a handle to switch language, open a form, reload after outside changes, or unmount.
 */
export function mountForms(root: HTMLElement, host: FormHost, options: { form?: CommandName; lang?: Lang; languageSwitch?: boolean } = {}): Mounted {
  return mountWith(root, host, commandList(), options satisfies MountOptions);
}
