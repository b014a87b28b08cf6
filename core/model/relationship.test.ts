import { describe, expect, it } from 'vitest';
import { levelOf, readShare, relationshipLevel } from './relationship';

describe('relationship level', () => {
  it('> 80 % full, > 60 % strong, else ordinary; the edges go to the lower level', () => {
    expect(levelOf(0.81)).toBe('full');
    expect(levelOf(0.8)).toBe('strong');
    expect(levelOf(0.61)).toBe('strong');
    expect(levelOf(0.6)).toBe('ordinary');
    expect(levelOf(0.29)).toBe('ordinary');
    expect(levelOf(0)).toBe('ordinary');
  });

  it('reads fractions, percent text and whole percents', () => {
    expect(readShare(0.85)).toBe(0.85);
    expect(readShare('85%')).toBe(0.85);
    expect(readShare('８５％')).toBe(0.85);
    expect(readShare(85)).toBe(0.85);
    expect(readShare(1)).toBe(1);
    expect(readShare(101)).toBeUndefined();
    expect(readShare(-0.1)).toBeUndefined();
    expect(readShare('')).toBeNull();
    expect(relationshipLevel('80%')).toBe('strong');
    expect(relationshipLevel(80)).toBe('strong');
  });

  it('unknown words cannot be judged; level names read as themselves; junk is unreadable', () => {
    for (const w of ['unknown', ' Unknown ', '无法判断', '無法判斷', '未知', 'Cannot judge']) expect(relationshipLevel(w)).toBe('unknown');
    expect(relationshipLevel('非常到位')).toBe('full');
    expect(relationshipLevel('比較到位')).toBe('strong');
    expect(relationshipLevel('very good')).toBeUndefined();
    expect(relationshipLevel(true)).toBeUndefined();
    expect(relationshipLevel(new Date(2026, 0, 1))).toBeUndefined();
  });
});
