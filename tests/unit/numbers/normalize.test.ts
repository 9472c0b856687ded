// What pasting does to numbers: the corrections list is a contract with the UI (kinds are translated).
import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../../src/numbers/normalize';

describe('normalizeInput', () => {
  it.each([
    ['RB123456785GB', 'RB123456785GB', []],
    ['rb123456785gb', 'RB123456785GB', ['lowercase']],
    ['  RB123456785GB\n', 'RB123456785GB', []], // edge whitespace is not worth telling
    ['LP 0012 3456 7890 12', 'LP00123456789012', ['removed_spaces']],
    ['LP\t0012\u20093456\u30007890\u00A012', 'LP00123456789012', ['removed_spaces']],
    ['LP-0012‐3456‑7890−12', 'LP00123456789012', ['removed_dashes']],
    ['LP0012\u200B3456\u200D7890\u00AD12', 'LP00123456789012', ['removed_invisible']],
    ['\u200ERB123456785GB\u200F', 'RB123456785GB', ['removed_invisible']],
    ['ｌｐ００１２３４５６７８９０１２', 'LP00123456789012', ['folded_width', 'lowercase']],
    ['«LP00123456789012».', 'LP00123456789012', ['removed_punctuation']],
    ['# LP00123456789012 !', 'LP00123456789012', ['removed_punctuation']],
    ['#rb 123-456-785 gb', 'RB123456785GB', ['removed_dashes', 'removed_punctuation', 'removed_spaces', 'lowercase']],
    ['ＲＢ－１２３', 'RB123', ['removed_dashes', 'folded_width']],
    ['', '', []],
  ])('%j → %s %j', (input, normalized, corrections) => {
    expect(normalizeInput(input)).toEqual({ normalized, corrections });
  });
});
