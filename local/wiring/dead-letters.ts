/** What a local "DLQ" holds: an event a function still failed on after its bounded retries. */
export interface DeadLetter {
  district: string;
  function: string;
  /** What the event was about (an S3 key, a report id), for the summary. */
  subject: string;
  error: string;
  event: unknown;
}

/** In-memory stand-in for the stack's on-failure queues: the summary reports what landed here. */
export class DeadLetterQueue {
  readonly #letters: DeadLetter[] = [];

  park(letter: DeadLetter): void {
    this.#letters.push(letter);
  }

  letters(): readonly DeadLetter[] {
    return this.#letters;
  }
}
