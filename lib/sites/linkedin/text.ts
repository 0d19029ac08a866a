/** Text as a reader sees it on one line: zero-width marks dropped, whitespace collapsed. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Clean text of an element, or undefined when it is empty. */
export function textOf(el: Element | null | undefined): string | undefined {
  const text = cleanText(el?.textContent);
  return text === '' ? undefined : text;
}
