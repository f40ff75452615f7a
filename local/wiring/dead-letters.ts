import { mkdirSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** Where `npm start` keeps the events its functions gave up on; `npm run replay -- --local` reads them. */
export const DEAD_LETTER_DIR = '.nianbao/dead-letters';

/** What a local "DLQ" holds: an event a function still failed on after its bounded retries. */
export const deadLetterSchema = z.object({
  district: z.string().min(1),
  function: z.string().min(1),
  /** What the event was about (an S3 key, a report item's keys), for the summary. */
  subject: z.string(),
  error: z.string(),
  /** Parse: the Lambda S3 event; validate and notify: the one stream record (with its images) that failed. */
  event: z.unknown(),
  /** Parse only: the uploaded object, base64, since the emulated bucket is gone after the run. */
  object: z.string().optional(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;

/** A letter read back from disk, with the file it came from. */
export interface StoredDeadLetter {
  file: string;
  letter: DeadLetter;
}

/**
 * In-memory stand-in for the stack's on-failure queues: the summary reports what landed here. With a directory,
 * each letter is also written there as JSON, for `npm run replay -- --local` after the run.
 */
export class DeadLetterQueue {
  readonly #letters: DeadLetter[] = [];
  readonly #dir: string | undefined;

  constructor(options: { dir?: string } = {}) {
    this.#dir = options.dir;
  }

  park(letter: DeadLetter): void {
    this.#letters.push(letter);
    if (!this.#dir) return;
    mkdirSync(this.#dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const name = `${stamp}-${letter.district}-${letter.function}-${this.#letters.length}.json`;
    writeFileSync(join(this.#dir, name), `${JSON.stringify(letter, null, 2)}\n`);
  }

  letters(): readonly DeadLetter[] {
    return this.#letters;
  }
}

/** The letters an earlier run wrote to `dir`, oldest first; none when the directory does not exist. */
export async function readDeadLetters(dir: string): Promise<StoredDeadLetter[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files = names.filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (name) => {
      const file = join(dir, name);
      return { file, letter: deadLetterSchema.parse(JSON.parse(await readFile(file, 'utf8'))) };
    }),
  );
}

/** Removes a letter once it was re-driven. */
export async function removeDeadLetter(letter: StoredDeadLetter): Promise<void> {
  await rm(letter.file, { force: true });
}
