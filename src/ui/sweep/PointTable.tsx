// The table under a sweep's chart and under the seeds' histogram: one row per run, with the
// figures the chart draws and a button that opens that run on the stage.

import type { PointRow } from './rows';
import type { SweepStrings } from './strings';

export function PointTable({
  s,
  testId,
  caption,
  knob,
  rows,
  barrierWait,
  openLabel,
  onOpen,
}: {
  s: SweepStrings;
  testId: string;
  caption: string;
  /** The first column's heading: the knob's name, or "seed". */
  knob: string;
  rows: readonly PointRow[];
  /** Whether the barrier-wait column is shown (the seeds' table leaves it out). */
  barrierWait: boolean;
  openLabel(row: PointRow): string;
  onOpen(row: PointRow): void;
}) {
  return (
    <div className="sweep-table-box">
      <table className="sweep-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{knob}</th>
            <th scope="col">{s.outcome}</th>
            <th scope="col">{s.finish}</th>
            <th scope="col">{s.blocked}</th>
            {barrierWait && <th scope="col">{s.barrierWait}</th>}
            <th scope="col">{s.sent}</th>
            <th scope="col">
              <span className="visually-hidden">{s.open}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.value} data-value={r.value} data-finish={r.finish} data-kind={r.outcome}>
              <th scope="row">{r.value}</th>
              <td className={`seed-${r.outcome}`}>{s.outcomes[r.outcome]}</td>
              <td>{r.finish}</td>
              <td>{r.blockedTotal}</td>
              {barrierWait && <td>{r.barrierWait}</td>}
              <td>{r.sent}</td>
              <td>
                <button type="button" onClick={() => onOpen(r)} aria-label={openLabel(r)}>
                  {s.open}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
