/**
 * Pasted or saved HTML → the plain text a rep wrote. Uses html-to-text
 * (well kept, ~30M downloads a month) rather than regexes: entities,
 * nested blocks and line breaks are where hand-written strippers go wrong.
 * Only the CLI loads it; the extension reads drafts from the page's DOM.
 */
import { convert } from 'html-to-text';

/** Is `text` clearly HTML: a document, or markup around most of its lines? */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart();
  if (/^<(?:!doctype\s+html|html|head|body|meta)\b/i.test(head)) return true;
  if (!/^<[a-z]/i.test(head)) return false;
  const tags = text.match(
    /<\/?(?:p|div|br|span|blockquote|table|tr|td|li|ul|ol|b|i|strong|em|a|font)\b[^>]*>/gi,
  );
  return tags !== null && tags.length >= 2;
}

/**
 * The text of an HTML draft: paragraphs and line breaks kept, links and
 * images reduced to their words, Gmail's signature block left out, and
 * quoted replies (blockquote) marked with "> " so the checks skip them.
 */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'div.gmail_signature', format: 'skip' },
    ],
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
