import { UnreadableFileError } from '../unreadable.js';

/**
 * What reading a .docx may take, counted while its XML streams by: far above any annual report (a long one is
 * ~10 000 XML elements, 500 paragraphs and 400 table cells), low enough that no file under the upload limit holds
 * more than ~250 MB while read (the ceiling on the XML parts' size is zip.ts's). The defaults are in ../budgets.ts.
 */
export interface DocxBudgetLimits {
  /** XML elements in all parts read (document, styles, numbering, notes): bounds the time. */
  elements: number;
  /** Paragraphs, in and out of tables. */
  paragraphs: number;
  /** Table grid positions (a gridSpan counts each column it covers): bounds the rows held. */
  gridCells: number;
  /** Characters of text. */
  characters: number;
}

const WHAT: Record<keyof DocxBudgetLimits, string> = {
  elements: '排版元素',
  paragraphs: '段落',
  gridCells: '表格单元格',
  characters: '文字',
};

/** The amounts left of each limit; spending past one rejects the file with a reason naming it. */
export class DocxBudget {
  private readonly left: DocxBudgetLimits;

  constructor(private readonly limits: DocxBudgetLimits) {
    this.left = { ...limits };
  }

  spend(kind: keyof DocxBudgetLimits, amount = 1): void {
    this.left[kind] -= amount;
    if (this.left[kind] < 0) throw new UnreadableFileError(overBudget(kind, this.limits[kind]));
  }
}

function overBudget(kind: keyof DocxBudgetLimits, limit: number): string {
  const unit = kind === 'characters' ? '字' : '个';
  return (
    `Word 文件中的${WHAT[kind]}过多（超过 ${limit} ${unit}），无法检查；` +
    '请确认上传的是年度报告本身，删去附件和多余内容后重新导出为 .docx 上传。'
  );
}
