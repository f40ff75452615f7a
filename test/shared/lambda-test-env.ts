// Import first in tests that build AWS SDK clients: the SDK warns about Node 20 when a client is constructed.
// AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING is the project's name for this; SDK 3.1141 reads the second variable.
process.env.AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING = '1';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
