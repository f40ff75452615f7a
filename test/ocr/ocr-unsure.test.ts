import { describe, expect, it } from 'vitest';
import type { ReadReport } from '../../functions/shared/model/report.js';
import { checkReport } from '../../functions/validate/check-report.js';
import { reportFactory } from '../support/report-factory.js';

/** A report whose Table 三 row （七）总计 prints 1 in 自然人 and 0 in 总计, as if OCR read it so. */
function scanned(readings: ReadReport['ocr']): ReadReport {
  const report = reportFactory({ table3: { handledTotal: { natural: 1, total: 0 } } });
  report.cells['三/handledTotal/total'] = { page: 3, table: 1, row: 21, cell: 9 };
  return { ...report, ocr: readings };
}

const rulesOf = (report: ReadReport) => checkReport(report).findings.map((f) => `${f.rule} ${f.severity}`);

describe('OCR-UNSURE', () => {
  it('keeps the error when every cell of the equation was read surely', () => {
    const rules = rulesOf(scanned({ '三/handledTotal/total': { confidence: 0.99 } }));
    expect(rules).toContain('T3-ROW-TOTAL error');
    expect(rules).not.toContain('OCR-UNSURE warning');
  });

  it('asks to check a cell read unsurely instead of reporting the equation as an error', () => {
    const report = scanned({ '三/handledTotal/total': { confidence: 0.6 } });
    const findings = checkReport(report).findings;
    const unsure = findings.filter((f) => f.rule === 'OCR-UNSURE');
    expect(findings.filter((f) => f.rule === 'T3-ROW-TOTAL')).toEqual([]);
    // The row total and the balance of the 总计 column both read that cell: one question, not two.
    expect(unsure).toHaveLength(1);
    expect(unsure[0]).toMatchObject({ severity: 'warning', row: 'handledTotal', column: 'total', actual: 0 });
    expect(unsure[0]?.message).toContain('第 3 页表三（七）总计行总计列一格识别不确定（识别为 0），请核对原件');
  });

  it('takes the reading that makes the equation hold, even from a sure cell, and names both readings', () => {
    const report = scanned({ '三/handledTotal/total': { confidence: 0.95, alternative: 1 } });
    const unsure = checkReport(report).findings.filter((f) => f.rule === 'OCR-UNSURE');
    expect(unsure[0]?.message).toContain('识别为 0，也可能是 1');
    expect(rulesOf(report)).not.toContain('T3-ROW-TOTAL error');
  });

  it("takes a sure total's other reading that balances both sides of its column too, as one question", () => {
    // One application, received and granted; （七）总计's total read 6 (surely), its other reading 1.
    const one = { natural: 1, total: 1 };
    const report = reportFactory({ table3: { received: one, granted: one, handledTotal: { natural: 1, total: 6 } } });
    const findings = checkReport({ ...report, ocr: { '三/handledTotal/total': { confidence: 0.95, alternative: 1 } } }).findings;
    expect(findings.map((f) => `${f.rule} ${f.severity} ${f.row ?? ''}/${f.column ?? ''}`)).toEqual([
      'OCR-UNSURE warning handledTotal/total',
    ]);
  });

  it('changes nothing for a report not read by OCR', () => {
    expect(rulesOf(scanned(undefined))).toContain('T3-ROW-TOTAL error');
  });
});
