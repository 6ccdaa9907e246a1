import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useUndoable } from '../../renderer/src/pages/PlanEditor/use-undoable';

describe('useUndoable', () => {
  it('keeps no step for a change that changes nothing, so every Undo undoes something', () => {
    // Typing "3.5" reports 3, then 3 again for "3." (no change), then 3.5.
    const { result } = renderHook(() => useUndoable({ rate: 2 }));
    act(() => result.current.set({ rate: 3 }));
    act(() => result.current.set({ rate: 3 }));
    act(() => result.current.set({ rate: 3.5 }));
    act(() => result.current.undo());
    expect(result.current.value).toEqual({ rate: 3 });
    act(() => result.current.undo());
    expect(result.current.value).toEqual({ rate: 2 });
    expect(result.current.canUndo).toBe(false);
  });
});
