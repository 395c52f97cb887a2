import type { platformDirectoryProcedures, DirectoryVenueView } from '../contract/platform-directory';
import { appendAudit } from '../../../db/audit';
import { cachePerformanceTypes, listVenues, type PerformanceTypeRow } from '../../../db/catalog';
import type { Failure, VenueItem } from '../../reporter';
import { BoxOfficeError } from '../../boxoffice/errors';
import { explainFailure } from '../platform/test-connection';
import type { Handlers } from './context';

/** A platform failure as a stable error: a refusal stays a refusal; anything that may pass is "unavailable". */
function platformError(failure: Failure, url: string): BoxOfficeError {
  const message = explainFailure(failure, url);
  switch (failure.kind) {
    case 'permanent':
    case 'credentials_refused':
      return new BoxOfficeError('PLATFORM_REFUSED', message, { platformCode: failure.code, reason: message });
    case 'refused_locally':
      return new BoxOfficeError('PLATFORM_REFUSED', message, { platformCode: 'LOCAL', reason: message });
    case 'token_expired':
    case 'transient':
      return new BoxOfficeError('PLATFORM_UNAVAILABLE', message, { platformCode: failure.kind === 'transient' ? (failure.code ?? null) : failure.code, reason: message });
  }
}

const toVenue = (item: VenueItem, linked: ReadonlyMap<string, string>): DirectoryVenueView => ({
  venueCode: item.venueCode,
  venueName: item.venueName,
  provinceId: item.provinceId ?? 0,
  cityId: item.cityId ?? 0,
  districtId: item.districtId ?? 0,
  address: item.venueAddress ?? '',
  venueType: item.venueType ?? '',
  managementCompany: item.managementCompany ?? '',
  halls: item.hallList.map((hall) => ({
    hallCode: hall.hallCode,
    hallName: hall.hallName ?? '',
    hasSeat: hall.hasSeat === 1,
    seatNum: hall.seatNum ?? 0,
    seatingCapacity: hall.seatingCapacity ?? 0,
    // the standard's 1 = managed / enabled; a hall otherwise cannot take sessions
    usable: hall.managementStatus === 1 && hall.enableState === 1,
  })),
  linkedVenueId: linked.get(item.venueCode) ?? null,
});

export const platformDirectoryHandlers: Handlers<keyof typeof platformDirectoryProcedures> = {
  'platform.downloadTypes': async (_input, ctx) => {
    const { core } = ctx;
    // the sync worker's client: its cached token is reused, so a download spends no extra token request
    const client = core.sync.connection.client;
    const outcome = await client.performanceTypeList();
    if (outcome.kind !== 'success') throw platformError(outcome, core.sync.connection.target.url);
    const types: PerformanceTypeRow[] = outcome.data.map((t) => ({ typeId: t.typeId, typeName: t.typeName, parentTypeId: t.parentTypeId, level: t.level === 1 ? 1 : 2 }));
    const at = Date.now();
    cachePerformanceTypes(core.db, types, at);
    const parents = types.filter((t) => t.level === 1).length;
    appendAudit(core.db, { userId: ctx.actor.userId, username: ctx.actor.username, action: 'platform.downloadTypes', target: core.sync.connection.target.url, outcome: 'ok', detail: { count: types.length }, address: ctx.address });
    return { count: types.length, parents, children: types.length - parents, at };
  },

  'platform.venues': async (input, ctx) => {
    const { core } = ctx;
    const outcome = await core.sync.connection.client.venueList({
      provinceId: input.provinceId ?? null,
      cityId: input.cityId ?? null,
      districtId: input.districtId ?? null,
      venueName: input.name ? input.name : null,
      pageNo: input.page,
      pageSize: input.pageSize,
    });
    if (outcome.kind !== 'success') throw platformError(outcome, core.sync.connection.target.url);
    const linked = new Map<string, string>();
    for (const venue of listVenues(core.db)) if (venue.platformVenueCode) linked.set(venue.platformVenueCode, venue.id);
    const { data } = outcome;
    return { page: data.page, pageSize: data.pageSize, total: data.totalRow, venues: data.dataList.map((item) => toVenue(item, linked)) };
  },
};
