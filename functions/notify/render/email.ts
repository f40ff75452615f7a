/** A rendered email, before addressing: what the mailer sends and what the tests read. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Every email opens its subject with this tag, so agencies can filter them. */
export const SUBJECT_TAG = '【年报核查】';
