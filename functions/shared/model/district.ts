import * as z from 'zod';

const agencyIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'agency ids are lower-case letters, digits and dashes (they are S3 key prefixes)');

export const agencySchema = z.object({
  id: agencyIdSchema,
  name: z.string().min(1),
  /** Other names the agency's reports use in their titles (天桥街道 for 西城区人民政府天桥街道办事处). */
  aliases: z.array(z.string().min(1)).default([]),
  emails: z.array(z.email()).min(1),
  /** Which agencies the dashboard compares it with; when absent the dashboard derives it from the name. */
  kind: z.enum(['street', 'bureau', 'other']).optional(),
});
export type Agency = z.infer<typeof agencySchema>;

/** One district: one stack, one bucket, one table (config/districts/<id>.json). */
export const districtConfigSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{2,30}$/, 'district ids are 3–31 lower-case letters, digits and dashes'),
    name: z.string().min(1),
    sender: z.email(),
    adminEmails: z.array(z.email()).min(1),
    /** `findings`: mail errors and warnings; `errors`: mail only reports with errors. */
    notifyOn: z.enum(['errors', 'findings']).default('findings'),
    agencies: z.array(agencySchema),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    for (const [index, agency] of config.agencies.entries()) {
      if (seen.has(agency.id)) {
        ctx.addIssue({ code: 'custom', path: ['agencies', index, 'id'], message: `duplicate agency id ${agency.id}` });
      }
      seen.add(agency.id);
    }
  });
export type DistrictConfig = z.infer<typeof districtConfigSchema>;

export class DistrictConfigError extends Error {
  override name = 'DistrictConfigError';
}

/** Parses a district config from untrusted JSON text (a file, an environment variable). */
export function parseDistrictConfig(json: string, source: string): DistrictConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new DistrictConfigError(`${source}: not valid JSON (${(error as Error).message})`);
  }
  const result = districtConfigSchema.safeParse(raw);
  if (!result.success) throw new DistrictConfigError(`${source}: ${z.prettifyError(result.error)}`);
  return result.data;
}
