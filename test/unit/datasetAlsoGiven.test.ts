// A dataset value's `alsoGiven` days (other days references give for the same fact) are read, validated like its
// own date, and reported where they are wrong. Producer: server/src/dataset/load.ts, data/schema/clio-dataset.schema.json.
import assert from 'node:assert/strict';
import { loadDatasetFile } from '../../server/src/dataset/load';

const file = (died: unknown) =>
  JSON.stringify({ people: [{ id: 'a-writer', name: 'Ana Writer', aliases: ['Writer'], summary: 's', sources: ['t'], died }] }, null, 2);

describe('dataset alsoGiven', () => {
  it('keeps an entry whose alsoGiven days exist', () => {
    const loaded = loadDatasetFile(file({ date: '1616-04-22', calendar: 'gregorian', alsoGiven: ['1616-04-23'] }));
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.file.people?.[0].died?.alsoGiven, ['1616-04-23']);
  });

  it('reports a day that does not exist in the value’s calendar at that day, and drops the entry', () => {
    const text = file({ date: '1900-02-28', calendar: 'gregorian', alsoGiven: ['1900-03-01', '1900-02-29'] });
    const loaded = loadDatasetFile(text);
    assert.deepEqual(
      loaded.problems.map((p) => [text.slice(p.start, p.end), p.severity, p.message]),
      [['"1900-02-29"', 'error', 'people[0].died.alsoGiven: 1900-02-29 does not exist in the Gregorian calendar']],
    );
    assert.deepEqual(loaded.file.people, []);
  });

  it('is a list of dates by the schema', () => {
    const loaded = loadDatasetFile(file({ date: '1616-04-22', calendar: 'gregorian', alsoGiven: '1616-04-23' }));
    assert.equal(loaded.problems.length, 1);
    assert.match(loaded.problems[0].message, /alsoGiven/);
  });
});
