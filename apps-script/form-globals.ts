/**
 * The global function a command's menu item calls: `kaForm_newCustomer`. Apps Script calls menu items
 * by name, so the build (scripts/build/10-apps-script-code.mjs) writes one top-level stub per command
 * of core's list, each forwarding to `kaCommand`; nothing here is written by hand per command.
 */
export const formGlobal = (name: string): string => 'kaForm_' + name;
