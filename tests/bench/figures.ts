/** One measured figure, with the floor it is compared against and the budget it must meet. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  floor: number | null;
  budget: number | null;
}

export function figure(
  name: string,
  value: number,
  unit: string,
  limits: Partial<Pick<Figure, 'floor' | 'budget'>> = {},
): Figure {
  return { name, value, unit, floor: limits.floor ?? null, budget: limits.budget ?? null };
}

export function overBudget(figures: Figure[]): Figure[] {
  return figures.filter((f) => f.budget !== null && f.value > f.budget);
}

export function asJson(figures: Figure[]): Record<string, Omit<Figure, 'name'>> {
  return Object.fromEntries(figures.map(({ name, ...rest }) => [name, rest]));
}

export function asTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    format(f.value),
    f.unit,
    f.floor === null ? '—' : format(f.floor),
    f.budget === null ? '—' : format(f.budget),
    f.budget === null ? '' : f.value <= f.budget ? 'ok' : 'OVER',
  ]);
  const header = ['figure', 'value', 'unit', 'floor', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 3 || i === 4 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}
