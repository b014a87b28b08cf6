/**
 * The only way the forms build DOM: elements with attributes, and children that are elements or
 * plain text (always a text node — never parsed as HTML). Nothing in ui/ uses innerHTML.
 */

export type Child = Node | string | number | null | undefined | false;

export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** `el('label', {for: 'x'}, 'Name')`. `on…` attributes given a function become event listeners. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') node.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === true) node.setAttribute(k, '');
    else node.setAttribute(k, String(v));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let seq = 0;
/** A document-unique id for label/aria wiring (several mounted forms never collide). */
export function uid(prefix: string): string {
  seq += 1;
  return `ka-${prefix}-${seq}`;
}

/** How many characters a list item or a banner shows before it is cut (the rest is in the tooltip). */
export const CLIP_LIST = 80;
export const CLIP_BANNER = 160;

/** `s` cut to `max` characters with an ellipsis (code points, so a character is never split). */
export function clipText(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}

/**
 * An element showing `text` cut to `max` characters; when cut, the full text is its tooltip (the
 * `title` attribute, set as text like everything else).
 */
export function clipped<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs, text: string, max: number = CLIP_LIST): HTMLElementTagNameMap[K] {
  const shown = clipText(text, max);
  const node = el(tag, attrs, shown);
  if (shown !== text) {
    node.setAttribute('title', text);
    node.classList.add('ka-clipped');
  }
  return node;
}
