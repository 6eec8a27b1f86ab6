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

describe('stated convention: a book\'s note of its dates', () => {
  it('reads the notes books print, in the words they use (round 35)', () => {
    for (const t of [
      'The dates given in this volume are Old Style unless otherwise indicated.',
      'Dates in this book are given according to the Julian calendar, then in use in Russia.',
      'All dates are in the Old Style.',
      // The abbreviation, a verb of following, the calendar of the time, the calendar as the subject.
      'Dates are O.S. unless otherwise indicated.',
      'All dates in this book follow the Julian calendar.',
      'Dates are given according to the calendar then in use in Russia.',
      'The Old Style is used throughout.',
      'Old Style dating is used throughout this book.',
      'Throughout this volume the Julian calendar is followed.',
    ]) assert.equal(stated(t), 'julian', t);
    assert.equal(stated('All dates are N.S. unless marked otherwise.'), 'gregorian');
    assert.equal(stated('The Gregorian calendar is used for all dates.'), 'gregorian');
  });
  it('not a calendar used by someone, or once', () => {
    for (const t of [
      'The Julian calendar is used by the Orthodox Church.',
      'The Julian calendar is used throughout the Orthodox world.',
      'In Russia the Julian calendar was used until 1918.',
      'The Old Style is used in the church calendar of Serbia.',
      'The calendar then in use in Russia was twelve days behind.',
    ]) assert.equal(stated(t), undefined, t);
  });
});
