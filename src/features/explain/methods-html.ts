/**
 * docs/methods.md as HTML for the in-app methods page (marked, GitHub-flavoured tables), with an id on every
 * heading (methods-slug.ts) and the table of contents of its sections. The markdown is the project's own file,
 * bundled at build time; no user text passes through here.
 */
import { marked, type Tokens } from 'marked';
import { headingSlug } from '../../views/explain/methods-slug';

export interface MethodsDoc {
  html: string;
  toc: { id: string; text: string; depth: number }[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function methodsDoc(markdown: string): MethodsDoc {
  const toc: MethodsDoc['toc'] = [];
  const renderer = new marked.Renderer();
  const base = renderer.heading.bind(renderer);
  renderer.heading = function (token: Tokens.Heading) {
    const html = base(token);
    if (token.depth < 2 || token.depth > 3) return html;
    const id = headingSlug(token.text);
    toc.push({ id, text: token.text.replace(/\s*\(`[^)]*\)\s*$/, '').replace(/`/g, ''), depth: token.depth });
    return html.replace(/^<h([23])>/, `<h$1 id="${escapeHtml(id)}">`);
  };
  const html = marked.parse(markdown, { async: false, gfm: true, renderer });
  return { html, toc };
}
