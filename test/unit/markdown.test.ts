import * as assert from 'node:assert/strict';
import { splitBlocks, proseSpans, directives, frontMatter, type Block } from '../../server/src/markdown';
import { documentProse } from '../prose';

const kinds = (t: string): string[] => splitBlocks(t).map((b) => `${b.kind}:${t.slice(b.start, b.end)}`);
const prose = (t: string): string[] => documentProse(t).map((s) => t.slice(s.start, s.end));

describe('markdown: blocks', () => {
  it('splits on blank lines and knows headings, lists, quotes, tables, html', () => {
    const t = '# Title\nPara one\nstill one\n\n- item\n- item 2\n\n> quote\n\n| a | b |\n\n<div>x</div>\n\nSetext\n---\n';
    assert.deepEqual(kinds(t), [
      'heading:# Title', 'paragraph:Para one\nstill one', 'list:- item\n- item 2', 'quote:> quote', 'table:| a | b |', 'html:<div>x</div>', 'heading:Setext\n---',
    ]);
    assert.equal(splitBlocks('## Two')[0].headingLevel, 2);
    assert.equal(splitBlocks('Setext\n===')[0].headingLevel, 1);
  });
  it('fenced code is one block, with info strings, even with blank lines inside', () => {
    const t = 'a\n\n```js title="x"\n7 March 1917\n\n8 March\n```\nb\n~~~~\n~~~\n~~~~\n';
    const bs = splitBlocks(t);
    assert.deepEqual(bs.map((b) => b.kind), ['paragraph', 'code', 'paragraph', 'code']);
    assert.equal(bs[1].info, 'js title="x"');
    assert.equal(t.slice(bs[3].start, bs[3].end), '~~~~\n~~~\n~~~~');
  });
  it('an unterminated fence runs to the end', () => {
    const t = 'a\n\n```\n7 March 1917\n\nmore';
    const bs = splitBlocks(t);
    assert.deepEqual(bs.map((b) => b.kind), ['paragraph', 'code']);
    assert.equal(bs[1].end, t.length);
  });
  it('indented code after a blank line; not inside a paragraph or list', () => {
    assert.deepEqual(kinds('a\n\n    code 1\n\n    code 2\nb'), ['paragraph:a', 'code:    code 1\n\n    code 2', 'paragraph:b']);
    assert.deepEqual(kinds('a\n    lazy continuation'), ['paragraph:a\n    lazy continuation']);
    assert.deepEqual(kinds('- item\n\n    continued item'), ['list:- item', 'list:    continued item']);
  });
  it('front matter', () => {
    const t = '---\nclio:\n  calendar: julian\n---\n# H\n';
    assert.deepEqual(frontMatter(t), { start: 0, end: 32, contentStart: 4, contentEnd: 28 });
    assert.equal(t.slice(4, 28), 'clio:\n  calendar: julian');
    assert.deepEqual(kinds(t), ['frontmatter:---\nclio:\n  calendar: julian\n---', 'heading:# H']);
    assert.equal(frontMatter('---\na: 1\n...\n')?.end, 12);
    assert.equal(frontMatter('---\na: 1\n'), undefined); // unterminated → not front matter
    assert.equal(splitBlocks('---\na: 1\n')[0].kind, 'rule');
    assert.equal(frontMatter('text\n---\na\n---'), undefined);
  });
  it('handles CRLF and lone CR', () => {
    const t = 'a\r\nb\r\n\r\n```\r\ncode\r\n```\r\nc\rd\r\re';
    assert.deepEqual(kinds(t), ['paragraph:a\r\nb', 'code:```\r\ncode\r\n```', 'paragraph:c\rd', 'paragraph:e']);
    const fm = '---\r\na: 1\r\n---\r\nText';
    assert.deepEqual(kinds(fm), ['frontmatter:---\r\na: 1\r\n---', 'paragraph:Text']);
  });
  it('code inside list items: indented to the item content + 4, on the marker line, after an empty item', () => {
    assert.deepEqual(kinds('- foo\n\n      bar\n- baz'), ['list:- foo', 'code:      bar', 'list:- baz']);
    assert.deepEqual(kinds('1.     indented code\n\n   paragraph'), ['code:1.     indented code', 'list:   paragraph']);
    assert.deepEqual(kinds('-\n      baz\n- 7 March'), ['list:-', 'code:      baz', 'list:- 7 March']);
    // Nested items: the line belongs to the deepest item its indentation reaches.
    assert.deepEqual(kinds('- a\n  - b\n\n        code\n\n      more b\n\n  more a'), ['list:- a\n  - b', 'code:        code', 'list:      more b', 'list:  more a']);
    // Short of the item's content column the line is outside the list: 4+ columns make it code.
    assert.deepEqual(kinds(' -    one\n\n     two'), ['list: -    one', 'code:     two']);
    // An empty item followed by a blank line is closed: what follows is outside it.
    assert.deepEqual(kinds('*\n\n\tcode'), ['list:*', 'code:\tcode']);
  });
  it('fences inside list items: opened after the marker, closed by their fence or by the end of the item', () => {
    assert.deepEqual(kinds('- a\n- ```\n  b\n\n\n  ```\n- c'), ['list:- a', 'code:- ```\n  b\n\n\n  ```', 'list:- c']);
    assert.deepEqual(kinds('- ```\n  code\nafter'), ['code:- ```\n  code', 'paragraph:after']);
  });
  it('code inside block quotes: indented after the marker, fenced until the quote ends', () => {
    assert.deepEqual(kinds('>     code\n    bar'), ['code:>     code', 'code:    bar']);
    assert.deepEqual(kinds('>\t\tcode'), ['code:>\t\tcode']);
    assert.deepEqual(kinds('> ```\n> aaa\n\nbbb'), ['code:> ```\n> aaa', 'paragraph:bbb']);
    assert.deepEqual(kinds('> a\n>\n>     code\n> b'), ['quote:> a\n>', 'code:>     code', 'quote:> b']);
    assert.deepEqual(kinds('> a\n>     lazy'), ['quote:> a\n>     lazy']);
    assert.deepEqual(kinds('> # 1917\n    code'), ['quote:> # 1917', 'code:    code']);
  });
  it('what interrupts a paragraph: a non-empty bullet or 1. item, a quote, a rule, an HTML block of a block tag or comment', () => {
    assert.deepEqual(kinds('a\n- b'), ['paragraph:a', 'list:- b']);
    assert.deepEqual(kinds('a\n1.     code'), ['paragraph:a', 'code:1.     code']);
    assert.deepEqual(kinds('a\n>     code'), ['paragraph:a', 'code:>     code']);
    assert.deepEqual(kinds('a\n***\nb'), ['paragraph:a', 'rule:***', 'paragraph:b']);
    assert.deepEqual(kinds('text\n<!-- c -->\nmore'), ['paragraph:text', 'html:<!-- c -->', 'paragraph:more']);
    assert.deepEqual(kinds('a\n<div>\nb'), ['paragraph:a', 'html:<div>\nb']);
    // Not: an item of another number, an empty item (a setext underline here), an inline tag.
    assert.deepEqual(kinds('a\n2. b'), ['paragraph:a\n2. b']);
    assert.deepEqual(kinds('a\n-'), ['heading:a\n-']);
    assert.deepEqual(kinds('a\n<b>\nc'), ['paragraph:a\n<b>\nc']);
    // Nothing interrupts an HTML block but a blank line (and the writer's headings and fences).
    assert.deepEqual(kinds('<div>\n- x\n> y\n</div>'), ['html:<div>\n- x\n> y\n</div>']);
  });
  it('an HTML block opens only as CommonMark says: a half tag is paragraph text; <pre> is code', () => {
    assert.deepEqual(kinds('<a title="a lot\n---\nx'), ['heading:<a title="a lot\n---', 'paragraph:x']);
    assert.deepEqual(kinds('<div>\nx\n</div>'), ['html:<div>\nx\n</div>']);
    assert.deepEqual(kinds('<pre>\nx\n\ny\n</pre>\nz'), ['code:<pre>\nx\n\ny\n</pre>', 'paragraph:z']);
  });
  it('HTML comments across blank lines stay one block; script is code', () => {
    assert.deepEqual(kinds('<!-- a\n\n7 March\n-->\nText\n\n<script>\nx\n\n</script>\n'), ['html:<!-- a\n\n7 March\n-->', 'paragraph:Text', 'code:<script>\nx\n\n</script>']);
  });
  // Speed is measured by bench/; this only guards against quadratic walks (which would take minutes on 1 MB).
  it('splits 1 MB without a quadratic walk', () => {
    const unit = '# Heading 1917\n\nSome prose on 7 March 1917 with `code` and a [link](http://x).\n\n```\ncode\n```\n\n    indented\n\n- list\n';
    const t = unit.repeat(Math.ceil((1 << 20) / unit.length));
    splitBlocks(t.slice(0, 1 << 15));
    const t0 = performance.now();
    const bs = splitBlocks(t);
    const ms = performance.now() - t0;
    assert.ok(bs.length > 10000);
    assert.ok(ms < 5000, `took ${ms.toFixed(1)} ms`);
  });
});

