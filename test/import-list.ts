/**
 * A customer list as a manager keeps it, for the import's tests and bench: Chinese headers, `n` rows of
 * company names from bench/data.mjs (about 12 % of them another writing of an earlier company, so
 * duplicates within the list), an industry, a region and a contact. Deterministic.
 */
import * as D from '../bench/data.mjs';

const INDUSTRIES = ['制造', '通信', '金融', '零售', '物流', '能源'];
const REGIONS = ['North', 'South', 'East', 'West'];

export function customerList(n: number, seed = 12): (string | number)[][] {
  const { names } = D.companies(n, seed);
  const rows: (string | number)[][] = [['公司名称', '行业', '地区', '联系人', '联系电话']];
  names.forEach((name: string, i: number) => rows.push([name, INDUSTRIES[i % INDUSTRIES.length], REGIONS[i % REGIONS.length], `联系人${i + 1}`, `138${String(10000000 + i)}`]));
  return rows;
}
