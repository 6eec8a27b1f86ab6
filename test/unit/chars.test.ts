import * as assert from 'node:assert/strict';
import { charClass, isLetterOrDigit, isNameChar, LETTER_OR_DIGIT, MARK, NAME_START } from '../../server/src/util/chars';

describe('character classes', () => {
  it('agree with the Unicode property regexes for every BMP code unit', () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const expected =
        (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_DIGIT : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(ch) ? NAME_START : 0);
      if ((charClass(c) & (LETTER_OR_DIGIT | MARK | NAME_START)) !== expected) mismatches.push(c.toString(16));
    }
    assert.deepEqual(mismatches, []);
  });

  it('words of dates and names', () => {
    assert.ok(isLetterOrDigit('Я'.charCodeAt(0)) && isLetterOrDigit('7'.charCodeAt(0)) && !isLetterOrDigit('—'.charCodeAt(0)));
    assert.ok(isNameChar(0x301) && !isLetterOrDigit(0x301)); // a combining acute accent belongs to a name's word
    assert.equal(charClass(Number.NaN), 0); // a read past the end of the text
    assert.equal(charClass(0xd83d) & (LETTER_OR_DIGIT | MARK | NAME_START), 0); // a lone surrogate, as with a `u` regex
  });
});
