import { describe, expect, it } from 'vitest';
import { matchSavedGroups } from './group-continuity.ts';

const g = (id: string, ...memberIds: string[]) => ({ id, memberIds });
const n = (...memberIds: string[]) => ({ memberIds });

describe('matchSavedGroups', () => {
  it.each<[string, ReturnType<typeof g>[], ReturnType<typeof n>[], (string | null)[]]>([
    ['nothing saved: every group is new', [], [n('a', 'b'), n('c')], [null, null]],
    [
      'the same groups saved again keep their ids',
      [g('X', 'a', 'b'), g('Y', 'c', 'd')],
      [n('a', 'b'), n('c', 'd')],
      ['X', 'Y'],
    ],
    ['order does not matter', [g('X', 'a', 'b'), g('Y', 'c', 'd')], [n('d', 'c'), n('b', 'a')], ['Y', 'X']],
    [
      'one person moved: both groups still continue theirs',
      [g('X', 'a', 'b', 'c'), g('Y', 'd', 'e', 'f')],
      [n('a', 'b', 'f'), n('c', 'd', 'e')],
      ['X', 'Y'],
    ],
    [
      'the larger overlap wins; the other new group takes what is left',
      [g('X', 'a', 'b', 'c', 'd'), g('Y', 'e', 'f')],
      [n('a', 'e'), n('b', 'c', 'd', 'f')],
      ['Y', 'X'],
    ],
    ['a group with nobody from before is new', [g('X', 'a', 'b')], [n('a', 'b'), n('z', 'y')], ['X', null]],
    ['fewer groups: the saved group nobody continues is gone', [g('X', 'a'), g('Y', 'b')], [n('a', 'b')], ['X']],
    ['a tie goes to the earlier saved group', [g('X', 'a'), g('Y', 'b')], [n('a', 'b'), n('c')], ['X', null]],
  ])('%s', (_name, saved, incoming, expected) => {
    expect(matchSavedGroups(saved, incoming)).toEqual(expected);
  });

  it('never gives one saved group to two new groups', () => {
    const result = matchSavedGroups([g('X', 'a', 'b', 'c', 'd')], [n('a', 'b'), n('c', 'd')]);
    expect(result.filter((id) => id === 'X')).toHaveLength(1);
  });
});
