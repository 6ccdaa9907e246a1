import type { ApiErrorIssue } from '../api/contract';
import {
  isRange,
  type BenchmarkDataSet,
  type BenchmarkFigure,
  type BenchmarkUnit,
  type BenchmarkValue,
} from './benchmark-schema';

/** A figure as the app uses it: the user's value if they set one, with the shipped default kept beside it. */
export interface EffectiveFigure extends BenchmarkFigure {
  defaultValue: BenchmarkValue;
  overridden: boolean;
}

export type BenchmarkOverrides = Readonly<Record<string, BenchmarkValue>>;

/**
 * Lays the user's overrides over the defaults. Overrides for keys the data set no
 * longer has are ignored (kept in storage, so a later version that restores the key
 * brings the user's value back).
 */
export function applyOverrides(dataSet: BenchmarkDataSet, overrides: BenchmarkOverrides): EffectiveFigure[] {
  return dataSet.figures.map((figure) => {
    const override = overrides[figure.key];
    const usable = override !== undefined && isRange(override) === isRange(figure.value);
    return { ...figure, value: usable ? override : figure.value, defaultValue: figure.value, overridden: usable };
  });
}

/** The data set with the overrides applied, for the calculation core. */
export function effectiveDataSet(dataSet: BenchmarkDataSet, overrides: BenchmarkOverrides): BenchmarkDataSet {
  return {
    ...dataSet,
    figures: applyOverrides(dataSet, overrides).map(({ defaultValue: _d, overridden: _o, ...figure }) => figure),
  };
}

interface UnitBounds {
  min: number;
  max?: number;
  integer: boolean;
}

const unitBounds: Record<BenchmarkUnit, UnitBounds> = {
  followers: { min: 0, integer: true },
  fraction: { min: 0, max: 1, integer: false },
  signedFraction: { min: -1, max: 10, integer: false },
  money: { min: 0, integer: true },
  ratio: { min: 0, integer: false },
  hour: { min: 0, max: 24, integer: false },
  count: { min: 0, integer: true },
};

function checkNumber(key: string, part: string, value: number, unit: BenchmarkUnit): ApiErrorIssue | undefined {
  const field = part ? `${key}.${part}` : key;
  const bounds = unitBounds[unit];
  if (!Number.isFinite(value)) return { field, rule: 'notANumber', message: `${field} must be a number` };
  if (value < bounds.min)
    return { field, rule: 'tooSmall', params: { min: bounds.min }, message: `${field} must be at least ${bounds.min}` };
  if (bounds.max !== undefined && value > bounds.max)
    return { field, rule: 'tooLarge', params: { max: bounds.max }, message: `${field} must be at most ${bounds.max}` };
  if (bounds.integer && !Number.isInteger(value))
    return { field, rule: 'notWhole', message: `${field} must be a whole number` };
  return undefined;
}

function checkFigureValue(figure: BenchmarkFigure, value: BenchmarkValue): ApiErrorIssue[] {
  if (isRange(figure.value) !== isRange(value)) {
    return [
      {
        field: figure.key,
        rule: isRange(figure.value) ? 'rangeExpected' : 'numberExpected',
        message: `${figure.key} expects ${isRange(figure.value) ? 'a low–high range' : 'a single number'}`,
      },
    ];
  }
  if (!isRange(value)) {
    const issue = checkNumber(figure.key, '', value, figure.unit);
    return issue ? [issue] : [];
  }
  const issues = [checkNumber(figure.key, 'low', value.low, figure.unit), checkNumber(figure.key, 'high', value.high, figure.unit)].filter(
    (i): i is ApiErrorIssue => i !== undefined,
  );
  if (issues.length === 0 && value.low > value.high) {
    issues.push({ field: figure.key, rule: 'lowAboveHigh', message: `${figure.key}: low must not be above high` });
  }
  return issues;
}

const tierOrder = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;

/** Tier lower bounds must rise strictly per platform, so every follower count falls in exactly one tier. */
function checkTierOrder(figures: readonly EffectiveFigure[], changedKeys: ReadonlySet<string>): ApiErrorIssue[] {
  const issues: ApiErrorIssue[] = [];
  const platforms = new Set(figures.filter((f) => f.group === 'tiers').map((f) => f.key.split('.')[1]));
  for (const platform of platforms) {
    const bounds = tierOrder.map((tier) => figures.find((f) => f.key === `tiers.${platform}.${tier}.min`));
    for (let i = 1; i < bounds.length; i++) {
      const lower = bounds[i - 1];
      const upper = bounds[i];
      if (!lower || !upper || isRange(lower.value) || isRange(upper.value)) continue;
      if (upper.value <= lower.value) {
        const field = changedKeys.has(upper.key) ? upper.key : lower.key;
        issues.push({
          field,
          rule: 'tierOrder',
          params: { lower: tierOrder[i - 1]!, upper: tierOrder[i]!, platform: platform! },
          message: `${platform}: the ${tierOrder[i]} tier must start above the ${tierOrder[i - 1]} tier (no overlap)`,
        });
      }
    }
  }
  return issues;
}

/**
 * Checks a set of proposed overrides against the data set and against each other,
 * together with the overrides already stored. Returns every problem, each tied to a figure key.
 */
export function validateOverrides(
  dataSet: BenchmarkDataSet,
  stored: BenchmarkOverrides,
  proposed: BenchmarkOverrides,
): ApiErrorIssue[] {
  const issues: ApiErrorIssue[] = [];
  for (const [key, value] of Object.entries(proposed)) {
    const figure = dataSet.figures.find((f) => f.key === key);
    if (!figure) {
      issues.push({ field: key, rule: 'unknownFigure', message: `There is no benchmark figure ${key}` });
      continue;
    }
    issues.push(...checkFigureValue(figure, value));
  }
  if (issues.length > 0) return issues;
  const combined = applyOverrides(dataSet, { ...stored, ...proposed });
  return checkTierOrder(combined, new Set(Object.keys(proposed)));
}
