/**
 * "Who am I": Excel tells an add-in nothing about the user, so the pane asks once for the user's Team
 * person and remembers it for this user (see actor.ts). When the remembered person is no longer in the
 * Team table (core found nobody by that name), the choice is forgotten and the pane asks again. DOM only;
 * names are text nodes.
 */
import type { FormData } from '../core/commands/types';
import { t, type L10n, type Lang } from '../core/i18n';
import { el, append } from '../ui/dom';
import type { ActorStore } from './actor';

const TEXT = {
  label: { en: 'I am', zh: '我是', zhHant: '我是' },
  choose: { en: '— choose your name —', zh: '— 请选择您的姓名 —', zhHant: '— 請選擇您的姓名 —' },
  none: {
    en: 'The Team sheet has no people yet: add yourself there (or press Set up first).',
    zh: '销售团队表中还没有人员:请先在该表中添加自己(或先点击"设置工作簿")。',
    zhHant: '銷售團隊表中還沒有人員:請先在該表中新增自己(或先點擊「設定活頁簿」)。',
  },
  unknown: {
    en: 'Your saved name "{name}" is not in the Team sheet any more: choose again.',
    zh: '已保存的姓名"{name}"已不在销售团队表中:请重新选择。',
    zhHant: '已儲存的姓名「{name}」已不在銷售團隊表中:請重新選擇。',
  },
} satisfies Record<string, L10n>;

export interface ActorPicker {
  /** Renders the Team people (from FormData) with the remembered choice selected. */
  render(data: Pick<FormData, 'people'> & Partial<Pick<FormData, 'actor'>>, lang: Lang): void;
}

export function mountActorPicker(root: HTMLElement, store: ActorStore, onChange: (person: string) => void): ActorPicker {
  return {
    render(data, lang) {
      root.replaceChildren();
      const stored = store.get();
      const names = data.people.map((p) => p.name).filter((n) => n !== '');
      if (!names.length) {
        append(root, el('p', { class: 'ka-actor-note' }, t(TEXT.none, lang)));
        return;
      }
      // Core's reading of the remembered name (FormData.actor), else the names as listed.
      const current = data.actor !== undefined ? data.actor ?? '' : names.find((n) => n.toLowerCase() === stored.toLowerCase()) ?? '';
      const lost = stored !== '' && current === '';
      if (lost) void store.set('');
      const select = el('select', { id: 'ka-actor' }, el('option', { value: '' }, t(TEXT.choose, lang)));
      for (const n of names) select.append(el('option', { value: n, selected: n === current }, n));
      select.addEventListener('change', () => {
        void store.set(select.value).then(() => onChange(select.value));
      });
      append(root, el('label', { for: 'ka-actor' }, t(TEXT.label, lang)), select);
      if (lost) append(root, el('p', { class: 'ka-actor-note', role: 'alert' }, t(TEXT.unknown, lang).replace('{name}', stored)));
    },
  };
}
