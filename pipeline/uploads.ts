/**
 * Uploads go to `incoming/<agencyId>/<file>`. The bucket notifies parse of object creation under this prefix only,
 * so nothing the pipeline writes elsewhere in the bucket re-triggers it.
 */
export const UPLOAD_PREFIX = 'incoming/';
