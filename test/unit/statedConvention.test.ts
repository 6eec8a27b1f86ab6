// Conventions stated in the prose (server/src/recognize/statedConvention.ts): here the sentences in which a traveller
// tells his own reckoning by how far the place's lags behind or runs ahead of it.
import assert from 'node:assert/strict';
import { findStatedConvention } from '../../server/src/recognize/statedConvention';

const stated = (t: string) => findStatedConvention(t, [{ start: 0, end: t.length }])?.calendar;

describe('stated convention: the place\'s calendar behind or ahead of "ours"', () => {
  it('behind us: the writer dates New Style', () => {
    assert.equal(stated('The Russians date twelve days behind us: to-day is the 31st of July with them.'), 'gregorian');
    assert.equal(stated('Their calendar is still 12 days behind ours.'), 'gregorian');
    assert.equal(stated('The Greeks, who keep the old style, are thirteen days behind our reckoning.'), 'gregorian');
  });
  it('ahead of us: the writer dates Old Style (an Englishman abroad before 1752)', () => {
    assert.equal(stated('The French reckon ten days before us, so that our Christmas is their 4th of January.'), 'julian');
    assert.equal(stated('In Holland they are eleven days ahead of our style.'), 'julian');
  });
  it('no convention: a difference between the calendars, or days behind someone else', () => {
    assert.equal(stated('The Julian calendar is thirteen days behind the Gregorian.'), undefined);
    assert.equal(stated('The column marched twelve days behind us.'.replace('twelve', 'twenty')), undefined);
    assert.equal(stated('The army was twelve days behind the enemy.'), undefined);
  });
});
