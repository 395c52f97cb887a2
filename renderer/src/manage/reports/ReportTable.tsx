import { useTranslation } from 'react-i18next';
import { toCsv } from '../../csv';
import { downloadText } from '../../download';

export interface Column<T> {
  header: string;
  value: (row: T) => string | number;
  /** What the CSV holds (raw fen rather than "¥1,280.00"); the shown value by default. */
  csv?: (row: T) => string | number;
  numeric?: boolean;
}

/** A breakdown as a table, with its own CSV export. */
export function ReportTable<T>({ title, rows, columns, fileName }: { title: string; rows: T[]; columns: Column<T>[]; fileName: string }) {
  const { t } = useTranslation();
  const exportCsv = () =>
    downloadText(
      fileName,
      toCsv(
        columns.map((c) => c.header),
        rows.map((row) => columns.map((c) => (c.csv ?? c.value)(row))),
      ),
    );
  return (
    <section className="report-table">
      <header className="card-head">
        <h3>{title}</h3>
        <button type="button" className="secondary" onClick={exportCsv} disabled={rows.length === 0}>
          {t('reports.exportCsv')}
        </button>
      </header>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={c.numeric ? 'numeric' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {columns.map((c) => (
                  <td key={c.header} className={c.numeric ? 'numeric' : undefined}>
                    {c.value(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
