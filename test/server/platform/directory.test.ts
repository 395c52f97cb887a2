import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryAudit } from '../../../db/audit';
import type { DirectoryPageView, DownloadedTypesView, PerformanceTypeRow, VenueRow } from '../../../electron/server/contract';
import { cookieOf, startTestCore } from '../../helpers/core-server';

test('platform.downloadTypes caches the embedded sandbox type list for the performance form', async () => {
  const core = await startTestCore();
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    assert.deepEqual((await core.call('catalog.performanceTypes', {}, manager)).json, []);
    const answer = await core.call('platform.downloadTypes', {}, manager);
    assert.equal(answer.status, 200, JSON.stringify(answer.json));
    const downloaded = answer.json as DownloadedTypesView;
    assert.ok(downloaded.parents > 0 && downloaded.children > 0);
    assert.equal(downloaded.count, downloaded.parents + downloaded.children);
    const cached = (await core.call('catalog.performanceTypes', {}, manager)).json as PerformanceTypeRow[];
    assert.equal(cached.length, downloaded.count);
    assert.ok(cached.some((t) => t.level === 2 && cached.some((p) => p.typeId === t.parentTypeId)), 'children point at their parents');
    assert.equal(queryAudit(core.core.db, { action: 'platform.downloadTypes' })[0]?.username, 'boss');
  } finally {
    await core.close();
  }
});

test('platform.venues searches the directory by region and name, pages, and marks the local venue linked to a code', async () => {
  const core = await startTestCore();
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    const beijing = (await core.call('platform.venues', { provinceId: 110000, page: 1, pageSize: 2 }, manager)).json as DirectoryPageView;
    assert.equal(beijing.venues.length, 2);
    assert.ok(beijing.total > 2, 'more than one page');
    assert.ok(beijing.venues.every((v) => v.provinceId === 110000));
    const second = (await core.call('platform.venues', { provinceId: 110000, page: 2, pageSize: 2 }, manager)).json as DirectoryPageView;
    assert.equal(second.page, 2);
    assert.notDeepEqual(second.venues.map((v) => v.venueCode), beijing.venues.map((v) => v.venueCode));

    const found = (await core.call('platform.venues', { districtId: 110101, name: '首都剧场' }, manager)).json as DirectoryPageView;
    const capital = found.venues.find((v) => v.venueName === '首都剧场');
    assert.ok(capital, JSON.stringify(found));
    assert.ok(capital.halls.length >= 3 && capital.halls.every((h) => h.hallCode.startsWith(capital.venueCode)));
    assert.equal(capital.linkedVenueId, null);

    const venue = (await core.call('catalog.createVenue', { name: '首都剧场', address: '北京市东城区王府井大街22号', provinceId: 110000, cityId: 110100, districtId: 110101, venueType: '剧场', managementCompany: '' }, manager)).json as VenueRow;
    const link = await core.call('catalog.linkPlatformCodes', { venueId: venue.id, venueCode: capital.venueCode, halls: [] }, manager);
    assert.equal(link.status, 200, JSON.stringify(link.json));
    const again = (await core.call('platform.venues', { districtId: 110101, name: '首都剧场' }, manager)).json as DirectoryPageView;
    assert.equal(again.venues.find((v) => v.venueCode === capital.venueCode)?.linkedVenueId, venue.id);
  } finally {
    await core.close();
  }
});

test('platform.venues refuses a page over 200 and a bad region code; a clerk may not search', async () => {
  const core = await startTestCore();
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    assert.equal((await core.call('platform.venues', { pageSize: 201 }, manager)).status, 400);
    assert.equal((await core.call('platform.venues', { districtId: 11 }, manager)).status, 400);
    await core.call('users.create', { username: 'li', displayName: '李', role: 'clerk', secret: '1357' }, manager);
    const clerk = cookieOf((await core.call('auth.login', { username: 'li', secret: '1357' })).setCookie);
    assert.equal((await core.call('platform.venues', {}, clerk)).status, 403);
    assert.equal((await core.call('platform.downloadTypes', {}, clerk)).status, 403);
  } finally {
    await core.close();
  }
});

test('a platform failure crosses the wire as a stable code with the explanation', async () => {
  const core = await startTestCore();
  try {
    const manager = cookieOf((await core.call('setup.createFirstManager', { username: 'boss', displayName: '王芳', secret: '864200' })).setCookie);
    // An outage on the embedded sandbox: every platform call gets HTTP 503.
    const faults = await fetch(`${core.core.sync.connection.target.url}/__sandbox/faults`, { method: 'PUT', body: 'outage=now/+10m' });
    assert.equal(faults.status, 200);
    const answer = await core.call('platform.venues', { name: '剧' }, manager);
    assert.equal(answer.status, 503);
    const body = answer.json as { code: string; message: string };
    assert.equal(body.code, 'PLATFORM_UNAVAILABLE');
    assert.ok(body.message.length > 10);
  } finally {
    await core.close();
  }
});
