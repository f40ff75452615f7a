import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READ_LIMITS } from '../../functions/parse/read-report.js';
import type { SentEmail } from '../../local/emulators/ses.js';
import { loadDistricts } from '../../pipeline/districts.js';
import { DUMMY_CREDENTIALS, LOCAL_REGION } from '../../local/emulators/credentials.js';
import { type Emulators, startEmulators } from '../../local/emulators/index.js';
import { type LocalPipeline, startLocalPipeline } from '../../local/pipeline.js';
import { UPLOAD_PREFIX } from '../../pipeline/uploads.js';
import { followUploads, type Tracked } from '../../local/run/progress.js';
import type { DistrictStack } from '../../local/stack/district-stack.js';
import { SEEDS_RUN, seedPath } from '../support/seeds.js';


const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
/** A real report saved as Word 97–2003 (test/fixtures/doc/make.sh): read like any other, not rejected. */
const GOOD_DOC = new URL('../fixtures/doc/19-jiangbei-shuili-2020.doc', import.meta.url).pathname;
const AGENCY = 'tianqiao';
const AGENCY_EMAIL = 'tianqiao@xicheng.example.gov.cn';
const ADMIN_EMAIL = 'zwgk-office@xicheng.example.gov.cn';
const POEM = '静夜思\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n';
const NOTICE = '关于召开2021年第一季度工作例会的通知\n各科室：\n定于3月5日上午9时在三楼会议室召开例会，请准时参加。\n';


/** Every rejection asks for another file (the wording differs between the reader and its format parts). */
const ASKS_FOR = /请[^。]*(上传|提供)/;

async function badFiles(): Promise<{ fileName: string; bytes: Uint8Array }[]> {
  const docx = await readFile(`${EXAMPLES}shichahai/2020-年报.docx`);
  return [
    { fileName: 'empty.pdf', bytes: new Uint8Array() },
    { fileName: 'random.pdf', bytes: randomBytes(4096) },
    { fileName: 'truncated.docx', bytes: docx.subarray(0, Math.floor(docx.length / 2)) },
    { fileName: 'header-only.doc', bytes: await readFile(`${EXAMPLES}wangchenglu/2020-年报-旧版.doc`) },
    { fileName: 'random.doc', bytes: randomBytes(4096) },
    { fileName: 'poem.txt', bytes: Buffer.from(POEM) },
    { fileName: 'meeting-notice.md', bytes: Buffer.from(NOTICE) },
    { fileName: 'tables.xlsx', bytes: randomBytes(2048) },
    { fileName: 'scan.jpg', bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048)]) },
    // The deployed cap, not a test-only one: a file one byte over it costs well under a second on the emulators.
    { fileName: 'oversized.txt', bytes: Buffer.alloc(DEFAULT_READ_LIMITS.maxBytes + 1, '年报') },
  ];
}

