// `npm run bench check-in-costs`: what each part of a check-in costs, beside a raw single-row transaction, measured
// in one run on the benchmark venue (test/bench/sold-venue.ts). Each part is measured by taking the others away
// on the same database: the ticket lookup alone, then the admission's rows one after the other (the check_ins row,
// the gate_changes row its trigger writes for the gates' offline caches, the outbox row), then each index
// dropped for a moment and created again. CPU time of the whole process (the background checkpointer's thread
// included) rather than wall time, the best of several passes: on a shared machine wall time measures the others.
// Every figure at 16 check-ins per commit (as the write group commits a tick's scans) and at 1 per commit; and
// the pages a check-in dirties, each one 4 KiB WAL frame at commit, by b-tree.
// BO_BENCH_SESSIONS=N builds N sessions of 10,000 tickets instead of 10; BO_BENCH_PASSES (default 4).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { framesByTree, printFrames } from './wal-frames';
import { cpuMicros, withLoadAverage } from './cpu-time';
import { startBackgroundCheckpointer } from '../../db/checkpointer';
import { inTransaction } from '../../electron/boxoffice/service';
import { checkIn, checkInBatch, recordAdmission } from '../../electron/boxoffice/gate/check-in';
import { scannedTicketByCode } from '../../electron/boxoffice/gate/scanned-ticket';
import type { DomainContext } from '../../electron/boxoffice/context';
import type { Figures } from './run';
import { rawSingleRowTransactionCpuMicros } from './sqlite-baseline';
import { doorsOpenOrder, soldVenue } from './sold-venue';

const SESSIONS = Number(process.env.BO_BENCH_SESSIONS ?? 10);
const PASSES = Number(process.env.BO_BENCH_PASSES ?? 4);
const PER_ROUND = 480; // check-ins per measurement (a multiple of 16)
const GROUP = 16;

const TRIGGER = `CREATE TRIGGER gate_changes_admitted AFTER INSERT ON check_ins
BEGIN
  INSERT INTO gate_changes (session_id, order_line_id) VALUES (NEW.session_id, NEW.order_line_id);
END`;

/** What one variant does per scan inside the transaction, and the schema change it needs meanwhile (undone after). */
interface Variant {
  name: string;
  key: string;
  per: (gate: DomainContext, code: string) => void;
  drop?: string;
  restore?: string;
}

function variants(checkInOf: (gate: DomainContext, code: string) => void): Variant[] {
  const lookup = (gate: DomainContext, code: string) => {
    const t = scannedTicketByCode(gate.db, code);
    if (!t) throw new Error(`no ticket ${code}`);
    return t;
  };
  const admit = (report: boolean) => (gate: DomainContext, code: string) => {
    recordAdmission(gate, lookup(gate, code), { gateName: '1号口', at: gate.clock(), checkingType: 'code', authType: 'device' }, { report });
  };
  const index = (name: string, create: string): Variant => ({ name: `all, without index ${name}`, key: `without_${name}`, per: checkInOf, drop: `DROP INDEX ${name}`, restore: create });
  return [
    { name: 'the ticket lookup alone (no write)', key: 'lookup', per: lookup },
    { name: '+ the check_ins row', key: 'checkInRow', per: admit(false), drop: 'DROP TRIGGER gate_changes_admitted', restore: TRIGGER },
    { name: '+ its gate_changes row (trigger)', key: 'gateChangesRow', per: admit(false) },
    { name: '+ the outbox row (= a check-in)', key: 'outboxRow', per: admit(true) },
    { name: 'checkIn (verdict, result, as the API)', key: 'checkIn', per: checkInOf },
    index('check_ins_session', 'CREATE INDEX check_ins_session ON check_ins (session_id, checked_at)'),
    index('gate_changes_session', 'CREATE INDEX gate_changes_session ON gate_changes (session_id, seq)'),
    index('outbox_event_once', 'CREATE UNIQUE INDEX outbox_event_once ON outbox (kind, record_id) WHERE coalesce_key IS NULL'),
    index('outbox_status', 'CREATE INDEX outbox_status ON outbox (status, seq)'),
  ];
}

