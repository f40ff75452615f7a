/**
 * OCR could not be asked at all (throttled, the service failing, the network down): a fault of the infrastructure,
 * not of the scan. read-scan.ts lets it through, so the parse invocation fails and is retried by its event source
 * instead of the agency's report being rejected as unreadable.
 */
export class OcrUnavailableError extends Error {
  override name = 'OcrUnavailableError';
}
