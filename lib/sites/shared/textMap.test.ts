import * as fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextMap, locateSpan, type TextMap } from './textMap';

const body = (inner: string) =>
  parseHTML(`<html><body><div id="b">${inner}</div></body></html>`).document.getElementById('b')!;

/** The DOM text between a located span's ends (all inside one body). */
function domText(map: TextMap, start: number, end: number): string | null {
  const located = locateSpan(map, { start, end });
  if (!located) return null;
  let out = '';
  let inside = false;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        const from = text === located.start.node ? located.start.offset : 0;
        if (text === located.start.node) inside = true;
        if (!inside) continue;
        const to = text === located.end.node ? located.end.offset : text.data.length;
        out += text.data.slice(from, to);
        if (text === located.end.node) inside = false;
      } else walk(child);
    }
  };
  walk(located.start.node.ownerDocument.body);
  return out;
}

describe('reading an editable as the rep sees it', () => {
  it('turns Gmail line divs and <br>s into line breaks, without doubling', () => {
    const map = buildTextMap(
      body('<div>Hi Dana,</div><div><br></div><div>Line two<br></div><div>three</div>'),
    );
    expect(map.text).toBe('Hi Dana,\n\nLine two\nthree');
  });

  it('collapses source whitespace and reads non-breaking spaces as spaces', () => {
    const map = buildTextMap(body('<p>\n   two&nbsp;&nbsp;spaces   and\n  a wrap  </p>'));
    expect(map.text).toBe('two  spaces and a wrap');
  });

  it('leaves out excluded elements and everything in them, keeping the lines apart', () => {
    const map = buildTextMap(
      body(
        'Thanks!<div class="sig">Riley<br>CEO</div><blockquote>old text</blockquote>P.S. call me',
      ),
      { exclude: ['.sig', 'blockquote'] },
    );
    expect(map.text).toBe('Thanks!\nP.S. call me');
  });

  it('skips hidden elements and drops leading and trailing blank lines', () => {
    const map = buildTextMap(
      body(
        '<div><br></div><div>Body</div><div hidden>x</div><div style="display: none">y</div><div><br></div>',
      ),
    );
    expect(map.text).toBe('Body');
  });

  it('maps a span back to the exact words in the DOM, across formatting', () => {
    const map = buildTextMap(body('<div>Save <b>four</b> hours</div><div>a week</div>'));
    expect(map.text).toBe('Save four hours\na week');
    expect(domText(map, 5, 15)).toBe('four hours');
    // A span that runs over the line break covers the words on both lines.
    expect(domText(map, 10, 22)).toBe('hoursa week');
  });

  it('gives nothing for a span outside the text, empty, or only a line break', () => {
    const map = buildTextMap(body('<div>one</div><div>two</div>'));
    expect(locateSpan(map, { start: 3, end: 4 })).toBeNull();
    expect(locateSpan(map, { start: 2, end: 2 })).toBeNull();
    expect(locateSpan(map, { start: 50, end: 60 })).toBeNull();
    expect(domText(map, -5, 2)).toBe('on');
  });

  it('maps every character of any draft back to the same character in the DOM', () => {
    const word = fc.stringMatching(/^[a-zA-Z,.$0-9]{1,8}$/);
    const space = fc.constantFrom(' ', '  ', '&nbsp;', '\n ', '');
    const inline = fc.tuple(word, space).map(([w, s]) => `${w}${s}`);
    const piece = fc.oneof(
      inline,
      inline.map((t) => `<b>${t}</b>`),
      inline.map((t) => `<div>${t}</div>`),
      fc.constant('<br>'),
      fc.constant('<div><br></div>'),
      inline.map((t) => `<span class="sig">${t}</span>`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const map = buildTextMap(body(pieces.join('')), { exclude: ['.sig'] });
        for (const seg of map.segments) {
          const fromText = map.text.slice(seg.start, seg.start + seg.length);
          const fromDom = seg.node.data
            .slice(seg.offset, seg.offset + seg.length)
            .replace(/[\s\u00a0]/g, ' ');
          expect(fromText).toBe(fromDom);
        }
        // Only line breaks from markup are unmapped.
        const mapped = new Set(
          map.segments.flatMap((s) => Array.from({ length: s.length }, (_, i) => s.start + i)),
        );
        [...map.text].forEach((ch, i) => {
          if (!mapped.has(i)) expect(ch).toBe('\n');
        });
      }),
    );
  });
});
