import type { Section } from '../stores/route-store';
import { ManageSection } from '../manage/ManageSection';
import { SellSection } from '../sell/SellSection';
import { GateSection } from '../gate/GateSection';

export function SectionView({ section }: { section: Section }) {
  switch (section) {
    case 'sell':
      return <SellSection />;
    case 'gate':
      return <GateSection />;
    case 'manage':
      return <ManageSection />;
  }
}
