import { z } from 'zod';
import { procedure, MANAGER } from './procedure';

/** The platform's performance types, downloaded and cached for the performance form's type picker. */
export interface DownloadedTypesView {
  /** All types now cached, first and second level. */
  count: number;
  parents: number;
  children: number;
  at: number;
}

/** A hall of a venue in the platform's directory. */
export interface DirectoryHallView {
  hallCode: string;
  hallName: string;
  hasSeat: boolean;
  seatNum: number;
  seatingCapacity: number;
  /** Managed and enabled: sessions may be reported in it. */
  usable: boolean;
}

/** A venue of the platform's directory, with the local venue already linked to its code (if any). */
export interface DirectoryVenueView {
  venueCode: string;
  venueName: string;
  provinceId: number;
  cityId: number;
  districtId: number;
  address: string;
  venueType: string;
  managementCompany: string;
  halls: DirectoryHallView[];
  linkedVenueId: string | null;
}

/** One page of the platform's venue directory. */
export interface DirectoryPageView {
  page: number;
  pageSize: number;
  total: number;
  venues: DirectoryVenueView[];
}

// GB/T 2260 codes are six digits.
const region = z.number().int().min(100000).max(999999);

export const platformDirectoryProcedures = {
  /** Downloads the platform's performance type list and replaces the cached one. Audited. */
  'platform.downloadTypes': procedure<DownloadedTypesView>()({ roles: MANAGER, input: z.object({}) }),
  /** Searches the platform's venue directory by region and name, a page at a time (at most 200 a page). */
  'platform.venues': procedure<DirectoryPageView>()({
    roles: MANAGER,
    input: z.object({
      provinceId: region.optional(),
      cityId: region.optional(),
      districtId: region.optional(),
      name: z.string().trim().max(50).optional(),
      page: z.number().int().min(1).max(10_000).default(1),
      pageSize: z.number().int().min(1).max(200).default(20),
    }),
  }),
};
