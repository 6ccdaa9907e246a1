/**
 * A money axis (values in minor units) from zero, labelled on whole currency units only: with
 * nothing to show (no revenue) chart.js spread 0–1 cent over ten ticks, read "€ 0,00, € 0,00, € 0,01".
 */
export function wholeUnitAxis(digits: number) {
  const unit = 10 ** digits;
  return {
    beginAtZero: true,
    suggestedMax: unit,
    afterBuildTicks: (scale: { ticks: { value: number }[] }) => void (scale.ticks = scale.ticks.filter((tick) => tick.value % unit === 0)),
  };
}
