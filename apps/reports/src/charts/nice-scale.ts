/** Round axis steps (1, 2, 5 × 10ⁿ) so a chart's gridlines fall on numbers a person reads at a glance. */
export const niceScale = (max: number, targetTicks = 5): { top: number; ticks: number[] } => {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const rough = max / targetTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { top, ticks };
};

export const formatNumber = (value: number, locale: string, digits = 1) =>
  value.toLocaleString(locale === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: digits });
