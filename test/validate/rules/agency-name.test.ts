import { describe, expect, it } from 'vitest';
import { agencyKey, sameAgency } from '../../../functions/validate/rules/agency-name.js';

describe('sameAgency', () => {
  it.each([
    ['北京市西城区人民政府天桥街道办事处', '西城区天桥街道办事处'],
    ['北京市西城区人民政府天桥街道办事处', '天桥街道办事处'],
    ['北京市西城区人民政府天桥街道办事处', '北京市西城区天桥街道'],
    ['西城区天桥街道办事处', '天桥街道'],
    ['西城区人民政府天桥街道办事处', '西城区天桥街道'],
    ['天桥街道办', '天桥街道'],
    ['北京市西城区什刹海街道', '什刹海街道'],
    ['东花市街道', '东 花 市 街 道'],
    ['区政府办公室', '区人民政府办公室'],
    ['北京市西城区人民政府办公室', '西城区政府办公室'],
    ['北京市西城区人民政府', '西城区政府'],
    ['长辛店镇人民政府', '丰台区长辛店镇'],
    ['北京市西城区人民政府外事办公室', '西城区外事办公室'],
    ['西城区（北京市）教委', '西城区北京市教委'],
  ])('pairs %s with %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(true);
    expect(sameAgency(b, a)).toBe(true);
  });

  it.each([
    ['天桥街道', '天坛街道'],
    ['西城区天桥街道办事处', '西城区天坛街道办事处'],
    ['东花市街道', '西花市街道'],
    ['区教委', '区卫健委'],
    ['北京市公安局西城分局', '北京市公安局东城分局'],
    ['西城区公安分局', '东城区公安分局'],
    ['西城区人民政府办公室', '西城区人民政府'],
    ['西城区人民政府办公室', '东城区人民政府办公室'],
    ['西城区人民政府', '东城区人民政府'],
    ['街道', '东花市街道'],
    ['西城区人民政府', '西城区人民政府天桥街道办事处'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(sameAgency(a, b)).toBe(false);
    expect(sameAgency(b, a)).toBe(false);
  });

  it('never pairs names with nothing left to compare', () => {
    expect(sameAgency('人民政府', '人民政府')).toBe(false);
  });
});

describe('agencyKey', () => {
  it('keeps 政府 in 政府办公室 and drops it elsewhere', () => {
    expect(agencyKey('北京市西城区人民政府办公室')).toBe('北京市西城区政府办公室');
    expect(agencyKey('北京市西城区人民政府天桥街道办事处')).toBe('北京市西城区天桥街道');
    expect(agencyKey('长辛店镇人民政府')).toBe('长辛店镇');
  });

  it('reads full-width letters and digits as their ASCII forms', () => {
    expect(agencyKey('第１中学')).toBe(agencyKey('第1中学'));
  });
});
