import { describe, expect, it } from 'vitest';
import { hexThreadId } from './threadId';

describe("Gmail's thread id as its address uses it", () => {
  it('keeps a legacy hex id and turns a thread-f decimal id into it', () => {
    expect(hexThreadId('196195b51bdb9ff3')).toBe('196195b51bdb9ff3');
    expect(hexThreadId('thread-f:1828907528778129395')).toBe('196195b51bdb9ff3');
    expect(hexThreadId('#thread-f:1828907528778129395')).toBe('196195b51bdb9ff3');
  });
  it('has none for a thread the rep started, or for anything else', () => {
    expect(hexThreadId('#thread-a:r-6203118400000000001')).toBeNull();
    expect(hexThreadId('javascript:alert(1)')).toBeNull();
    expect(hexThreadId(undefined)).toBeNull();
  });
});
