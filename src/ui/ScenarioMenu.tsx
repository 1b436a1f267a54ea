import { useMemo, useState } from 'react';
import { check } from '../lang';
import { BUILTIN_LIST, EXERCISE_PREFIX } from '../scenarios';
import { EXERCISE_IDS, exerciseTitles } from '../scenarios/exercises';
import { useApp } from '../store';
import type { Origin } from '../store/scenario';
import { useStrings } from './i18n';
import { ENTRY_STRINGS } from './help/entryStrings';
import { titleOf } from './titles';
import { releaseFocus } from './keyboard';
import { describeFault } from '../playback/whatif';
import { branchOf } from '../store/whatifTree';
import { WHATIF_STRINGS } from './whatif/strings';

// Titles only: a scenario's text loads when it is chosen.
const exerciseList = EXERCISE_IDS.map((id) => ({
  id: `${EXERCISE_PREFIX}${id}`,
  titles: exerciseTitles(id),
}));
const EXERCISES_LABEL = { en: 'Exercises', ko: '연습 문제' } as const;

const valueOf = (origin: Origin) =>
  origin.kind === 'builtin'
    ? `builtin:${origin.id}`
    : origin.kind === 'draft'
      ? `draft:${origin.id}`
      : origin.kind;

/** A short name for a draft: its title, else its first process, else its first line. */
function draftName(text: string, lang: 'en' | 'ko'): string {
  const scenario = check(text).scenario;
  return (
    titleOf(scenario.titles, lang) ??
    scenario.processes[0]?.name ??
    (text.split('\n').find((l) => l.trim() && !l.trim().startsWith('#')) ?? '').trim().slice(0, 40)
  );
}

/** The `Scenario` menu: the user's own scenarios (nothing typed is ever lost), then the built-ins. */
export function ScenarioMenu() {
  const s = useStrings();
  const lang = useApp((st) => st.lang);
  const origin = useApp((st) => st.origin);
  const drafts = useApp((st) => st.drafts);
  const loadBuiltin = useApp((st) => st.loadBuiltin);
  const loadDraft = useApp((st) => st.loadDraft);
  const whatIf = useApp((st) => st.whatIf);
  const branch = origin.kind === 'branch' && whatIf ? branchOf(whatIf, origin.id) : undefined;
  // A built-in being loaded stays chosen in the menu until it is on screen.
  const [loading, setLoading] = useState<string | null>(null);
  const draftLabels = useMemo(
    () =>
      drafts.map((d, k) => ({
        id: d.id,
        label: `${k === 0 ? s.myScenario : s.earlierScenario}: ${draftName(d.text, lang) || s.untitled} (${new Date(d.savedAt).toLocaleString(lang)})`,
      })),
    [drafts, lang, s],
  );
  return (
    <select
      aria-label={s.scenario}
      value={loading ?? valueOf(origin)}
      onChange={(e) => {
        const value = e.currentTarget.value;
        const [kind, id] = value.split(':');
        if (kind === 'builtin' && id) {
          setLoading(value);
          void loadBuiltin(id).finally(() => setLoading((now) => (now === value ? null : now)));
        } else if (kind === 'draft' && id) {
          setLoading(null);
          loadDraft(Number(id));
        }
        releaseFocus(e.currentTarget);
      }}
    >
      {origin.kind === 'branch' && (
        <option value="branch">
          {WHATIF_STRINGS[lang].branches}: {branch?.fault ? describeFault(branch.fault, lang) : ''}
        </option>
      )}
      {origin.kind === 'link' && <option value="link">{s.sharedScenario}</option>}
      {origin.kind === 'file' && <option value="file">{s.fileScenario(origin.name)}</option>}
      {origin.kind === 'example' && <option value="example">{ENTRY_STRINGS[lang].exampleScenario}</option>}
      {draftLabels.length > 0 && (
        <optgroup label={s.yourScenarios}>
          {draftLabels.map((d) => (
            <option key={d.id} value={`draft:${d.id}`}>
              {d.label}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={s.builtinScenarios}>
        {BUILTIN_LIST.map((b) => (
          <option key={b.id} value={`builtin:${b.id}`}>
            {titleOf(b.titles, lang) ?? b.id}
          </option>
        ))}
      </optgroup>
      {exerciseList.length > 0 && (
        <optgroup label={EXERCISES_LABEL[lang]}>
          {exerciseList.map((e) => (
            <option key={e.id} value={`builtin:${e.id}`}>
              {titleOf(e.titles, lang) ?? e.id}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
