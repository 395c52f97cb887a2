import { create } from 'zustand';

export type Section = 'sell' | 'gate' | 'manage';
const SECTIONS: readonly Section[] = ['sell', 'gate', 'manage'];

function sectionOf(pathname: string): Section | null {
  const first = pathname.split('/')[1] ?? '';
  return (SECTIONS as readonly string[]).includes(first) ? (first as Section) : null;
}

interface RouteState {
  /** The first path segment; null until a section is chosen (the frame picks the role's default). */
  section: Section | null;
  /** The rest of the path, for a section's own screens (e.g. manage/people). */
  subpath: string;
  go: (section: Section, subpath?: string) => void;
}

const read = () => {
  const section = sectionOf(location.pathname);
  return { section, subpath: section ? location.pathname.split('/').slice(2).join('/') : '' };
};

/** The URL is the route: reloads and the back button keep the clerk where they were. */
export const useRouteStore = create<RouteState>((set) => ({
  ...read(),
  go(section, subpath = '') {
    const path = `/${section}${subpath ? `/${subpath}` : ''}`;
    if (location.pathname !== path) history.pushState(null, '', path);
    set({ section, subpath });
  },
}));

window.addEventListener('popstate', () => useRouteStore.setState(read()));
