import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DistrictConfig, parseDistrictConfig } from '../functions/shared/model/district.js';

export const DISTRICTS_DIR = new URL('../config/districts/', import.meta.url).pathname;

/** Loads and validates every `config/districts/*.json`, sorted by file name. */
export function loadDistricts(dir: string = DISTRICTS_DIR): DistrictConfig[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return parseDistrictConfig(readFileSync(path, 'utf8'), path);
    });
}
