/** Completions through the built server: event snippets, people and the other calendar's day, in every convention. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, GREGORIAN_RUSSIA, JULIAN_RUSSIA, LspClient, positionAt, positionOf, RUSSIA } from './lspClient';
import { TRAM_DATASET } from './userDataset';

const HEADERS = {
  gregorian: GREGORIAN_RUSSIA,
  julian: JULIAN_RUSSIA,
  dual: '---\nclio:\n  calendar: dual\n  region: russia\n---\n\n',
  none: RUSSIA,
} as const;
type Convention = keyof typeof HEADERS;
const CONVENTIONS = Object.keys(HEADERS) as Convention[];

/**
 * The text a snippet inserts when the writer accepts every default: placeholders keep their text, a choice its
 * first option, tab stops vanish (LSP snippet grammar, with its escapes).
 */
function expandSnippet(snippet: string): string {
  let i = 0;
  const parse = (inChoice: boolean, stop: (c: string) => boolean): string => {
    let out = '';
    while (i < snippet.length && !stop(snippet[i])) {
      const c = snippet[i];
      if (c === '\\' && i + 1 < snippet.length && (inChoice ? ',|\\' : '$}\\').includes(snippet[i + 1])) {
        out += snippet[i + 1];
        i += 2;
      } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
        i++;
        while (/\d/.test(snippet[i] ?? '')) i++;
      } else if (c === '$' && snippet[i + 1] === '{') {
        i += 2;
        while (/\d/.test(snippet[i])) i++;
        if (snippet[i] === ':') {
          i++;
          out += parse(false, (ch) => ch === '}');
          i++; // }
        } else if (snippet[i] === '|') {
          i++;
          const choices: string[] = [];
          for (;;) {
            choices.push(parse(true, (ch) => ch === ',' || ch === '|'));
            if (snippet[i++] === '|') break;
          }
          assert.equal(snippet[i], '}', `choice closes in ${snippet}`);
          i++;
          out += choices[0];
        } else {
          assert.equal(snippet[i], '}', `tab stop closes in ${snippet}`);
          i++;
        }
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const text = parse(false, () => false);
  assert.equal(i, snippet.length);
  return text;
}

/** Applies a completion item as an editor would, with every snippet default accepted. */
function accept(text: string, item: CompletionItem): string {
  const edit = item.textEdit as TextEdit;
  assert.ok(edit && 'range' in edit, `${item.label} has a textEdit`);
  const newText = item.insertTextFormat === 2 ? expandSnippet(edit.newText) : edit.newText;
  return applyEdits(text, [{ range: edit.range, newText }]);
}

function find(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `"${label}" offered among ${items.length}: ${items.slice(0, 20).map((i) => i.label).join(', ')}`);
  return item;
}

let n = 0;
async function completeAtEnd(client: LspClient, text: string, needle: string, trigger?: string) {
  const uri = `file:///tmp/clio-completion-${++n}.md`;
  await client.open(uri, text);
  const items = await client.completion(uri, positionOf(text, needle, needle.length), trigger);
  return { uri, items };
}

describe('completion through the server', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('declares @ as a trigger character', () => {
    assert.deepEqual(client.initializeResult?.capabilities.completionProvider?.triggerCharacters, ['@']);
  });

  describe('event snippets', () => {
    const octoberRevolution: Record<Convention, string> = {
      gregorian: 'the October Revolution of 7 November (O.S. 25 October) 1917',
      julian: 'the October Revolution of 25 October (7 November) 1917',
      dual: 'the October Revolution of 25 October/7 November 1917',
      none: 'the October Revolution of 7 November (O.S. 25 October) 1917',
    };
    const julyDays: Record<Convention, string> = {
      gregorian: 'the July Days of 16–20 July (O.S. 3–7 July) 1917',
      julian: 'the July Days of 3–7 July (16–20 July) 1917',
      dual: 'the July Days of 3–7 July/16–20 July 1917',
      none: 'the July Days of 16–20 July (O.S. 3–7 July) 1917',
    };
    for (const convention of CONVENTIONS) {
      it(`"Octob" → October Revolution in a ${convention} document`, async () => {
        const text = `${HEADERS[convention]}The Bolsheviks planned Octob`;
        const { items } = await completeAtEnd(client, text, 'Octob');
        const item = find(items, 'October Revolution');
        assert.equal(item.kind, 23); // Event
        assert.equal(item.insertTextFormat, 2);
        assert.equal(accept(text, item), `${HEADERS[convention]}The Bolsheviks planned ${octoberRevolution[convention]}`);
      });

      it(`a span renders as a span in a ${convention} document (July Days)`, async () => {
        const text = `${HEADERS[convention]}Then came the July D`;
        const { items } = await completeAtEnd(client, text, 'July D');
        const item = find(items, 'July Days');
        // "the" was typed already, and the item replaces both typed words.
        assert.equal(accept(text, item), `${HEADERS[convention]}Then came ${julyDays[convention]}`);
      });

      it(`an inserted snippet draws no calendar diagnostics in a ${convention} document`, async () => {
        const text = `${HEADERS[convention]}In Petrograd the October R`;
        const { uri, items } = await completeAtEnd(client, text, 'October R');
        const after = accept(text, find(items, 'October Revolution'));
        await client.replaceAll(uri, after);
        const diagnostics = await client.waitForDiagnostics(uri);
        assert.deepEqual(diagnostics.map((d) => d.code), []);
      });
    }

    it('gives tab stops for the article and the deletable date phrase', async () => {
      const text = `${HEADERS.gregorian}Then July`;
      const { items } = await completeAtEnd(client, text, 'July');
      const edit = find(items, 'July Days').textEdit as TextEdit;
      assert.equal(edit.newText, '${1:the} July Days${2: of 16–20 July (O.S. 3–7 July) 1917}$0');
    });

    it('an event ended the day after it began is dated by its first day, with the full span as a second choice', async () => {
      const text = `${HEADERS.gregorian}Then Octob`;
      const { items } = await completeAtEnd(client, text, 'Octob');
      const edit = find(items, 'October Revolution').textEdit as TextEdit;
      assert.equal(edit.newText, '${1:the} October Revolution${2| of 7 November (O.S. 25 October) 1917, of 7–8 November (O.S. 25–26 October) 1917|}$0');
    });

    it('writes no article for an event without one, and "The" at a sentence start', async () => {
      const text = `${HEADERS.gregorian}It began. Bloody S`;
      const { items } = await completeAtEnd(client, text, 'Bloody S');
      assert.equal(accept(text, find(items, 'Bloody Sunday')), `${HEADERS.gregorian}It began. Bloody Sunday of 22 January (O.S. 9 January) 1905`);
      const text2 = `${HEADERS.gregorian}It began. Octob`;
      const r2 = await completeAtEnd(client, text2, 'Octob');
      assert.equal(accept(text2, find(r2.items, 'October Revolution')), `${HEADERS.gregorian}It began. The October Revolution of 7 November (O.S. 25 October) 1917`);
    });

    it('writes partial dates as known: a month, a year, each end in its own precision', async () => {
      const text = `${HEADERS.gregorian}After the Georgian A`;
      const { items } = await completeAtEnd(client, text, 'Georgian A');
      assert.equal(accept(text, find(items, 'Georgian Affair')), `${HEADERS.gregorian}After the Georgian Affair of 1922`);
      const text2 = `${HEADERS.gregorian}After Lenin's second s`;
      const r2 = await completeAtEnd(client, text2, "Lenin's second s");
      assert.equal(accept(text2, find(r2.items, "Lenin's second stroke")), `${HEADERS.gregorian}After Lenin's second stroke of December 1922`);
      const text3 = `${HEADERS.gregorian}Under War Comm`;
      const r3 = await completeAtEnd(client, text3, 'War Comm');
      assert.equal(accept(text3, find(r3.items, 'War Communism')), `${HEADERS.gregorian}Under the War Communism of June 1918 – March 1921`);
    });

    it('marks a Gregorian-era day N.S. in a Julian document (unmarked days read O.S. there)', async () => {
      const text = `${HEADERS.julian}Then the New Econ`;
      const { items } = await completeAtEnd(client, text, 'New Econ');
      assert.equal(accept(text, find(items, 'New Economic Policy')), `${HEADERS.julian}Then the New Economic Policy of 21 March 1921 (N.S.) – 1928`);
    });

    it("documents an item with the event's hover", async () => {
      const text = `${HEADERS.gregorian}The October Revolution. Then Octob`;
      const { uri, items } = await completeAtEnd(client, text, 'Then Octob');
      const hover = await client.hover(uri, positionOf(text, 'October Revolution', 2));
      const resolved = await client.request<CompletionItem>('completionItem/resolve', find(items, 'October Revolution'));
      const doc = resolved.documentation;
      assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents);
      assert.deepEqual(doc, { kind: 'markdown', value: hover.contents.value });
      assert.match(hover.contents.value, /\*\*October Revolution\*\*/);
    });

    it('finds an event by an alias, whose words are in filterText', async () => {
      const text = `${HEADERS.gregorian}During the Bolshevik Rev`;
      const { items } = await completeAtEnd(client, text, 'Bolshevik Rev');
      const item = find(items, 'October Revolution');
      assert.match(item.filterText ?? '', /October Revolution/);
      assert.match(item.filterText ?? '', /Bolshevik Revolution/);
      assert.equal(accept(text, item), `${HEADERS.gregorian}During the October Revolution of 7 November (O.S. 25 October) 1917`);
    });

    it('ranks mentioned entities first, then events of the document’s years, then the rest', async () => {
      const text = `${HEADERS.gregorian}Kerensky wrote on 22 January 1905 about it. @`;
      const { items } = await completeAtEnd(client, text, '@', '@');
      const sort = (label: string) => find(items, label).sortText ?? '';
      assert.ok(sort('Alexander Kerensky') < sort('Bloody Sunday'), 'mentioned before the period’s events');
      assert.ok(sort('Bloody Sunday') < sort('October Revolution'), 'events of 1905 before others');
      assert.ok(sort('Bloody Sunday') < sort('Vladimir Lenin'), 'events of 1905 before unmentioned people');
    });
  });

  describe('event snippets for the wider dataset (Imperial Russia; Britain before 1752)', () => {
    const header = (calendar: string, region: string) => `---\nclio:\n  calendar: ${calendar}\n  region: ${region}\n---\n\n`;
    // Borodino 26 August 1812 O.S. = 7 September N.S.; Poltava 27 June 1709 O.S. = 8 July N.S. (11 days after
    // 1 March 1700 O.S.); the Gunpowder Plot 5 November 1605 O.S. = 15 November N.S. (10 days).
    const cases: { calendar: string; region: string; typed: string; label: string; expected: string }[] = [
      { calendar: 'gregorian', region: 'russia', typed: 'Borod', label: 'Battle of Borodino', expected: 'the Battle of Borodino of 7 September (O.S. 26 August) 1812' },
      { calendar: 'julian', region: 'russia', typed: 'Borod', label: 'Battle of Borodino', expected: 'the Battle of Borodino of 26 August (7 September) 1812' },
      { calendar: 'dual', region: 'russia', typed: 'Borod', label: 'Battle of Borodino', expected: 'the Battle of Borodino of 26 August/7 September 1812' },
      { calendar: 'julian', region: 'britain', typed: 'Gunpowder P', label: 'Gunpowder Plot', expected: 'the Gunpowder Plot of 5 November (15 November) 1605' },
      { calendar: 'gregorian', region: 'britain', typed: 'Gunpowder P', label: 'Gunpowder Plot', expected: 'the Gunpowder Plot of 15 November (O.S. 5 November) 1605' },
      { calendar: 'gregorian', region: 'russia', typed: 'Poltav', label: 'Battle of Poltava', expected: 'the Battle of Poltava of 8 July (O.S. 27 June) 1709' },
      { calendar: 'julian', region: 'russia', typed: 'Poltav', label: 'Battle of Poltava', expected: 'the Battle of Poltava of 27 June (8 July) 1709' },
    ];
    for (const c of cases) {
      it(`"${c.typed}" → ${c.label} in a ${c.calendar} chapter on ${c.region}`, async () => {
        const text = `${header(c.calendar, c.region)}That year came ${c.typed}`;
        const { uri, items } = await completeAtEnd(client, text, c.typed);
        const after = accept(text, find(items, c.label));
        assert.equal(after, `${header(c.calendar, c.region)}That year came ${c.expected}`);
        // The inserted dates are the event's own in the chapter's convention: nothing to flag.
        await client.replaceAll(uri, after);
        assert.deepEqual((await client.waitForDiagnostics(uri)).map((d) => d.code), []);
      });
    }
  });

  describe('the @ trigger', () => {
    it('offers everything after @ and replaces the @ too', async () => {
      const text = `${HEADERS.julian}In Petrograd @`;
      const { items } = await completeAtEnd(client, text, '@', '@');
      assert.ok(items.length > 100, `all entities offered (${items.length})`);
      assert.equal(accept(text, find(items, 'July Days')), `${HEADERS.julian}In Petrograd the July Days of 3–7 July (16–20 July) 1917`);
      assert.equal(accept(text, find(items, 'Alexander Kerensky')), `${HEADERS.julian}In Petrograd Alexander Kerensky`);
    });

    it('keeps the @ in the replaced range while a name is typed after it', async () => {
      const text = `${HEADERS.dual}In Petrograd @Octob`;
      const { items } = await completeAtEnd(client, text, '@Octob');
      const item = find(items, 'October Revolution');
      assert.ok((item.filterText ?? '').startsWith('@October Revolution'));
      assert.equal(accept(text, item), `${HEADERS.dual}In Petrograd the October Revolution of 25 October/7 November 1917`);
    });

    it('does not fire inside an e-mail address', async () => {
      const text = `${HEADERS.gregorian}Write to clio@`;
      const { items } = await completeAtEnd(client, text, 'clio@', '@');
      assert.deepEqual(items, []);
    });
  });

  describe('people', () => {
    for (const convention of CONVENTIONS) {
      it(`full name, and a second item with life dates, in a ${convention} document`, async () => {
        const text = `${HEADERS[convention]}Then Kerens`;
        const { items } = await completeAtEnd(client, text, 'Kerens');
        const plain = find(items, 'Alexander Kerensky');
        assert.equal(plain.kind, 18);
        assert.equal(plain.labelDetails?.detail, ' (1881–1970)');
        assert.equal(accept(text, plain), `${HEADERS[convention]}Then Alexander Kerensky`);
        const dated = find(items, 'Alexander Kerensky (1881–1970)');
        assert.equal(accept(text, dated), `${HEADERS[convention]}Then Alexander Kerensky (1881–1970)`);
        assert.ok((plain.sortText ?? '') < (dated.sortText ?? ''), 'the plain name first');
        const resolved = await client.request<CompletionItem>('completionItem/resolve', plain);
        assert.match((resolved.documentation as { value: string }).value, /\*\*Alexander Kerensky\*\*/);
      });
    }

    it('finds a person by a surname alias in the middle of a word list', async () => {
      const text = `${HEADERS.gregorian}Lenin and Trots`;
      const { items } = await completeAtEnd(client, text, 'Trots');
      assert.equal(accept(text, find(items, 'Leon Trotsky')), `${HEADERS.gregorian}Lenin and Leon Trotsky`);
    });
  });

  describe("the other calendar's day after a date", () => {
    const cases: { convention: Convention; date: string; expected: string; label: string }[] = [
      { convention: 'gregorian', date: '7 November 1917', expected: '7 November 1917 (O.S. 25 October)', label: '(O.S. 25 October)' },
      { convention: 'gregorian', date: '16–20 July 1917', expected: '16–20 July 1917 (O.S. 3–7 July)', label: '(O.S. 3–7 July)' },
      { convention: 'julian', date: '25 October 1917', expected: '25 October 1917 (7 November)', label: '(7 November)' },
      { convention: 'julian', date: '31 December 1917', expected: '31 December 1917 (13 January 1918)', label: '(13 January 1918)' },
      { convention: 'dual', date: '25 October 1917', expected: '25 October/7 November 1917', label: '25 October/7 November 1917' },
      { convention: 'none', date: '25 October 1917', expected: '25 October 1917 (N.S. 7 November)', label: '(N.S. 7 November)' },
    ];
    for (const c of cases) {
      it(`${c.date} → ${c.expected} in a ${c.convention} document`, async () => {
        const text = `${HEADERS[c.convention]}In Petrograd on ${c.date}`;
        const { uri, items } = await completeAtEnd(client, text, c.date);
        assert.deepEqual(items.map((i) => i.label), [c.label]);
        const after = accept(text, items[0]);
        assert.equal(after, `${HEADERS[c.convention]}In Petrograd on ${c.expected}`);
        await client.replaceAll(uri, after);
        assert.deepEqual((await client.waitForDiagnostics(uri)).map((d) => d.code), [], 'the pair agrees');
      });
    }

    it('also after a space typed behind the date', async () => {
      const text = `${HEADERS.gregorian}In Petrograd on 7 November 1917 `;
      const uri = `file:///tmp/clio-completion-${++n}.md`;
      await client.open(uri, text);
      const items = await client.completion(uri, positionAt(text, text.length));
      assert.equal(accept(text, find(items, '(O.S. 25 October)')), `${HEADERS.gregorian}In Petrograd on 7 November 1917 (O.S. 25 October)`);
    });

    it('not after a date of the Gregorian era, nor after a dual date', async () => {
      for (const date of ['7 November 1925', '7 November (O.S. 25 October) 1917']) {
        const text = `${HEADERS.gregorian}In Moscow on ${date}`;
        const { items } = await completeAtEnd(client, text, date);
        assert.equal(items.filter((i) => i.kind === 12).length, 0, date);
      }
    });
  });

  describe('no completions outside prose', () => {
    const places: [string, string, string][] = [
      ['fenced code', `${HEADERS.gregorian}Text.\n\n\`\`\`\nOctob\n\`\`\`\n`, 'Octob'],
      ['inline code', `${HEADERS.gregorian}Text \`Octob\` more.\n`, 'Octob'],
      ['a link target', `${HEADERS.gregorian}See [the page](https://example.org/Octob) here.\n`, 'Octob'],
      ['front matter', '---\ntitle: Octob\nclio:\n  calendar: gregorian\n---\n\nText.\n', 'Octob'],
      ['a date in code', `${HEADERS.gregorian}Text \`7 November 1917\` more.\n`, '1917'],
    ];
    for (const [where, text, needle] of places) {
      it(`none in ${where}`, async () => {
        const { items } = await completeAtEnd(client, text, needle);
        assert.deepEqual(items, []);
        const at = await completeAtEnd(client, text, needle, '@');
        assert.deepEqual(at.items, []);
      });
    }

    it('but in a link text, which is prose', async () => {
      const text = `${HEADERS.gregorian}See [Octob`;
      const { items } = await completeAtEnd(client, text, 'Octob');
      find(items, 'October Revolution');
    });
  });

  describe('a user dataset', () => {
    let root: string;
    let user: LspClient;
    const fileUri = (name: string) => pathToFileURL(join(root, name)).href;
    const dataset = TRAM_DATASET;
    before(async () => {
      root = mkdtempSync(join(tmpdir(), 'clio-completion-'));
      writeFileSync(join(root, 'tram.clio.json'), `${JSON.stringify(dataset, null, 2)}\n`);
      user = await LspClient.start({ workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'draft' }] });
    });
    after(async () => {
      await user.stop();
      rmSync(root, { recursive: true, force: true });
    });

    it("completes a user dataset's people and events, escaping snippet syntax in names", async () => {
      const text = `${HEADERS.gregorian}Then the Tram f`;
      const uri = fileUri('e.md');
      await user.open(uri, text);
      const items: CompletionItem[] = await user.completion(uri, positionAt(text, text.length));
      const strike = items.find((i) => i.label === 'Fare strike {$5} \\ tram');
      assert.ok(strike, `user event offered among ${items.map((i) => i.label).join(', ')}`);
      const edit = strike.textEdit as TextEdit;
      // "the" is typed already, so the snippet has no article.
      assert.equal(edit.newText, 'Fare strike {\\$5\\} \\\\ tram${1: of 2 March (O.S. 18 February) 1916}$0');
      assert.equal(
        applyEdits(text, [{ range: edit.range, newText: expandSnippet(edit.newText) }]),
        `${HEADERS.gregorian}Then the Fare strike {$5} \\ tram of 2 March (O.S. 18 February) 1916`,
      );
      const person = items.filter((i) => i.label.startsWith('Ivan Tramvayev')).map((i) => i.label);
      assert.deepEqual(person, []); // "Tram f" does not match the person; typing his name does:
      const text2 = 'Ivan Tram';
      await user.open(fileUri('f.md'), text2);
      const people = await user.completion(fileUri('f.md'), positionAt(text2, text2.length));
      assert.ok(people.some((i) => i.label === 'Ivan Tramvayev (b. 1880)'), people.map((i) => i.label).join(', '));
    });
  });
});
