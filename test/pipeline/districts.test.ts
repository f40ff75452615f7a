import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DistrictConfigError, parseDistrictConfig } from '../../functions/shared/model/district.js';
import { loadDistricts } from '../../pipeline/districts.js';

describe('loadDistricts', () => {
  it('loads every example district with its agencies', () => {
    const districts = loadDistricts();
    expect(districts.map((district) => district.id)).toEqual(['dongcheng', 'xicheng', 'xigong']);
    expect(districts.flatMap((district) => district.agencies.map((agency) => agency.id))).toContain('tianqiao');
  });

  it('names the file and the field when a config is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'districts-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ id: 'x', name: '', sender: 'nope', adminEmails: [] }));
    expect(() => loadDistricts(dir)).toThrow(/bad\.json[\s\S]*sender/);
  });
});

describe('parseDistrictConfig', () => {
  const valid = {
    id: 'demo',
    name: '示例区',
    sender: 'a@example.gov.cn',
    adminEmails: ['b@example.gov.cn'],
    agencies: [{ id: 'one', name: '一', emails: ['c@example.gov.cn'] }],
  };

  it('defaults notifyOn to findings and aliases to none', () => {
    const config = parseDistrictConfig(JSON.stringify(valid), 'demo.json');
    expect(config.notifyOn).toBe('findings');
    expect(config.agencies[0]?.aliases).toEqual([]);
  });

  it('rejects duplicate agency ids', () => {
    const twice = { ...valid, agencies: [...valid.agencies, ...valid.agencies] };
    expect(() => parseDistrictConfig(JSON.stringify(twice), 'demo.json')).toThrow(DistrictConfigError);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseDistrictConfig('{', 'demo.json')).toThrow(/demo\.json: not valid JSON/);
  });
});
