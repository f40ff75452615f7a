// Regenerates every example report from report-model.ts: `node --import tsx examples/generate.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import iconv from 'iconv-lite';
import { type ExampleReport, reportBlocks } from './report-model.js';
import { printPdf } from './print-pdf.js';
import { renderDocx, renderHtml, renderText } from './render.js';

const HERE = new URL('./', import.meta.url).pathname;
const NO_APPEALS: ExampleReport['table4'] = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]];

const tianqiao2019: ExampleReport = {
  agency: '西城区人民政府天桥街道办事处',
  year: 2019,
  columns: [{ received: 6, granted: 4, notHeld: 1, carriedOver: 1 }],
  table4: NO_APPEALS,
};
const tianqiao2020: ExampleReport = {
  agency: '西城区人民政府天桥街道办事处',
  year: 2020,
  columns: [{ received: 7, carriedIn: 1, granted: 5, partial: 1, notHeld: 2 }],
  table4: [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
};
const shichahai: ExampleReport = {
  agency: '北京市西城区什刹海街道',
  year: 2020,
  columns: [{ received: 9, granted: 6, complaint: 3 }, {}, {}, {}, { received: 2, granted: 2 }],
  table4: NO_APPEALS,
};
const shichahai2021: ExampleReport = {
  agency: '北京市西城区什刹海街道',
  year: 2021,
  template: '2021',
  columns: [
    { received: 14, granted: 8, partial: 2, notHeld: 3, complaint: 1 },
    { received: 3, granted: 2, notHeld: 1 },
  ],
  table4: [[1, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]],
  reviewTotalOff: 1,
};
const quanxiangying: ExampleReport = {
  agency: '北京市西城区全响应服务中心',
  year: 2020,
  columns: [{ received: 4, granted: 3, notHeld: 1 }],
  table4: NO_APPEALS,
  statedReceived: 6,
};
const donghuashi: ExampleReport = {
  agency: '东花市街道',
  year: 2020,
  columns: [{ received: 5, granted: 4, partial: 1 }],
  table4: NO_APPEALS,
  totalOff: 1,
};
const wangchenglu: ExampleReport = {
  agency: '洛阳市西工区人民政府王城路街道办事处',
  year: 2020,
  columns: [{ received: 3, granted: 2, notHeld: 1 }],
  table4: [[0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]],
};

// The 2021 template, which most reports now use: the other agencies' reports for 2021.
const tianqiao2021: ExampleReport = {
  agency: '西城区人民政府天桥街道办事处',
  year: 2021,
  template: '2021',
  columns: [{ received: 9, granted: 6, partial: 1, notHeld: 1, complaint: 1 }, { received: 2, granted: 2 }],
  table4: [[0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
  yearInReview: '本年度围绕老旧小区综合整治、背街小巷环境提升等居民关注事项，在街道公示栏和政务新媒体同步公开实施方案与进度，组织“开放日”活动两次。',
};
const quanxiangying2021: ExampleReport = {
  agency: '北京市西城区全响应服务中心',
  year: 2021,
  template: '2021',
  columns: [{ received: 5, granted: 3, partial: 1, notHeld: 1 }, { received: 1, granted: 1 }],
  table4: NO_APPEALS,
  totalOff: 1,
  yearInReview: '本年度接诉即办工单办理情况按月汇总公开，新增“每月一题”专栏，就群众反映集中的停车、供暖问题公开处置结果和办理时限。',
};
const donghuashi2021: ExampleReport = {
  agency: '北京市东城区人民政府东花市街道办事处',
  year: 2021,
  template: '2021',
  columns: [{ received: 6, granted: 5, notHeld: 1 }, {}, {}, { received: 1, granted: 1 }],
  table4: NO_APPEALS,
  yearInReview: '本年度重点公开疫情防控、垃圾分类和社区养老驿站建设信息，修订依申请公开办理流程，受理、登记、答复各环节均留痕可查。',
};
const wangchenglu2021: ExampleReport = {
  agency: '洛阳市西工区人民政府王城路街道办事处',
  year: 2021,
  template: '2021',
  columns: [{ received: 4, granted: 3, notHeld: 1 }],
  table4: [[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]],
  reviewTotalOff: 1,
  yearInReview: '本年度完成政府网站信息公开专栏改版，新设“重点领域信息公开”栏目，集中发布棚户区改造、义务教育招生和社会救助等信息。',
};

function write(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(`${HERE}${path}`), { recursive: true });
  writeFileSync(`${HERE}${path}`, content);
  console.log(`wrote examples/${path}`);
}

write('tianqiao/2019-年报-管道分隔.txt', renderText(reportBlocks(tianqiao2019), 'pipe'));
write('tianqiao/2020-年报.txt', renderText(reportBlocks(tianqiao2020), 'cellPerLine'));
write('shichahai/2020-年报.docx', await renderDocx(reportBlocks(shichahai)));
write('shichahai/2021-年报-pdftotext.txt', renderText(reportBlocks(shichahai2021), 'pdfLayout'));
write('quanxiangying/2020-年报.md', renderText(reportBlocks(quanxiangying), 'markdown'));
write('donghuashi/2020-年报-GB18030.txt', iconv.encode(renderText(reportBlocks(donghuashi), 'tab'), 'gb18030'));
write('wangchenglu/2020-年报.html', renderHtml(reportBlocks(wangchenglu)));
write('tianqiao/2021-年报.docx', await renderDocx(reportBlocks(tianqiao2021)));
write('quanxiangying/2021-年报.pdf', printPdf(renderHtml(reportBlocks(quanxiangying2021))));
write('donghuashi/2021-年报.pdf', printPdf(renderHtml(reportBlocks(donghuashi2021))));
write('wangchenglu/2021-年报.html', renderHtml(reportBlocks(wangchenglu2021)));
// A damaged old binary Word file (.doc): the container's signature and nothing else, so it is rejected with S-FORMAT.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
write('wangchenglu/2020-年报-旧版.doc', new Uint8Array([...OLE_SIGNATURE, ...new Array<number>(504).fill(0)]));
