import type { z } from 'zod';
import { ID_TYPES } from '../personal-data/id-document';
import { parseInput } from '../service';
import { checkInBatchInput, checkInInput } from './schemas';

export type Scan = z.output<typeof checkInInput>;

const clean = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length >= 1 && value.length <= max && value.trim() === value;

/**
 * A scan already in the form checkInInput gives back (strings trimmed and within bounds, known values), copied
 * field by field exactly as zod would output it; anything else is undefined and goes through zod, whose answer
 * (and refusal) is the rule. Why: the API layer has parsed the scan with the same schema before the service parses
 * it again, and that second zod pass was a measurable share of a scan (~2 µs of ~60 µs). Kept in step with
 * schemas.ts by test/boxoffice/gate/scan-input.test.ts.
 */
function alreadyClean(input: unknown): Scan | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { gateName, sessionIds, entry, code, idType, idNumber } = input as Record<string, unknown>;
  if (!clean(gateName, 50) || !clean(code, 200)) return undefined;
  if (!Array.isArray(sessionIds) || sessionIds.length < 1 || sessionIds.length > 20) return undefined;
  for (const sessionId of sessionIds as unknown[]) if (!clean(sessionId, 50)) return undefined;
  if (entry !== undefined && entry !== 'device' && entry !== 'manual') return undefined;
  if (idType !== undefined && !ID_TYPES.some((type) => type === idType)) return undefined;
  if (idNumber !== undefined && !clean(idNumber, 32)) return undefined;
  const scan: Scan = { gateName, sessionIds: [...(sessionIds as string[])], entry: entry ?? 'device', code };
  if (idType !== undefined) scan.idType = idType as Scan['idType'];
  if (idNumber !== undefined) scan.idNumber = idNumber;
  return scan;
}

/** checkIn's input, parsed: as parseInput(checkInInput, input), cheaper when the input is already clean. */
export function parseScan(input: unknown): Scan {
  return alreadyClean(input) ?? parseInput(checkInInput, input);
}

/** checkInBatch's input, parsed: as parseInput(checkInBatchInput, input), cheaper when every scan is already clean. */
export function parseScans(input: unknown): Scan[] {
  const scans = typeof input === 'object' && input !== null ? (input as { scans?: unknown }).scans : undefined;
  if (Array.isArray(scans) && scans.length >= 1 && scans.length <= 200) {
    const parsed: Scan[] = [];
    for (const scan of scans as unknown[]) {
      const clean = alreadyClean(scan);
      if (!clean) return parseInput(checkInBatchInput, input).scans;
      parsed.push(clean);
    }
    return parsed;
  }
  return parseInput(checkInBatchInput, input).scans;
}
