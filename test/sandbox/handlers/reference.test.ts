import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { charLength } from '../../../electron/reporter/wire';
import * as fx from '../helpers/fixtures';
import { expectRefusal, expectSuccess, startHarness, type Harness } from '../helpers/harness';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('the type list is two levels: first-level types with parentTypeId 0, each followed by its children', async () => {
  const types = expectSuccess(await h.client.performanceTypeList());
  const top = types.filter((t) => t.level === 1);
  assert.ok(top.length >= 9);
  for (const name of ['音乐会', '话剧', '舞蹈', '戏曲', '曲艺', '杂技', '儿童剧', '音乐剧', '演唱会']) assert.ok(top.some((t) => t.typeName === name), name);
  for (const t of top) assert.equal(t.parentTypeId, 0);
  const ids = new Set(top.map((t) => t.typeId));
  for (const child of types.filter((t) => t.level === 2)) assert.ok(ids.has(child.parentTypeId), child.typeName);
  assert.equal(types.find((t) => t.typeId === 1001)?.typeName, '交响乐');
  assert.ok(types.every((t) => charLength(t.typeName) <= 20));
});

test('the venue directory spans provinces with GB/T 2260 codes, and venue codes are district + sequence', async () => {
  const page = expectSuccess(await h.client.venueList({ pageNo: 1, pageSize: 200 }));
  assert.equal(page.totalRow, page.dataList.length);
  const provinces = new Set(page.dataList.map((v) => v.provinceId));
  assert.ok(provinces.size >= 6, `provinces: ${[...provinces].join(',')}`);
  for (const venue of page.dataList) {
    assert.equal(venue.venueCode.slice(0, 6), String(venue.districtId));
    assert.equal(venue.venueCode.length, 9);
    assert.equal(venue.hallNum, venue.hallList.length);
    for (const hall of venue.hallList) assert.equal(hall.hallCode.slice(0, 9), venue.venueCode);
  }
  const pudong = page.dataList.filter((v) => v.districtId === 310115);
  assert.deepEqual(pudong.map((v) => v.venueCode), ['310115001', '310115002']);
});

test('paging: pageSize at most 200, pages of the same filter add up to totalRow', async () => {
  const first = expectSuccess(await h.client.venueList({ pageNo: 1, pageSize: 3 }));
  assert.deepEqual([first.page, first.pageSize, first.dataList.length], [1, 3, 3]);
  const all: string[] = [];
  for (let pageNo = 1; pageNo <= Math.ceil(first.totalRow / 3); pageNo++) {
    all.push(...expectSuccess(await h.client.venueList({ pageNo, pageSize: 3 })).dataList.map((v) => v.venueCode));
  }
  assert.equal(new Set(all).size, first.totalRow);
  assert.deepEqual(expectSuccess(await h.client.venueList({ pageNo: 999, pageSize: 3 })).dataList, []);
  const defaults = expectSuccess(await h.client.venueList({}));
  assert.deepEqual([defaults.page, defaults.pageSize], [1, 10]);
});

test('region filters and fuzzy name search', async () => {
  const beijing = expectSuccess(await h.client.venueList({ provinceId: 110000, pageSize: 200 }));
  assert.ok(beijing.dataList.length >= 4);
  assert.ok(beijing.dataList.every((v) => v.provinceId === 110000));
  const dongcheng = expectSuccess(await h.client.venueList({ districtId: 110101 }));
  assert.ok(dongcheng.dataList.every((v) => v.districtId === 110101));
  assert.deepEqual(expectSuccess(await h.client.venueList({ venueName: '大剧院' })).dataList.map((v) => v.venueName).includes('国家大剧院'), true);
  assert.deepEqual(expectSuccess(await h.client.venueList({ venueName: '国大' })).dataList.map((v) => v.venueName), ['国家大剧院']);
  assert.equal(expectSuccess(await h.client.venueList({ venueName: 'livehouse' })).totalRow, 1);
  assert.equal(expectSuccess(await h.client.venueList({ venueName: '%' })).totalRow, 0);
});

test('a new venue with its first hall; another hall; identical repeats are duplicates', async () => {
  const created = expectSuccess(await h.client.venueSave(fx.newVenue()));
  assert.deepEqual(created, { venueCode: '310104001', hallCode: '31010400101' });
  assert.deepEqual(expectSuccess(await h.client.venueSave(fx.newVenue())), created);
  const second = expectSuccess(await h.client.venueSave({ venueCode: created.venueCode, hallName: '黑匣子', hasSeat: 0, seatingCapacity: 150 }));
  assert.deepEqual(second, { venueCode: '310104001', hallCode: '31010400102' });
  const listed = expectSuccess(await h.client.venueList({ districtId: 310104 })).dataList[0];
  assert.equal(listed?.hallNum, 2);
  assert.deepEqual(listed.hallList[1], { hallName: '黑匣子', hallCode: '31010400102', hasSeat: 0, seatNum: 0, seatingCapacity: 150, managementStatus: 1, enableState: 1 });
  assert.equal(h.sandbox.inspect().interfaces.venueSave?.duplicates, 1);
});

test('venue save refusals: bad region 4000, unknown venue 4400, a directory venue 4300, conflicting details 4400', async () => {
  const region = expectRefusal(await h.client.venueSave(fx.newVenue({ cityId: 320100 })));
  assert.equal(region.code, '4000');
  assert.match(region.msg, /cityId: .* is not a GB\/T 2260 city code in province 310000/);
  assert.equal(expectRefusal(await h.client.venueSave({ venueCode: '310104999', hallName: 'x', hasSeat: 1, seatNum: 10 })).code, '4400');
  assert.equal(expectRefusal(await h.client.venueSave({ venueCode: '110102001', hallName: '新厅', hasSeat: 1, seatNum: 10 })).code, '4300');
  const venue = expectSuccess(await h.client.venueSave(fx.newVenue({ districtId: 310106, venueName: '静安剧场', hasHall: 0, hallName: undefined, hasSeat: undefined, seatNum: undefined })));
  assert.deepEqual(venue, { venueCode: '310106001' });
  expectSuccess(await h.client.venueSave({ venueCode: venue.venueCode, hallName: '主厅', hasSeat: 1, seatNum: 600 }));
  assert.equal(expectRefusal(await h.client.venueSave({ venueCode: venue.venueCode, hallName: '主厅', hasSeat: 1, seatNum: 601 })).code, '4400');
  assert.equal(expectRefusal(await h.client.venueSave(fx.newVenue({ districtId: 110102, cityId: 110100, provinceId: 110000, venueName: '国家大剧院' }))).code, '4400');
});
