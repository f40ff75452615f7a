import { type DistrictConfig, parseDistrictConfig } from './model/district.js';

/** A required environment variable; fails at cold start rather than passing `undefined` on. */
export function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (the stack sets it; locally, the local pipeline does)`);
  return value;
}

/** The district config the stack passes as JSON in DISTRICT_CONFIG, validated again at cold start. */
export function districtFromEnv(): DistrictConfig {
  return parseDistrictConfig(env('DISTRICT_CONFIG'), 'DISTRICT_CONFIG');
}
