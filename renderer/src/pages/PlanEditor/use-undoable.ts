import { useCallback, useReducer } from 'react';

interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

type Action<T> = { type: 'set'; value: T } | { type: 'reset'; value: T } | { type: 'undo' } | { type: 'redo' };

const limit = 100;

function reducer<T>(state: History<T>, action: Action<T>): History<T> {
  switch (action.type) {
    case 'set':
      // A field reports its value at every key, also when it did not change ("3." after "3"): no step, or Undo would seem to do nothing.
      if (JSON.stringify(action.value) === JSON.stringify(state.present)) return state;
      return { past: [...state.past, state.present].slice(-limit), present: action.value, future: [] };
    case 'reset':
      return { past: [], present: action.value, future: [] };
    case 'undo':
      if (state.past.length === 0) return state;
      return { past: state.past.slice(0, -1), present: state.past[state.past.length - 1]!, future: [state.present, ...state.future] };
    case 'redo':
      if (state.future.length === 0) return state;
      return { past: [...state.past, state.present], present: state.future[0]!, future: state.future.slice(1) };
  }
}

/** A value with undo and redo of its last changes (up to 100). */
export function useUndoable<T>(initial: T) {
  const [state, dispatch] = useReducer(reducer<T>, { past: [], present: initial, future: [] });
  return {
    value: state.present,
    set: useCallback((value: T) => dispatch({ type: 'set', value }), []),
    reset: useCallback((value: T) => dispatch({ type: 'reset', value }), []),
    undo: useCallback(() => dispatch({ type: 'undo' }), []),
    redo: useCallback(() => dispatch({ type: 'redo' }), []),
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
  };
}
