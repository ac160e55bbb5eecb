/**
 * A small, logic-less template language (a subset of Mustache), so the
 * organisation words its tickets in policy.yml and no template can run code:
 *
 * - `{{name}}`, `{{a.b}}`: a value, passed through the format's escape;
 * - `{{#list}}...{{/list}}`: repeated for each item (with the item as the
 *   innermost scope), or shown once when the value is a true scalar;
 * - `{{^name}}...{{/name}}`: shown when the value is missing, false or empty;
 * - `{{.}}`: the current item; `{{! comment }}` is dropped;
 * - `{{&name}}`: a value inserted unescaped, for trusted values such as links.
 *
 * A standalone section tag on its own line takes its line with it, so
 * templates stay readable without leaving blank lines behind.
 */

export type TemplateValue = string | number | boolean | null | undefined | TemplateValue[] | { [key: string]: TemplateValue };

type Node =
  | { type: 'text'; text: string }
  | { type: 'value'; name: string; raw: boolean }
  | { type: 'section'; name: string; inverted: boolean; children: Node[] };

/** A template that cannot be parsed: located for the policy author. */
export class TemplateError extends Error {}

const TAG = /\{\{\s*([#^/!&]?)\s*([^}]*?)\s*\}\}/g;

function parse(template: string): Node[] {
  // Standalone section tags swallow their whole line, including its newline.
  const source = template.replace(/^[ \t]*(\{\{\s*[#^/!][^}]*\}\})[ \t]*\r?\n/gm, '$1');
  const root: Node[] = [];
  const stack: { name: string; children: Node[] }[] = [{ name: '', children: root }];
  let last = 0;
  for (const match of source.matchAll(TAG)) {
    const [whole, sigil = '', name = ''] = match;
    const top = stack[stack.length - 1]!;
    if (match.index > last) top.children.push({ type: 'text', text: source.slice(last, match.index) });
    last = match.index + whole.length;
    if (sigil === '!') continue;
    if (!/^(\.|[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)$/.test(name)) {
      throw new TemplateError(`\`${whole}\` is not a valid placeholder: use letters, digits, _ and dots.`);
    }
    if (sigil === '#' || sigil === '^') {
      const section: Node = { type: 'section', name, inverted: sigil === '^', children: [] };
      top.children.push(section);
      stack.push({ name, children: section.children });
    } else if (sigil === '/') {
      if (top.name !== name) throw new TemplateError(`\`${whole}\` closes ${top.name ? `\`{{#${top.name}}}\`` : 'nothing'}.`);
      stack.pop();
    } else {
      top.children.push({ type: 'value', name, raw: sigil === '&' });
    }
  }
  if (stack.length > 1) throw new TemplateError(`\`{{#${stack[stack.length - 1]!.name}}}\` is never closed.`);
  if (last < source.length) root.push({ type: 'text', text: source.slice(last) });
  return root;
}

function lookup(scopes: TemplateValue[], name: string): TemplateValue {
  if (name === '.') return scopes[scopes.length - 1];
  const [head = '', ...rest] = name.split('.');
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (scope !== null && typeof scope === 'object' && !Array.isArray(scope) && Object.hasOwn(scope, head)) {
      let value: TemplateValue = scope[head];
      for (const key of rest) {
        value = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key) ? value[key] : undefined;
      }
      return value;
    }
  }
  return undefined;
}

function truthy(value: TemplateValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && value !== false && value !== '';
}

function render(nodes: Node[], scopes: TemplateValue[], escape: (text: string) => string): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'value') {
      const value = lookup(scopes, node.name);
      if (value !== undefined && value !== null && typeof value !== 'object') out += node.raw ? String(value) : escape(String(value));
    } else {
      const value = lookup(scopes, node.name);
      if (node.inverted) {
        if (!truthy(value)) out += render(node.children, scopes, escape);
      } else if (Array.isArray(value)) {
        for (const item of value) out += render(node.children, [...scopes, item], escape);
      } else if (truthy(value)) {
        out += render(node.children, typeof value === 'object' ? [...scopes, value] : scopes, escape);
      }
    }
  }
  return out;
}

/** Check a template's syntax; returns the problem in words, or undefined when it is sound. */
export function templateProblem(template: string): string | undefined {
  try {
    parse(template);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Fill a template with a view; every value goes through `escape` (Markdown escaping, or none for plain text). */
export function renderTemplate(template: string, view: TemplateValue, escape: (text: string) => string = (t) => t): string {
  return render(parse(template), [view], escape);
}
