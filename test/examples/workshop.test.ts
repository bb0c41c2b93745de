/**
 * The workshop's quick entry: what a facilitator types becomes a touchpoint title and emotion.
 * A wrong reading puts the room's words on the wrong part of the curve.
 */
import { parseEntry } from '../../examples/workshop/parseEntry';

describe('workshop quick entry (parseEntry)', () => {
  it('reads a trailing number from -5 to 5 as the emotion, halves included', () => {
    expect(parseEntry('Waits for the invite email -2')).toEqual({ title: 'Waits for the invite email', emotion: -2 });
    expect(parseEntry('Sees the dashboard +4.5')).toEqual({ title: 'Sees the dashboard', emotion: 4.5 });
    expect(parseEntry('Gets the refund 3')).toEqual({ title: 'Gets the refund', emotion: 3 });
    expect(parseEntry('排队等候 −3,5')).toEqual({ title: '排队等候', emotion: -3.5 });
  });

  it('keeps numbers that are not an emotion in the title, at emotion 0', () => {
    expect(parseEntry('Waits 40 minutes')).toEqual({ title: 'Waits 40 minutes', emotion: 0 });
    expect(parseEntry('Calls line 7')).toEqual({ title: 'Calls line 7', emotion: 0 });
    expect(parseEntry('Version 2.3')).toEqual({ title: 'Version 2.3', emotion: 0 });
  });

  it('adds nothing for an empty entry or a bare number', () => {
    expect(parseEntry('   ')).toBeNull();
    expect(parseEntry('-2')).toBeNull();
  });
});
