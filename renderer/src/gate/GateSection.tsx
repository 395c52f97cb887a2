import { useGateStore } from '../stores/gate-store';
import { useRouteStore } from '../stores/route-store';
import { GateSetupScreen } from './setup/GateSetupScreen';
import { isReady } from './setup/setup-storage';
import { ScanScreen } from './scan/ScanScreen';
import '../styles/gate.css';
import '../styles/gate-verdict.css';
import '../styles/gate-offline.css';
import '../styles/gate-exit.css';

/** The gate: /gate scans, /gate/setup names the gate and chooses its sessions (also the first screen of a new device). */
export function GateSection() {
  const subpath = useRouteStore((state) => state.subpath);
  const ready = useGateStore((state) => isReady(state.setup));
  return <section className="section gate-section">{subpath === 'setup' || !ready ? <GateSetupScreen /> : <ScanScreen />}</section>;
}
