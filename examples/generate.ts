// Regenerates every example report from report-model.ts: `node --import tsx examples/generate.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import iconv from 'iconv-lite';
import { type ExampleReport, reportBlocks } from './report-model.js';
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
// A damaged old binary Word file (.doc): the container's signature and nothing else, so it is rejected with S-FORMAT.
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
write('wangchenglu/2020-年报-旧版.doc', new Uint8Array([...OLE_SIGNATURE, ...new Array<number>(504).fill(0)]));
