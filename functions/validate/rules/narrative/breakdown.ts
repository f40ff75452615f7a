import type { Table3 } from '../../../shared/model/report.js';
import type { Item } from './list-items.js';

/** The six kinds of result of Table 三, with the words prose names each by (its sub-rows' reasons included). */
const RESULTS = [
  { rows: /^granted$/u, named: /予以公开|同意公开|全部公开/u },
  { rows: /^partial$/u, named: /部分公开/u },
  { rows: /^denied/u, named: /不予公开|不公开|国家秘密|第三方|过程性|内部事务|执法案卷|行政查询|三安全一稳定/u },
  { rows: /^unable/u, named: /无法提供|不掌握|不存在|没有现成|另行制作|不明确|非本机关|不属于本机关/u },
  { rows: /^notHandled/u, named: /不予处理|信访|举报|投诉|重复申请|出版物|大量反复|重新出具/u },
  { rows: /^otherHandling/u, named: /其他处理|补正|撤回|收费|缴纳费用/u },
];

/** Other lists that are complete by nature: applicants, channels of application, new and carried-over. */
const CLOSED_LIST = new RegExp(
  [
    '按时|按期|延期|逾期|自然人|法人|其他组织|企业|科研机构|公益组织|法律服务机构',
    '当面|现场|窗口|网上|网络|在线|互联网|信函|邮寄|邮政|传真|电子邮件|邮件|电话|新收|结转',
  ].join('|'),
  'u',
);
/** The last item of a complete list: the rest (not 其他处理, a kind of result; not 其他组织, a kind of applicant). */
const REST = /(?:其他|其它)(?!处理|组织)|其余|剩余/u;

/** Whether an item is of a closed kind: a result, an applicant, a channel of application. */
export const isOfClosedKind = ({ clause }: Item) =>
  CLOSED_LIST.test(clause) || RESULTS.some(({ named }) => named.test(clause));

/** Whether Table 三 has any application with this kind of result. */
function hasResult(table3: Table3, rows: RegExp): boolean {
  return Object.entries(table3).some(([row, cells]) => rows.test(row) && (cells?.total ?? 0) > 0);
}

/**
 * Whether parts that fall short of their whole are an error: only in a list that is complete. A list of results is
 * complete when it names every kind of result Table 三 has (`全年办结193件，其中予以公开87件；部分公开17件；无法
 * 提供59件` leaves three kinds out on purpose); other lists when each item is of a closed kind (applicants, channels
 * of application) or the last is the rest (`其他信息20条`). `主动公开信息326条，其中财政预决算信息4条、惠农补贴
 * 信息37条` picks highlights and need not add up.
 */
export function isComplete(items: readonly Item[], table3: Table3 | undefined): boolean {
  if (REST.test(items.at(-1)?.clause ?? '')) return true;
  const results = RESULTS.filter(({ named }) => items.some(({ clause }) => named.test(clause)));
  if (results.length === 0) return items.every(({ clause }) => CLOSED_LIST.test(clause));
  if (!table3) return false;
  return RESULTS.every((result) => results.includes(result) || !hasResult(table3, result.rows));
}
