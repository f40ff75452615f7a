// The CLI's OCR process (ocr-process.ts): reads each scan it is sent and answers as the OCR function does
// (functions/ocr/handler.ts): the pages, or why the scan cannot be read. Anything else ends the process.
import { z } from 'zod';
import { type OcrReply, ocrRequestSchema } from '../functions/ocr/ocr-contract.js';
import { ocrScan } from '../functions/parse/formats/ocr/ocr-scan.js';
import { UnreadableFileError } from '../functions/parse/formats/unreadable.js';

const requestSchema = z.object({ id: z.number(), kind: ocrRequestSchema.shape.kind, bytes: z.instanceof(Uint8Array) });

// The worker that started this process is gone (the CLI ended, or stopped a read that took too long): so is this.
process.on('disconnect', () => process.exit(0));

process.on('message', async (message: unknown) => {
  const { id, kind, bytes } = requestSchema.parse(message);
  let reply: OcrReply;
  try {
    reply = { pages: await ocrScan({ kind, bytes }) };
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    reply = { unreadable: error.message };
  }
  process.send?.({ id, reply });
});
