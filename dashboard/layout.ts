import { Html, html } from './html.js';

/**
 * Inline styles only: the page must render from a file:// copy or behind a strict CSP alike. On Linux the CJK font
 * (fonts-wqy-zenhei, which .ci/run installs) comes through sans-serif's fallback: named here, Chromium would draw it
 * without the synthetic bold that headings need, the font having no bold face.
 */
const STYLE = `
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2933;background:#f7f8fa}
header{background:#1f4e79;color:#fff;padding:12px 24px}header a{color:#fff;margin-right:16px;text-decoration:none}
main{padding:16px 24px}h1{font-size:20px}h2{font-size:17px;margin-top:28px}
table{border-collapse:collapse;background:#fff;margin:8px 0}th,td{border:1px solid #c9d1d9;padding:4px 8px;font-size:13px}
th{background:#eef2f6;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.error{background:#fde2e1;outline:2px solid #d93025}td.warning{background:#fff4ce}td.missing{color:#8a96a3}td.jump{background:#ffe3c2;outline:2px solid #e8710a}
.expected{display:block;font-size:11px;color:#d93025}td.suggestion{box-shadow:inset 0 0 0 2px #1a73e8}.suggested{display:block;font-size:11px;color:#1a73e8}.badge{padding:1px 6px;border-radius:8px;font-size:12px}
.REJECTED{background:#fde2e1}.MISSING{background:#e4e7eb}tr.missing td{color:#5f6b7a}.NOTIFIED{background:#d7f0dd}.VALIDATED{background:#e3ecfa}.PARSED{background:#eee}
form.filters{display:flex;gap:8px;align-items:end;margin-bottom:12px}label{font-size:12px;display:flex;flex-direction:column}
svg.spark{display:block}table.trend td{vertical-align:middle}iframe{width:100%;height:520px;border:1px solid #c9d1d9;background:#fff}.muted{color:#8a96a3}
`;

export function page(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title} · 年报核查</title><style>${new Html(STYLE)}</style></head>
<body><header><a href="/"><strong>年报核查</strong></a><a href="/">报告一览</a><a href="/rollup">区级汇总</a><a href="/supervision">督导清单</a></header>
<main>${body}</main></body></html>`;
}