describe('markdown: prose spans', () => {
  const para = (t: string): Block => ({ start: 0, end: t.length, kind: 'paragraph' });
  const spans = (t: string, b: Block = para(t)): string[] => proseSpans(t, b).map((s) => t.slice(s.start, s.end));
  it('skips inline code of matching backtick runs', () => {
    assert.deepEqual(spans('a `x` b ``y ` z`` c ` d'), ['a ', ' b ', ' c ` d']);
    // A code span ends with its list item.
    assert.deepEqual(prose('- `one\n- two`'), ['- `one\n- two`']);
  });
  it('reads raw HTML as CommonMark does: tags over two lines, <!--> comments; half tags are text; pre and script hide their content', () => {
    assert.deepEqual(prose('a <a foo="bar" bam = \'baz <em>"</em>\'\n_boolean zoop:33=zoop:33 /> b'), ['a ', ' b']);
    assert.deepEqual(prose('foo <!--> foo -->'), ['foo ', ' foo -->']);
    assert.deepEqual(prose('<a h*#ref="hi"> and </a href="foo">'), ['<a h*#ref="hi"> and </a href="foo">']);
    assert.deepEqual(prose('<table><tr><td>\n<pre>\n**Hello**,\n</pre> after'), ['\n', ' after']);
    // A processing instruction or CDATA section is one block across blank lines, like a comment.
    assert.deepEqual(kinds('<?php\n\n  echo "x";\n\n?>\nokay'), ['html:<?php\n\n  echo "x";\n\n?>', 'paragraph:okay']);
    assert.deepEqual(prose('<?php\n\n  echo "x";\n\n?>\nokay'), ['okay']);
    // An HTML block is raw: a backslash escapes nothing there.
    assert.deepEqual(prose('<div>\n\\<b>7 March'), ['\n\\', '7 March']);
  });
  it('skips HTML comments and tags but keeps text between tags', () => {
    assert.deepEqual(spans('a <!-- x --> b <span class="d">7 March</span> c'), ['a ', ' b ', '7 March', ' c']);
  });
  it('keeps link text, drops targets and titles, reference labels and definitions', () => {
    assert.deepEqual(spans('[ref]: http://y "10 March"\nsee [7 March](http://x/(1) "8 March") and [9 March][ref].\nend'), ['\nsee [7 March', ' and [9 March', '.\nend']);
  });
  it('reads link reference definitions as CommonMark does: over several lines, one after another, only where a paragraph starts', () => {
    assert.deepEqual(prose('[foo]:\n/url\n  "7 March"\n[bar]: /b\ntext'), ['\n', '\ntext']);
    assert.deepEqual(prose('[\nfoo\n]: /url\nbar'), ['\nbar']);
    assert.deepEqual(prose('- [foo]: /url "7 March"\n- 8 March'), ['\n- 8 March']);
    assert.deepEqual(prose('> [foo]: /url "7 March"\n> 8 March'), ['\n> 8 March']);
    assert.deepEqual(prose('[foo]: /url\nbar\n==='), ['\nbar\n===']);
    // Not definitions: a line inside a paragraph, a title followed by more text, a bracket in the label.
    assert.deepEqual(prose('Foo\n[bar]: /baz'), ['Foo\n[bar]: /baz']);
    assert.deepEqual(prose('[foo]: /url "title" ok'), ['[foo]: /url "title" ok']);
    assert.deepEqual(prose('[ref[]: /uri'), ['[ref[]: /uri']);
  });
  it('reads link destinations and brackets as CommonMark does', () => {
    // <…> destinations may hold parentheses; a destination with a blank or a bad title is no link.
    assert.deepEqual(prose('[a](<b)c>) and [link](<foo(and(bar)>)'), ['[a', ' and [link']);
    assert.deepEqual(prose('[link](/my uri) [foo](not a link)'), ['[link](/my uri) [foo](not a link)']);
    // A `]` with no `[` before it is text; a link inside link text makes the outer brackets text.
    assert.deepEqual(prose('\\[not a link](/foo) [link] bar](/uri)'), ['\\[not a link](/foo) [link] bar](/uri)']);
    assert.deepEqual(prose('[foo [bar](/uri)](/uri)'), ['[foo [bar', '](/uri)']);
    // An image is cut whole, links inside it included.
    assert.deepEqual(prose('a ![foo [bar](/u)](/v) b'), ['a ', ' b']);
    // A chain of labels: which are links depends on definitions elsewhere, so all labels after the first are cut…
    assert.deepEqual(prose('[foo][bar][baz] x'), ['[foo', ' x']);
    // …but brackets followed by a destination are an inline link's text.
    assert.deepEqual(prose('[a][b](/u "t") x'), ['[a][b', ' x']);
  });
  it('drops images entirely, autolinks and bare URLs', () => {
    assert.deepEqual(spans('a ![7 March](p.png "t") b <https://x.org/8-March> c https://example.com/1917-03-07. d www.x.org e'), ['a ', ' b ', ' c ', '. d ', ' e']);
    // Without a scheme anywhere in the text, in any case.
    assert.deepEqual(spans('c https://example.org/7-March d ftp://x.org e'), ['c ', ' d ', ' e']);
    assert.deepEqual(spans('d www.x.org/7-March e'), ['d ', ' e']);
    assert.deepEqual(spans('e WWW.Y.ORG f wwW.z.org g'), ['e ', ' f ', ' g']);
  });
  it('drops heading markers, opening and closing', () => {
    const t = '## 7 March 1917 ##';
    assert.deepEqual(spans(t, splitBlocks(t)[0]), ['7 March 1917']);
  });
  it('code, front matter and rules have no prose', () => {
    assert.deepEqual(prose('```\n7 March\n```\n\n    8 March\n\n---\n'), []);
  });
  it('keeps emphasis markers and soft breaks inside the span', () => {
    assert.deepEqual(prose('On *7 March\n(O.S. 22 February)* 1917.'), ['On *7 March\n(O.S. 22 February)* 1917.']);
  });
  it('skips footnote references', () => {
    assert.deepEqual(spans('a[^1] b'), ['a', ' b']);
  });
});

describe('markdown: directives', () => {
  it('reads the three kinds with codes and offsets', () => {
    const t = 'x\n<!-- clio-disable-next-line dual-date-mismatch invalid-date -->\nnext line\n<!-- clio-disable weekday-mismatch -->\ny\n<!-- clio-enable -->\n';
    const ds = directives(t);
    assert.deepEqual(ds.map((d) => [d.kind, d.codes, t.slice(d.start, d.end)]), [
      ['disable-next-line', ['dual-date-mismatch', 'invalid-date'], '<!-- clio-disable-next-line dual-date-mismatch invalid-date -->'],
      ['disable', ['weekday-mismatch'], '<!-- clio-disable weekday-mismatch -->'],
      ['enable', [], '<!-- clio-enable -->'],
    ]);
    assert.equal(t.slice(ds[0].target?.start, ds[0].target?.end), 'next line');
  });
  it('ignores directives inside code when blocks are given', () => {
    const t = '```\n<!-- clio-disable -->\n```\n<!-- clio-disable-line -->';
    assert.equal(directives(t).length, 2);
    const ds = directives(t, splitBlocks(t));
    assert.deepEqual(ds.map((d) => d.kind), ['disable-line']);
  });
});
