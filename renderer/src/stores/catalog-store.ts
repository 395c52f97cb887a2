import { create } from 'zustand';
import { call } from '../api/client';
import type { InputOf, PerformanceTypeRow, PerformanceWithSessions, VenueWithHalls } from '../../../electron/server/contract';

interface CatalogState {
  venues: VenueWithHalls[];
  performances: PerformanceWithSessions[];
  types: PerformanceTypeRow[];
  loaded: boolean;
  load: () => Promise<void>;
  createVenue: (input: InputOf<'catalog.createVenue'>) => Promise<void>;
  createHall: (input: InputOf<'catalog.createHall'>) => Promise<void>;
  importLayout: (input: InputOf<'catalog.importSeatLayout'>) => Promise<{ seats: number }>;
  createPerformance: (input: InputOf<'catalog.createPerformance'>) => Promise<void>;
  updatePerformance: (input: InputOf<'catalog.updatePerformance'>) => Promise<void>;
  createSession: (input: InputOf<'catalog.createSession'>) => Promise<void>;
  generateTickets: (input: InputOf<'catalog.generateTickets'>) => Promise<{ unassignedSeats: number }>;
  cancelSession: (input: InputOf<'catalog.cancelSession'>) => Promise<void>;
  updateSession: (input: InputOf<'catalog.updateSession'>) => Promise<void>;
}

/** Venues, halls, performances and sessions for the manager's catalog screens; every write reloads. */
export const useCatalogStore = create<CatalogState>((set, get) => ({
  venues: [],
  performances: [],
  types: [],
  loaded: false,
  load: async () => {
    const [venues, performances, types] = await Promise.all([call('catalog.venues', {}), call('catalog.performances', {}), call('catalog.performanceTypes', {})]);
    set({ venues, performances, types, loaded: true });
  },
  createVenue: async (input) => {
    await call('catalog.createVenue', input);
    await get().load();
  },
  createHall: async (input) => {
    await call('catalog.createHall', input);
    await get().load();
  },
  importLayout: async (input) => {
    const result = await call('catalog.importSeatLayout', input);
    await get().load();
    return result;
  },
  createPerformance: async (input) => {
    await call('catalog.createPerformance', input);
    await get().load();
  },
  updatePerformance: async (input) => {
    await call('catalog.updatePerformance', input);
    await get().load();
  },
  createSession: async (input) => {
    await call('catalog.createSession', input);
    await get().load();
  },
  generateTickets: async (input) => {
    const result = await call('catalog.generateTickets', input);
    await get().load();
    return result;
  },
  cancelSession: async (input) => {
    await call('catalog.cancelSession', input);
    await get().load();
  },
  updateSession: async (input) => {
    await call('catalog.updateSession', input);
    await get().load();
  },
}));
