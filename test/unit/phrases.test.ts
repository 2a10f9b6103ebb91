import { strict as assert } from 'node:assert';
import { normaliseSpaces } from '../../src/core/extract/phrases';

describe('normaliseSpaces', () => {
  const cases: Array<[string, string]> = [
    ['the ministry', 'the ministry'],
    ['the  ministry', 'the ministry'],
    ['the\nministry', 'the ministry'],
    ['the\r\n  ministry', 'the ministry'],
    ['the\u00a0ministry', 'the ministry'],
    ['the\tministry', 'the ministry'],
    [' the ministry', 'the ministry'],
    ['the ministry ', 'the ministry'],
    ['   ', ''],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(normaliseSpaces(input), expected));
  }
});
