/** The emulators accept any credentials but the SDK insists on some; s3rver's defaults are S3RVER/S3RVER. */
export const DUMMY_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const LOCAL_REGION = 'us-east-1';

/**
 * Silences the SDK's Node 20 warning. The SDK release we pin reads the second name; the first is the one the
 * project's docs name, kept so both spellings work.
 */
export const QUIET_SDK_ENV = {
  AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: '1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
