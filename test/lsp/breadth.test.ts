/**
 * The wider dataset (breadth issue) through the built server over stdio: names shared by several rulers are told
 * apart by the years around them, a first name that begins an unknown name is no ruler, and the new events are
 * checked like the old ones in both conventions.
 */
import assert from 'node:assert/strict';
import { LspClient, message } from './lspClient';

const frontMatter = (calendar: string, region: string) => `---\nclio:\n  calendar: ${calendar}\n  region: ${region}\n---\n\n`;

let n = 0;
describe('the wider dataset through the server', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function open(text: string): Promise<{ uri: string; messages: string[] }> {
    const { uri, diagnostics } = await client.openAndWait(`file:///tmp/clio-breadth-${++n}.md`, text);
    return { uri, messages: diagnostics.map(message) };
  }

  describe('names across periods', () => {
    const text =
      'In 1812 Napoleon crossed the Niemen, and Alexander joined the army at Vilna.\n\n' +
      'On 1 March 1881 Alexander was killed by a bomb in St Petersburg.\n\n' +
      'In 1649 King Charles was beheaded at Whitehall; in 1709 King Charles lost his army.\n\n' +
      'Charles Darwin sailed on the Beagle in 1831.\n';

    it('Alexander near 1812 is Alexander I, near 1881 Alexander II, each hover saying it is a guess', async () => {
      const { uri } = await open(text);
      const first = await client.hoverText(uri, text, 'Alexander', 0);
      assert.match(first, /^\*\*Alexander I\*\*/);
      assert.match(first, /A guess from context: this name may also be/);
      assert.match(await client.hoverText(uri, text, 'Alexander', 1), /^\*\*Alexander II\*\*/);
    });

    it('King Charles near 1649 is Charles I, near 1709 Charles XII; Charles Darwin is no king', async () => {
      const { uri } = await open(text);
      assert.match(await client.hoverText(uri, text, 'King Charles', 0), /^\*\*Charles I\*\*/);
      assert.match(await client.hoverText(uri, text, 'King Charles', 1), /^\*\*Charles XII\*\*/);
      assert.equal(await client.hoverText(uri, text, 'Charles Darwin'), '');
    });
  });

  describe('new events in both conventions', () => {
    it('the N.S. day of Borodino in an Old Style chapter is a calendar-mixup', async () => {
      // Borodino: 26 August 1812 O.S. = 7 September 1812 N.S.
      const { messages } = await open(`${frontMatter('julian', 'russia')}The Battle of Borodino was fought on 7 September 1812.\n`);
      assert.deepEqual(messages, [
        '7 September 1812 is the N.S. date of the Battle of Borodino, 26 August 1812 O.S.; this document reads unmarked dates as Old Style',
      ]);
    });

    it('the O.S. day of the Gunpowder Plot in a New Style British chapter is a calendar-mixup', async () => {
      // 5 November 1605 O.S. = 15 November 1605 N.S.
      const { messages } = await open(`${frontMatter('gregorian', 'britain')}The Gunpowder Plot was discovered on 5 November 1605.\n`);
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0], /^5 November 1605 is the O\.S\. date of the Gunpowder Plot[^,]*, 15 November 1605 N\.S\./);
    });

    it('each day written in its own convention is quiet', async () => {
      assert.deepEqual((await open(`${frontMatter('julian', 'russia')}The Battle of Borodino was fought on 26 August 1812.\n`)).messages, []);
      assert.deepEqual((await open(`${frontMatter('gregorian', 'russia')}The Battle of Borodino was fought on 7 September 1812.\n`)).messages, []);
    });
  });
});
