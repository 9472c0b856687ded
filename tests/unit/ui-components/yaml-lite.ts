/**
 * The tiny YAML reader the locale files are written for: nested maps whose leaves are double-quoted
 * strings (JSON escapes), two-space indentation, `#` comment lines. Anything else is an error, so
 * the files stay in a shape both this and WXT's real YAML parser read the same way.
 */
export type MessageTree = { [key: string]: string | MessageTree };

const LINE = /^( *)([A-Za-z0-9_@]+):(?: (".*"))?$/;

export function parseLocaleYaml(text: string, file = 'yml'): MessageTree {
  const root: MessageTree = {};
  const stack: Array<{ indent: number; node: MessageTree }> = [{ indent: -1, node: root }];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const match = LINE.exec(raw);
    if (!match) throw new Error(`${file}:${i + 1}: not "key:" or "key: \\"string\\"": ${raw}`);
    const [, spaces = '', key = '', quoted] = match;
    const indent = spaces.length;
    while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]!;
    if (indent !== parent.indent + 2 && !(parent.indent === -1 && indent === 0)) throw new Error(`${file}:${i + 1}: bad indentation`);
    if (key in parent.node) throw new Error(`${file}:${i + 1}: duplicate key ${key}`);
    if (quoted === undefined) {
      const node: MessageTree = {};
      parent.node[key] = node;
      stack.push({ indent, node });
    } else {
      const value: unknown = JSON.parse(quoted);
      if (typeof value !== 'string') throw new Error(`${file}:${i + 1}: not a string`);
      parent.node[key] = value;
    }
  });
  return root;
}

/**
 * WXT's plural form (`key: { 1: …, n: … }`, keys all numbers or `n`): one message whose forms WXT
 * joins with " | " and `i18n.t(key, count)` splits again. Only the background uses it.
 */
export function isWxtPlural(node: MessageTree): boolean {
  return Object.keys(node).every((key) => key === 'n' || Number.isFinite(Number(key)));
}

/** WXT's separator between the forms of a plural message. */
export const WXT_PLURAL_SEPARATOR = ' | ';

/** Dotted keys of every leaf, in file order ("popup.add.label"); a WXT plural is one leaf, as in WXT. */
export function flatten(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (isWxtPlural(value)) out.set(path, Object.values(value).join(WXT_PLURAL_SEPARATOR));
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