describe('bad uploads through the local pipeline', () => {
  let emulators: Emulators;
  let pipeline: LocalPipeline;
  let stack: DistrictStack;
  let s3: S3Client;
  let bad: { fileName: string; bytes: Uint8Array }[];
  let tracked: Tracked[];
  const since = new Date(Math.floor(Date.now() / 1000) * 1000 - 1).toISOString();
  const keyOf = (fileName: string) => `${UPLOAD_PREFIX}${AGENCY}/${fileName}`;
  const ignoredKeys = ['uploads/tianqiao/outside.txt', 'incoming/no-agency-folder.txt'];
  const trackedOf = (fileName: string) => {
    const one = tracked.find((candidate) => candidate.upload.fileName === fileName);
    if (!one) throw new Error(`${fileName} was not uploaded`);
    return one;
  };
  const emailsTo = async (address: string): Promise<SentEmail[]> =>
    (await emulators.ses.sentEmails()).filter((email) => email.destination.to.includes(address));

  beforeAll(async () => {
    emulators = await startEmulators();
    pipeline = startLocalPipeline(emulators);
    const district = loadDistricts().find((config) => config.id === 'xicheng');
    if (!district) throw new Error('no xicheng district config');
    stack = await pipeline.stackFor(district);
    s3 = new S3Client({ region: LOCAL_REGION, credentials: DUMMY_CREDENTIALS, endpoint: emulators.s3.endpoint });
    bad = await badFiles();
    const good = [{ fileName: 'jiangbei-2020.doc', bytes: await readFile(GOOD_DOC) }];
    if (SEEDS_RUN) good.push({ fileName: 'good-000.txt', bytes: await readFile(seedPath('000_')) });
    const uploads = [...bad, ...good];
    tracked = [];
    for (const { fileName, bytes } of uploads) {
      await stack.upload(keyOf(fileName), bytes);
      tracked.push({ upload: { path: fileName, fileName, district, agencyId: AGENCY }, stack, key: keyOf(fileName) });
    }
    for (const key of ignoredKeys) await stack.upload(key, Buffer.from(POEM));
    expect(await followUploads(pipeline, tracked, { timeoutMs: 60_000, print: () => undefined })).toBe(true);
    await stack.invoke('digest', { since });
  }, 120_000);

  afterAll(async () => {
    s3?.destroy();
    await pipeline?.stop();
    await emulators?.stop();
  });

  it('stores each bad file REJECTED with one S-FORMAT finding that says what to send instead', () => {
    for (const { fileName } of bad) {
      const report = trackedOf(fileName).report;
      expect({ fileName, status: report?.status }).toEqual({ fileName, status: 'NOTIFIED' });
      expect(report?.report).toBeUndefined();
      expect(report?.findings.map((finding) => finding.rule)).toEqual(['S-FORMAT']);
      expect(report?.findings[0]?.message).toMatch(ASKS_FOR);
    }
  });

  it.each([
    ['empty.pdf', /文件是空的/],
    ['header-only.doc', /文件不是有效的 Word 97–2003（\.doc）文档/],
    ['random.doc', /文件不是有效的 Word 97–2003（\.doc）文档/],
    ['tables.xlsx', /不支持读取\.xlsx 文件/],
    ['scan.jpg', /扫描件的文字识别未能完成/],
    ['oversized.txt', /文件超过 10 MB 的上限/],
    ['poem.txt', /没有找到政府信息公开工作年度报告的表格/],
  ])('tells the agency why %s was rejected', (fileName, reason) => {
    expect(trackedOf(fileName).report?.findings[0]?.message).toMatch(reason);
  });

  it('keeps every original object in S3, byte for byte', async () => {
    for (const { fileName, bytes } of bad) {
      const object = await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: keyOf(fileName) }));
      const stored = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
      expect({ fileName, equal: Buffer.from(stored).equals(Buffer.from(bytes)) }).toEqual({ fileName, equal: true });
    }
    for (const key of ignoredKeys) {
      const object = await s3.send(new GetObjectCommand({ Bucket: stack.bucket, Key: key }));
      expect(await object.Body?.transformToString()).toBe(POEM);
    }
  });

  it('mails the agency exactly one rejection per bad file, naming the file', async () => {
    const rejections = (await emailsTo(AGENCY_EMAIL)).filter((email) => email.subject.includes('文件无法读取'));
    for (const { fileName } of bad) {
      const about = rejections.filter((email) => email.body.text?.includes(`文件：${fileName}`));
      expect({ fileName, emails: about.length }).toEqual({ fileName, emails: 1 });
      expect(about[0]?.body.text).toContain('可接受的格式：');
    }
    expect(rejections).toHaveLength(bad.length);
  });

  it('stores nothing and mails nothing for keys that are not uploads', async () => {
    const keys = (await stack.store.allReports()).map((report) => report.source.key);
    for (const key of ignoredKeys) expect(keys).not.toContain(key);
    expect(keys).toHaveLength(tracked.length);
    const texts = (await emulators.ses.sentEmails()).map((email) => email.body.text ?? '');
    expect(texts.filter((text) => text.includes('outside.txt') || text.includes('no-agency-folder'))).toEqual([]);
  });

  it('names every rejected file in the district digest', async () => {
    const digests = await emailsTo(ADMIN_EMAIL);
    expect(digests).toHaveLength(1);
    const text = digests[0]?.body.text ?? '';
    expect(text).toContain(`其中无法读取 ${bad.length} 份`);
    for (const { fileName } of bad) expect(text).toContain(fileName);
  });

  const findingsEmailsAbout = async (fileName: string) =>
    (await emailsTo(AGENCY_EMAIL)).filter(
      (email) => !email.subject.includes('文件无法读取') && email.body.text?.includes(`文件：${fileName}`),
    );

  it.runIf(SEEDS_RUN)('still reads and mails the good report uploaded with them', async () => {
    const report = trackedOf('good-000.txt').report;
    expect(report).toMatchObject({ status: 'NOTIFIED', notifiedTo: [AGENCY_EMAIL] });
    expect(report?.report?.year).toBe(2020);
    expect(await findingsEmailsAbout('good-000.txt')).toHaveLength(1);
  });

  it('reads a real report saved as Word 97–2003 (.doc) and mails its error', async () => {
    const report = trackedOf('jiangbei-2020.doc').report;
    expect(report).toMatchObject({ status: 'NOTIFIED', notifiedTo: [AGENCY_EMAIL] });
    expect(report?.report).toMatchObject({ agency: '宁波市江北区水利局', year: 2020, template: '2019' });
    expect(report?.findings).toContainEqual(expect.objectContaining({ rule: 'T3-HANDLED-SUM', column: 'natural' }));
    expect(await findingsEmailsAbout('jiangbei-2020.doc')).toHaveLength(1);
  });

  it('crashed nothing: no dead letters, and the functions still answer', async () => {
    expect(pipeline.dlq.letters()).toEqual([]);
    const extra = 'after.txt';
    await s3.send(new PutObjectCommand({ Bucket: stack.bucket, Key: keyOf(extra), Body: POEM }));
    const { upload } = trackedOf('poem.txt');
    const after: Tracked[] = [{ upload: { ...upload, fileName: extra }, stack, key: keyOf(extra) }];
    expect(await followUploads(pipeline, after, { timeoutMs: 30_000, print: () => undefined })).toBe(true);
    expect(after[0]?.report?.status).toBe('NOTIFIED');
  });
});
