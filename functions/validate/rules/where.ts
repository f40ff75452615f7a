import {
  TABLE3_COLUMN_LABELS,
  TABLE3_ROW_LABELS,
  type Table3Column,
  type Table3Row,
} from '../../shared/model/template.js';

/** A finding's location in Table 三: keys and the template's labels, as findings carry them. */
export function table3Cell(row: Table3Row, column: Table3Column) {
  return {
    table: '三' as const,
    row,
    rowLabel: TABLE3_ROW_LABELS[row],
    column,
    columnLabel: TABLE3_COLUMN_LABELS[column],
  };
}
