import { statement } from '../../../db/statements';
import { VENUE_PAGE } from '../../reporter/wire/inferred';
import type { WirePage } from '../../reporter/wire/envelope';
import type { Handler } from './context';

/** A.3.2.1: the whole two-level type list, each first-level type before its children. */
export const performanceTypeList: Handler<'performanceTypeList'> = ({ db }) => {
  const rows = statement(
    db,
      `SELECT type_id AS typeId, type_name AS typeName, parent_type_id AS parentTypeId, level FROM performance_types
       ORDER BY CASE level WHEN 1 THEN type_id ELSE parent_type_id END, level, type_id`,
    )
    .all();
  return { data: rows, duplicate: false, items: rows.length, duplicateItems: 0 };
};

interface VenueRow {
  venueCode: string;
  venueName: string;
  provinceId: number;
  cityId: number;
  districtId: number;
  venueAddress: string;
  venueType: string;
  managementCompany: string;
}

/** A.3.2.2: the venue directory, filtered by region and a fuzzy name, paged. */
export const venueList: Handler<'venueList'> = ({ db }, body) => {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const [column, value] of [['province_id', body.provinceId], ['city_id', body.cityId], ['district_id', body.districtId]] as const) {
    if (value !== null && value !== undefined) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  }
  const name = body.venueName?.trim();
  if (name) {
    // Fuzzy: every character in order, anything between (国大 finds 国家大剧院), case-insensitive for Latin.
    where.push(`venue_name LIKE ? ESCAPE '\\'`);
    params.push(`%${Array.from(name.replace(/\s+/g, '')).map((c) => c.replace(/[\\%_]/g, (m) => `\\${m}`)).join('%')}%`);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const page = body.pageNo ?? VENUE_PAGE.defaultPageNo;
  const pageSize = body.pageSize ?? VENUE_PAGE.defaultPageSize;
  const totalRow = (statement(db, `SELECT count(*) AS n FROM venues ${clause}`).get(...params) as { n: number }).n;
  const venues = statement(
    db,
      `SELECT venue_code AS venueCode, venue_name AS venueName, province_id AS provinceId, city_id AS cityId, district_id AS districtId,
              venue_address AS venueAddress, venue_type AS venueType, management_company AS managementCompany
       FROM venues ${clause} ORDER BY venue_code LIMIT ? OFFSET ?`,
    )
    .all(...params, pageSize, (page - 1) * pageSize) as VenueRow[];
  const halls = statement(
    db,
    `SELECT hall_name AS hallName, hall_code AS hallCode, has_seat AS hasSeat, seat_num AS seatNum, seating_capacity AS seatingCapacity,
            management_status AS managementStatus, enable_state AS enableState
     FROM halls WHERE venue_code = ? ORDER BY hall_code`,
  );
  const dataList = venues.map((venue) => {
    const hallList = halls.all(venue.venueCode);
    return { ...venue, hallNum: hallList.length, hallList };
  });
  const data: WirePage<unknown> = { dataList, page, pageSize, totalRow };
  return { data, duplicate: false, items: dataList.length, duplicateItems: 0 };
};
