// Chapter (h): the summary page. The closing table is the concept guide's own; under it, one line
// for each chapter the student went through, and the way back.

import guideEn from '../../../docs/guide.en.md?raw';
import guideKo from '../../../docs/guide.ko.md?raw';
import { COURSE, STEPS } from '../../scenarios/course';
import { appStore, useApp } from '../../store';
import { courseStore } from '../../store/course';
import { RichText } from '../RichText';
import { openStep, stepAway } from './commands';
import { useCourseStrings } from './strings';
import { closingTable } from './summary';

const TABLES = { en: closingTable(guideEn), ko: closingTable(guideKo) };

export function Summary() {
  const s = useCourseStrings();
  const lang = useApp((st) => st.lang);
  const last = COURSE[COURSE.length - 1]!;
  const table = TABLES[lang];
  const summaryKey = STEPS[STEPS.length - 1]!.key;
  const previous = stepAway(summaryKey, -1);
  return (
    <article className="course-summary" aria-labelledby="course-summary-title" data-testid="course-summary">
      <h3 id="course-summary-title" tabIndex={-1} data-autofocus>
        {s.chapter(last.id, last.title[lang])}
      </h3>
      <p className="course-intro">{last.intro[lang]}</p>
      {table && (
        <table className="course-table">
          <caption>{s.tableCaption}</caption>
          <thead>
            <tr>
              {table.header.map((h, k) =>
                k === 0 ? (
                  <td key={k} />
                ) : (
                  <th key={k} scope="col">
                    {h}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, k) =>
                  k === 0 ? (
                    <th key={k} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={k}>
                      <RichText text={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {table?.closing && (
        <p className="course-closing">
          <RichText text={table.closing.replace(/\*\*/g, '')} />
        </p>
      )}
      <h4>{s.recap}</h4>
      <ol className="course-recap">
        {COURSE.slice(0, -1).map((c) => (
          <li key={c.id}>
            <strong>{s.chapter(c.id, c.title[lang])}</strong>: {c.intro[lang]}
          </li>
        ))}
      </ol>
      <p className="course-finished">{s.finished}</p>
      <p className="course-summary-buttons">
        {previous && (
          <button type="button" onClick={() => openStep(appStore, courseStore, previous)}>
            <span aria-hidden="true">◀ </span>
            {s.previous}
          </button>
        )}
        <button type="button" onClick={() => courseStore.setView('chapters')}>
          {s.chapters}
        </button>
      </p>
    </article>
  );
}
