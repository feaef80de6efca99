import MarkdownIt from 'markdown-it';

/*
 * Markdown texts are rendered on the server with markdown-it, raw HTML switched off: a `<script>` or
 * an `onerror=` in the text comes out as escaped text, never as markup. markdown-it's own link check
 * refuses `javascript:`, `vbscript:`, `file:` and `data:` addresses; we narrow it to http, https and
 * mailto. Images are off: a text that loads a picture from another server tells that server who read it,
 * and pictures belong in the bank as files.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(['image']);

const SAFE_LINK = /^(https?:|mailto:)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  token?.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown to HTML that is safe to insert into the page as it is. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
