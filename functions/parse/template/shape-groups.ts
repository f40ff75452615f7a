import { type Finding, finding, type Provenance, type ShapeCause, shapeCause } from '../../shared/model/finding.js';
import type { TableId } from '../../shared/model/template.js';

/** One row whose shape does not fit the template, as the reader finds it, before rows failing alike are grouped. */
export interface ShapeProblem {
  table: TableId;
  cause: Exclude<ShapeCause, 'other'>;
  /** The template row's key; a row that fits no template row (`unplaced`) has none. */
  row?: string;
  /** The template row's label, or the label printed on an unplaced row. */
  label?: string;
  expected?: number;
  actual: number;
  at?: Provenance;
}

/**
 * One S-SHAPE finding for rows that fail the same way (the rule catalog: one finding per cause): it names
 * the rows (`rows` and, in words, `rowLabel` and the message), the counts, and where the first of them was read.
 * A single row keeps `row`, so it reads as before.
 */
export function causeFinding(problems: readonly [ShapeProblem, ...ShapeProblem[]]): Finding {
  const [first] = problems;
  const { table, cause, expected, actual, at } = first;
  const keys = problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row]));
  const one = problems.length === 1;
  const names = one ? (first.label ?? '') : namesOf(problems);
  const rows = one ? (first.row === undefined ? {} : { row: first.row }) : keys.length > 0 ? { rows: keys } : {};
  const counts = problems.map((problem) => problem.actual);
  const [least, most] = [Math.min(...counts), Math.max(...counts)];
  const read = least === most ? `各读到 ${actual} 个数` : `读到 ${least} 至 ${most} 个数`;
  const text = { table: `表${table}`, names, place: placeText(at), count: problems.length, expected, actual, read };
  return finding('S-SHAPE', {
    table,
    ...rows,
    ...(cause !== 'unplaced' && names !== '' ? { rowLabel: names } : {}),
    ...(expected === undefined ? {} : { expected }),
    actual,
    message: (one ? ONE_ROW : ROWS)[cause](text),
    ...(one && cause === 'unplaced' && first.label ? { excerpt: first.label } : {}),
    ...(at ? { at } : {}),
  });
}

interface MessageText {
  table: string;
  names: string;
  place: string;
  count: number;
  expected?: number;
  actual: number;
  /** How many numbers the rows hold: `各读到 12 个数`, or `读到 1 至 2 个数` for rows short by different counts. */
  read: string;
}

type Messages = Record<ShapeProblem['cause'], (text: MessageText) => string>;

const ONE_ROW: Messages = {
  count: (t) => `${t.table}「${t.names}」行${inParens(t.place)}读到 ${t.actual} 个数，模板该行应有 ${t.expected} 个；请按模板逐格填写，本行未予采用`,
  none: (t) => `${t.table}「${t.names}」行${inParens(t.place)}没有读到数字，模板该行应有 ${t.expected} 个数；请按模板逐格填写`,
  missing: (t) => `${t.table}缺少「${t.names}」行；请按模板补全该行`,
  unplaced: (t) =>
    `${t.table}有一行${t.names ? `「${t.names}」` : ''}${inParens(t.place)}共 ${t.actual} 个数，无法对应到模板的任何一行，未予采用；请按模板填写行名和数字`,
};

const ROWS: Messages = {
  count: (t) =>
    `${t.table}：${from(t.place)}共 ${t.count} 行${t.read}，模板每行应有 ${t.expected} 个（${t.names}）；请按模板逐格填写，这些行未予采用`,
  none: (t) => `${t.table}：${from(t.place)}共 ${t.count} 行没有读到数字，模板每行应有 ${t.expected} 个数（${t.names}）；请按模板逐格填写`,
  missing: (t) => `${t.table}缺少 ${t.count} 行（${t.names}）；请按模板补全这些行`,
  unplaced: (t) =>
    `${t.table}：${from(t.place)}共 ${t.count} 行各有 ${t.actual} 个数，无法对应到模板的任何一行，未予采用${t.names ? `（${t.names}）` : ''}；请按模板填写行名和数字`,
};

/** Up to three rows by name; more as the first and the last and how many. */
function namesOf(problems: readonly ShapeProblem[]): string {
  const labels = problems.flatMap((problem) => (problem.label ? [`「${problem.label}」`] : []));
  if (labels.length <= 3) return labels.join('、');
  return `${labels[0]}至${labels[labels.length - 1]}等 ${problems.length} 行`;
}

/** Where something was read, as the agency finds it in its file: `第 3 页`, `原文第 71 行`; '' when unknown. */
export function placeText(at: Provenance | undefined): string {
  if (at?.page !== undefined) return `第 ${at.page} 页`;
  if (at?.line !== undefined) return `原文第 ${at.line} 行`;
  if (at?.table !== undefined && at.row !== undefined) return `原文第 ${at.table + 1} 个表格第 ${at.row + 1} 行`;
  return '';
}

const inParens = (place: string): string => (place ? `（${place}）` : '');
const from = (place: string): string => (place ? `${place}起，` : '');

/**
 * The reading's findings with every set of one-row S-SHAPE findings that share a cause (table, kind of failure,
 * the count expected, and whether the rows hold too many numbers or too few) replaced by one finding in the place
 * of the first: however a table reader reported its rows, the agency reads one finding per cause. Rows short by
 * different counts (digits a crawler ran together) are one cause. Other findings pass through in order.
 */
export function groupShapes(findings: readonly Finding[]): Finding[] {
  const problems = findings.map(problemOf);
  const groups = new Map<string, [ShapeProblem, ...ShapeProblem[]]>();
  const keys = problems.map((problem) => {
    if (!problem) return null;
    const side = problem.expected === undefined ? problem.actual : Math.sign(problem.actual - problem.expected);
    const key = [problem.table, problem.cause, problem.expected, problem.cause === 'count' ? side : problem.actual].join('|');
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
    return key;
  });
  const emitted = new Set<string>();
  return findings.flatMap((found, index) => {
    const key = keys[index];
    if (key === null || key === undefined) return [found];
    if (emitted.has(key)) return [];
    emitted.add(key);
    const group = groups.get(key);
    return [group && group.length > 1 ? causeFinding(group) : found];
  });
}

/** A one-row S-SHAPE finding's problem; null for other findings, Table 四 as a whole and findings already grouped. */
function problemOf(found: Finding): ShapeProblem | null {
  const cause = shapeCause(found);
  if (!cause || cause === 'other' || !found.table || found.rows || typeof found.actual !== 'number') return null;
  if (cause !== 'unplaced' && found.row === undefined) return null;
  const label = cause === 'unplaced' ? found.excerpt : found.rowLabel;
  return {
    table: found.table,
    cause,
    ...(found.row === undefined ? {} : { row: found.row }),
    ...(label === undefined ? {} : { label }),
    ...(found.expected === undefined ? {} : { expected: found.expected }),
    actual: found.actual,
    ...(found.at ? { at: found.at } : {}),
  };
}
