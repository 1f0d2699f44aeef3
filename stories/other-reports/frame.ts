/** The frame the other-report stories draw their element in: a page of a chosen width and theme. */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export interface FrameArgs {
  /** Story only: width of the page the element is embedded in, in px. */
  frameWidth?: number;
  /** Story only: the page's theme. */
  page?: 'light' | 'dark';
}

export const frameArgTypes = {
  frameWidth: { control: { type: 'range', min: 280, max: 1200, step: 10 }, table: { category: 'story' } },
  page: { control: 'inline-radio', options: ['light', 'dark'], table: { category: 'story' } },
} as const;

export function frame(args: FrameArgs, content: TemplateResult): TemplateResult {
  const dark = args.page === 'dark';
  const style = {
    width: args.frameWidth ? `${args.frameWidth}px` : '100%',
    maxWidth: '100%',
    padding: '12px',
    boxSizing: 'border-box',
    background: dark ? '#1b1b1f' : '#ffffff',
    color: dark ? '#ececf1' : '#1f2328',
  };
  return html`<div class=${dark ? 'cate-dark' : 'cate-light'} style=${styleMap(style)}>${content}</div>`;
}

/** The element of a story, once it has rendered. */
export async function rendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  canvas: HTMLElement,
  tag: string,
): Promise<T> {
  const el = canvas.querySelector<T>(tag);
  if (!el) throw new Error(`no <${tag}> in the story`);
  await el.updateComplete;
  return el;
}
