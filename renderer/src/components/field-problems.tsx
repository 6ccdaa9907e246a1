import { createContext, useCallback, useContext, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * Which fields of a form hold text they could not read (a date field with "eind nov", a money
 * field with "45.50"). Such a field gives its form no value, or the one it had: saving then
 * would drop or keep a value the user can see is not what they typed, so the form refuses to save
 * while any is shown (`useFieldProblemsScope`).
 */
interface FieldProblems {
  report: (field: string, hasProblem: boolean) => void;
  any: boolean;
}

const FieldProblemsContext = createContext<FieldProblems | null>(null);

/**
 * The fields of one form: the form calls this, wraps its fields in `FieldProblemsScope` with the
 * result, and refuses to save while `any` is true.
 */
export function useFieldProblemsScope(): FieldProblems {
  const fields = useRef(new Set<string>());
  const [any, setAny] = useState(false);
  const report = useCallback((field: string, hasProblem: boolean) => {
    if (hasProblem) fields.current.add(field);
    else fields.current.delete(field);
    setAny(fields.current.size > 0);
  }, []);
  return useMemo(() => ({ report, any }), [report, any]);
}

export function FieldProblemsScope({ value, children }: { value: FieldProblems; children: ReactNode }) {
  return <FieldProblemsContext.Provider value={value}>{children}</FieldProblemsContext.Provider>;
}

/**
 * Tells the surrounding form whether this field shows such text. A layout effect: a click on
 * "Save" right after typing blurs the field first, and the form must know before the click runs.
 */
export function useReportFieldProblem(hasProblem: boolean): void {
  const field = useId();
  const report = useContext(FieldProblemsContext)?.report;
  useLayoutEffect(() => {
    if (!report) return;
    report(field, hasProblem);
    return () => report(field, false);
  }, [report, field, hasProblem]);
}
