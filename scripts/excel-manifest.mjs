// The command part of the Excel manifest, generated from core's command list: one ribbon menu per
// command group, an item per command (ExecuteFunction → the handler excel-addin/commands.ts
// associates), and their labels and tooltips in English, zh-CN and zh-TW. Node only (the build).

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ShortStrings hold at most 125 characters, LongStrings 250 (Office add-in manifest reference). */
function string(id, l, max) {
  for (const text of [l.en, l.zh, l.zhHant ?? l.zh]) {
    if (text.length > max) throw new Error(`manifest string ${id} is longer than ${max} characters: ${text}`);
  }
  return [
    `        <bt:String id="${escape(id)}" DefaultValue="${escape(l.en)}">`,
    `          <bt:Override Locale="zh-CN" Value="${escape(l.zh)}"/>`,
    `          <bt:Override Locale="zh-TW" Value="${escape(l.zhHant ?? l.zh)}"/>`,
    `        </bt:String>`,
  ].join('\n');
}

const GROUP_TIP = { en: 'The {group} forms.', zh: '{group}相关表单。', zhHant: '{group}相關表單。' };
const fillGroup = (l, g) => ({ en: GROUP_TIP.en.replace('{group}', g.en.toLowerCase()), zh: GROUP_TIP.zh.replace('{group}', g.zh), zhHant: GROUP_TIP.zhHant.replace('{group}', g.zhHant ?? g.zh) });

const ICON = (kind) => `<Icon><bt:Image size="16" resid="Icon.${kind}.16"/><bt:Image size="32" resid="Icon.${kind}.32"/><bt:Image size="80" resid="Icon.${kind}.80"/></Icon>`;

/**
 * `template` with its KA:COMMAND-* markers filled. `groups`: [{id, title, commands: [{name, title,
 * short?, tip}]}] as core's `commandsByGroup()` gives them; `action(name)`: a command's handler name.
 */
export function commandManifest(template, groups, action) {
  const controls = [];
  const short = [];
  const long = [];
  for (const g of groups) {
    const gid = `Group.${g.id}`;
    const items = g.commands.map((c) =>
      [
        `                    <Item id="KA.${escape(c.name)}">`,
        `                      <Label resid="Label.${escape(c.name)}"/>`,
        `                      <Supertip><Title resid="Label.${escape(c.name)}"/><Description resid="Tip.${escape(c.name)}"/></Supertip>`,
        `                      <Action xsi:type="ExecuteFunction"><FunctionName>${escape(action(c.name))}</FunctionName></Action>`,
        `                    </Item>`,
      ].join('\n'),
    );
    controls.push(
      [
        `                <Control xsi:type="Menu" id="KA.menu.${escape(g.id)}">`,
        `                  <Label resid="Label.${gid}"/>`,
        `                  <Supertip><Title resid="Label.${gid}"/><Description resid="Tip.${gid}"/></Supertip>`,
        `                  ${ICON('form')}`,
        `                  <Items>`,
        ...items,
        `                  </Items>`,
        `                </Control>`,
      ].join('\n'),
    );
    short.push(string(`Label.${gid}`, g.title, 125));
    long.push(string(`Tip.${gid}`, fillGroup(GROUP_TIP, g.title), 250));
    for (const c of g.commands) {
      short.push(string(`Label.${c.name}`, c.short ?? c.title, 125));
      long.push(string(`Tip.${c.name}`, c.tip, 250));
    }
  }
  const put = (xml, marker, text) => {
    const line = new RegExp(`[ \\t]*<!-- ${marker} -->\\n`);
    if (!line.test(xml)) throw new Error(`manifest template lacks <!-- ${marker} -->`);
    return xml.replace(line, () => text + '\n');
  };
  let xml = put(template, 'KA:COMMAND-CONTROLS', controls.join('\n'));
  xml = put(xml, 'KA:COMMAND-SHORT-STRINGS', short.join('\n'));
  xml = put(xml, 'KA:COMMAND-LONG-STRINGS', long.join('\n'));
  return xml;
}
