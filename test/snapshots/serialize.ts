/**
 * Serializes lit templates to markup in Node, without a DOM, for snapshot tests. It supports what the pure
 * renderers use: text and attribute bindings, nested templates, arrays and `nothing`. Event, property and
 * boolean bindings are not expected in renderer output and are rejected; a directive is serialized as its render().
 */

interface TemplateLike {
  strings: TemplateStringsArray;
  values: unknown[];
}

function isTemplate(value: unknown): value is TemplateLike {
  return typeof value === 'object' && value !== null && '_$litType$' in value && 'strings' in value;
}

interface DirectiveResultLike {
  _$litDirective$: new (part: { type: number }) => { render: (...values: unknown[]) => unknown };
  values: unknown[];
}

function isDirectiveResult(value: unknown): value is DirectiveResultLike {
  return typeof value === 'object' && value !== null && '_$litDirective$' in value;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function part(value: unknown, inAttribute: boolean): string {
  // lit's `nothing` and `noChange` are symbols.
  if (typeof value === 'symbol' || value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((v) => part(v, inAttribute)).join('');
  if (isDirectiveResult(value)) {
    // A directive renders on a server as its render() says (the drawing's elements as templates).
    const Directive = value._$litDirective$;
    return part(new Directive({ type: 2 }).render(...value.values), inAttribute);
  }
  if (isTemplate(value)) {
    if (inAttribute) throw new Error('a template inside an attribute');
    return serialize(value);
  }
  if (typeof value === 'object') throw new Error(`unsupported binding value: ${JSON.stringify(value)}`);
  return inAttribute ? escapeAttr(String(value)) : escapeText(String(value));
}

export function serialize(template: TemplateLike): string {
  let out = '';
  template.strings.forEach((s, i) => {
    out += s;
    if (i < template.values.length) {
      // An attribute binding is one whose preceding text ends inside a tag: `name="` or `name=`.
      const attr = /\s([^\s"'>/=]+)=("?)$/.exec(out);
      if (attr && /^[.?@]/.test(attr[1]!)) throw new Error(`unsupported binding ${attr[1]}`);
      if (attr && attr[2] === '' && typeof template.values[i] === 'symbol') {
        // `nothing` in an attribute: lit leaves the attribute out.
        out = out.slice(0, -attr[0].length);
      } else if (attr && attr[2] === '') {
        out += `"${part(template.values[i], true)}"`;
      } else out += part(template.values[i], attr !== null);
    }
  });
  return out;
}

/** Stable, readable output: one tag per line, numbers rounded to 0.1, ids renumbered in order of appearance. */
export function normalize(markup: string): string {
  const ids = new Map<string, string>();
  const renumber = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
    return ids.get(id)!;
  };
  return markup
    .replace(/<!--.*?-->/gs, '')
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${renumber(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renumber(id)})`)
    .replace(
      /aria-(labelledby|describedby|controls)="([^"]+)"/g,
      (_, a: string, list: string) => `aria-${a}="${list.split(/\s+/).map(renumber).join(' ')}"`,
    )
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/<([a-zA-Z]+)([^<>]*)>\s*<\/\1>/g, '<$1$2/>')
    .replace(/>\s*</g, '>\n<')
    .replace(/\n\s*\n/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
    .concat('\n');
}
