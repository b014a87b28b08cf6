import { describe, expect, it } from 'vitest';
import { activityPace } from './activity';

describe('activityPace', () => {
  it('measures against 8 new names and 3 introductions a day', () => {
    expect(activityPace(8, 3)).toEqual({ names: 1, introductions: 1, onPace: true });
    expect(activityPace(4, 3)).toEqual({ names: 0.5, introductions: 1, onPace: false });
    expect(activityPace(8, 2)).toMatchObject({ onPace: false });
    expect(activityPace(80, 30, 10)).toEqual({ names: 1, introductions: 1, onPace: true });
    expect(activityPace(0, 0, 5)).toEqual({ names: 0, introductions: 0, onPace: false });
  });

  it('half days count', () => {
    expect(activityPace(4, 1.5, 0.5)).toMatchObject({ names: 1, introductions: 1, onPace: true });
  });
});
