import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../bench/measure.js';
import { renderTable } from '../../bench/table.js';

describe('median and percentile', () => {
  it.each([
    { values: [3, 1, 2], median: 2, p95: 3 },
    { values: [4, 1, 3, 2], median: 2.5, p95: 4 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), median: 50.5, p95: 95 },
  ])('median $median, p95 $p95 of $values.length values', ({ values, median: expected, p95 }) => {
    expect(median(values)).toBe(expected);
    expect(percentile(values, 0.95)).toBe(p95);
  });
});

describe('renderTable', () => {
  const table = renderTable([
    { figure: 'checkPerSec', value: 500, unit: '/s', target: { atLeast: 2_000 } },
    { figure: 'docxMs', value: 12, unit: 'ms', target: { atMost: 20 } },
    { figure: 'bundleBytes.parse', value: 300_000, unit: 'kB', target: { atMost: 150_000 } },
    { figure: 'e2eP50Ms', value: undefined, unit: 'ms', target: { atMost: 2_000 } },
    { figure: 'accuracy.cases', value: 17, unit: '/ 21' },
    { figure: 'accuracy.falseStructural', value: 3, unit: '', target: { atMost: 0 } },
  ]);
  const line = (figure: string): string => table.split('\n').find((row) => row.startsWith(figure)) ?? '';

  it('says by how much a throughput target is missed', () => {
    expect(line('checkPerSec')).toMatch(/500 \/s\s+≥ 2,000 \/s\s+MISS ×4\.0$/);
  });

  it('says ok when a cost is within its target', () => {
    expect(line('docxMs')).toMatch(/12\.0 ms\s+≤ 20\.0 ms\s+ok$/);
  });

  it('prints sizes in kB and the factor of a miss', () => {
    expect(line('bundleBytes.parse')).toMatch(/300\.0 kB\s+≤ 150\.0 kB\s+MISS ×2\.0$/);
  });

  it('marks a figure that was not measured', () => {
    expect(line('e2eP50Ms')).toMatch(/—\s+≤ 2,000 ms\s+not measured$/);
  });

  it('prints counts without decimals', () => {
    expect(line('accuracy.cases')).toMatch(/^accuracy\.cases\s+17 \/ 21\s+—$/);
  });

  it('counts the misses of a target of zero instead of dividing by it', () => {
    expect(line('accuracy.falseStructural')).toMatch(/3\s+≤ 0\s+MISS \(3\)$/);
  });
});
