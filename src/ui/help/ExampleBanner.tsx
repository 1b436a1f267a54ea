import { useApp } from '../../store';
import { ENTRY_STRINGS } from './entryStrings';
import { helpPlaceOfExample } from './tryExample';
import './entry.css';

/** While an example from the help is on the stage: says so, and leads back to the user's own text. */
export function ExampleBanner() {
  const lang = useApp((s) => s.lang);
  const back = useApp((s) => s.beforeExample !== null);
  const showing = useApp((s) => s.origin.kind === 'example');
  const backFromExample = useApp((s) => s.backFromExample);
  const dismissExample = useApp((s) => s.dismissExample);
  const openHelp = useApp((s) => s.openHelp);
  if (!back) return null;
  const s = ENTRY_STRINGS[lang];
  const place = helpPlaceOfExample();
  return (
    <div className="example-banner" role="status" data-testid="example-banner">
      <p>{showing ? s.showingExample : s.editedExample}</p>
      <div className="example-banner-actions">
        <button type="button" className="example-back" onClick={backFromExample}>
          {s.back}
        </button>
        {showing && place && (
          <button type="button" onClick={() => openHelp(place.tab, place.anchor)}>
            {s.backToHelp}
          </button>
        )}
        {!showing && (
          <button type="button" onClick={dismissExample}>
            {s.keep}
          </button>
        )}
      </div>
    </div>
  );
}
