/** The emulators accept any credentials but the SDK insists on some; s3rver's defaults are S3RVER/S3RVER. */
export const DUMMY_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const LOCAL_REGION = 'us-east-1';