/** The benchmark (see test/bench/run.ts). */
export default async function checkInCostsBench(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bo-bench-costs-'));
  const { db } = openDatabase(join(dir, 'bench.db'));
  try {
    const { gate, codesBySession, sessions: sessionIds } = soldVenue(db, SESSIONS);
    const codes = doorsOpenOrder(codesBySession);
    let next = 0;
    const code = () => {
      const c = codes[next++];
      if (c === undefined) throw new Error('out of sold tickets: lower BO_BENCH_PASSES or raise BO_BENCH_SESSIONS');
      return c;
    };
    const admitted = (result: { admitted: boolean; verdict: string }) => {
      if (!result.admitted) throw new Error(`not admitted: ${result.verdict}`);
    };
    // A gate admitting every session of the venue.
    const checkInAll = (ctx: DomainContext, c: string) => admitted(checkIn(ctx, { gateName: '1号口', sessionIds, entry: 'device', code: c }));

    // Pages first, one per commit (the checkpointer not yet running, so the WAL holds exactly these commits).
    db.pragma('wal_autocheckpoint = 0');
    const frames = framesByTree(db, join(dir, 'bench.db-wal'), 200, () => checkInAll(gate, code()));
    const framesGrouped = framesByTree(db, join(dir, 'bench.db-wal'), 200, () => {
      for (const result of checkInBatch(gate, { scans: Array.from({ length: GROUP }, () => ({ gateName: '1号口', sessionIds, entry: 'device' as const, code: code() })) })) admitted(result);
    });
    for (const [tree, n] of framesGrouped) framesGrouped.set(tree, n / GROUP);
    db.pragma('wal_autocheckpoint = 1000');

    const checkpointer = startBackgroundCheckpointer(db);
    const all = variants(checkInAll);
    const best = new Map<string, { grouped: number; alone: number }>();
    let raw = Infinity;
    for (let pass = 0; pass < PASSES; pass++) {
      for (const variant of all) {
        if (variant.drop) db.exec(variant.drop);
        raw = Math.min(raw, rawSingleRowTransactionCpuMicros());
        const grouped = cpuMicros(PER_ROUND / GROUP, () => inTransaction(gate, () => {
          for (let i = 0; i < GROUP; i++) variant.per(gate, code());
        })) / GROUP;
        const alone = cpuMicros(PER_ROUND, () => inTransaction(gate, () => variant.per(gate, code())));
        if (variant.restore) db.exec(variant.restore);
        const was = best.get(variant.key) ?? { grouped: Infinity, alone: Infinity };
        best.set(variant.key, { grouped: Math.min(was.grouped, grouped), alone: Math.min(was.alone, alone) });
      }
    }
    await checkpointer.stop();

    console.log(`raw better-sqlite3 single-row transaction: ${raw.toFixed(1)} µs CPU (best of ${PASSES} passes)`);
    console.log(`${'CPU µs per check-in (best of passes)'.padEnd(44)} ${'16 per commit'.padStart(22)} ${'1 per commit'.padStart(22)}`);
    const figures: Figures = { rawMicros: Number(raw.toFixed(2)) };
    for (const variant of all) {
      const m = best.get(variant.key);
      if (!m) continue;
      const cell = (us: number) => `${us.toFixed(1).padStart(6)} µs = ${((100 * raw) / us).toFixed(1).padStart(5)}% raw`;
      console.log(`${variant.name.padEnd(44)} ${cell(m.grouped).padStart(22)} ${cell(m.alone).padStart(22)}`);
      figures[`${variant.key}GroupedMicros`] = Number(m.grouped.toFixed(2));
      figures[`${variant.key}AloneMicros`] = Number(m.alone.toFixed(2));
    }
    figures.walFramesAlone = printFrames('WAL frames per check-in, 1 per commit (raw: 1)', frames);
    figures.walFramesGrouped = printFrames('WAL frames per check-in, 16 per commit', framesGrouped);
    return withLoadAverage(figures);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
