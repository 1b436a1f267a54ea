import { Fragment } from 'react';
import { SHORTCUTS } from './shortcuts';
import type { HelpStrings } from './strings';

/** The keyboard shortcuts, as a table of key caps and what they do. */
export function KeysTab({ s }: { s: HelpStrings }) {
  return (
    <div className="help-keys">
      <p>{s.keysIntro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{s.keysHeadKeys}</th>
            <th scope="col">{s.keysHeadAction}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.id} data-shortcut={shortcut.id}>
              <td className="help-caps">
                {shortcut.caps.map((group, g) => (
                  <Fragment key={g}>
                    {g > 0 && <span className="help-caps-or"> / </span>}
                    {group.map((cap) => (
                      <kbd key={cap}>{cap}</kbd>
                    ))}
                  </Fragment>
                ))}
              </td>
              <td>{s.shortcut[shortcut.id]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
