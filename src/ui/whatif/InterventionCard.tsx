import { useLayoutEffect, useRef, useState } from 'react';
import { describeFault, type Intervention, type Planned } from '../../playback/whatif';
import type { World } from '../../playback/world';
import { useApp } from '../../store';
import { clearPicks } from '../commands';
import { useStrings } from '../i18n';
import { interveneNow, planNow } from './commands';
import { useWhatIfStrings, type WhatIfStrings } from './strings';
import { Icon } from '../controls/icons';
import './whatif.css';

/**
 * What the user can do to what they picked on the stage, at the step on screen: crash or restart
 * a process, lose or delay a message in flight, cut a wire for a while. Each button says the line
 * it will write ("Server crashes at t=4") and makes a new branch with it.
 */
export function InterventionCard({ world }: { world: World }) {
  const s = useStrings();
  const w = useWhatIfStrings();
  const selected = useApp((st) => st.selected);
  const picked = useApp((st) => st.picked);
  if (selected !== null) {
    const p = world.processes.find((x) => x.name === selected);
    if (!p) return null;
    const crashed = p.status === 'crashed';
    return (
      <Card title={w.aboutProcess(p.name)} w={w} target={`[data-process="${CSS.escape(p.name)}"]`}>
        <Action
          label={crashed ? w.restartHere : w.crashHere}
          what={{ kind: crashed ? 'restart' : 'crash', process: p.name }}
          w={w}
          testId={crashed ? 'whatif-restart' : 'whatif-crash'}
        />
      </Card>
    );
  }
  if (picked?.kind === 'message') {
    const m = world.messages.get(picked.id);
    const label = m ? `${s.kinds[m.kind]} #${m.id}: ${m.from} → ${m.to}` : `#${picked.id}`;
    return (
      <Card title={w.aboutMessage(label)} w={w} target={`[data-testid="message-${picked.id}"]`}>
        <Action label={w.loseIt} what={{ kind: 'lose', message: picked.id }} w={w} testId="whatif-lose" />
        <Action
          label={w.delayIt}
          ticks={3}
          what={(by) => ({ kind: 'delay', message: picked.id, by })}
          w={w}
          testId="whatif-delay"
        />
      </Card>
    );
  }
  if (picked?.kind === 'wire')
    return (
      <Card
        title={w.aboutWire(picked.a, picked.b)}
        w={w}
        target={`[data-testid="wire-${CSS.escape([picked.a, picked.b].sort().join('-'))}"]`}
      >
        <Action
          label={w.cutFor}
          ticks={5}
          what={(ticks) => ({ kind: 'cut', a: picked.a, b: picked.b, ticks })}
          w={w}
          testId="whatif-cut"
        />
      </Card>
    );
  return null;
}

function Card({
  title,
  w,
  target,
  children,
}: {
  title: string;
  w: WhatIfStrings;
  /** Selects what the card is about on the stage: the card stands clear of it. */
  target: string;
  children: React.ReactNode;
}) {
  const card = useRef<HTMLElement>(null);
  const [corner, setCorner] = useState('at-bottom at-right');
  useLayoutEffect(() => {
    const box = card.current?.parentElement;
    const item = box?.querySelector(target)?.getBoundingClientRect();
    if (!box || !item) return;
    const b = box.getBoundingClientRect();
    const x = (item.left + item.right) / 2 - b.left;
    const y = (item.top + item.bottom) / 2 - b.top;
    // The side away from what was picked, so the card never hides it.
    setCorner(
      `${y > (b.height * 2) / 3 ? 'at-top' : 'at-bottom'} ${x < b.width / 2 ? 'at-right' : 'at-left'}`,
    );
  }, [target]);
  return (
    <section
      ref={card}
      className={`whatif-card ${corner}`}
      aria-label={`${w.whatIf} ${title}`}
      data-testid="whatif-card"
    >
      <header>
        <h3>
          <span className="whatif-kicker">{w.whatIf}</span> {title}
        </h3>
        <button
          type="button"
          className="whatif-close"
          onClick={clearPicks}
          aria-label={w.close}
          title={w.close}
        >
          <Icon name="cross" size={18} />
        </button>
      </header>
      {children}
      <p className="whatif-note">{w.note}</p>
    </section>
  );
}

type Make = Intervention | ((ticks: number) => Intervention);

/** One intervention: its button, the number of ticks it asks for (if any), and the line it would write. */
function Action({
  label,
  what,
  ticks: initial,
  w,
  testId,
}: {
  label: string;
  what: Make;
  ticks?: number;
  w: WhatIfStrings;
  testId: string;
}) {
  const lang = useApp((st) => st.lang);
  const [text, setText] = useState(String(initial ?? ''));
  const ticks = Number(text);
  const intervention = typeof what === 'function' ? what(ticks) : what;
  const plan: Planned | null = planNow(intervention);
  const preview = plan?.ok ? describeFault(plan.fault, lang) : plan ? w.notPossible[plan.why] : '';
  return (
    <div className="whatif-action">
      <button
        type="button"
        disabled={!plan?.ok}
        onClick={() => interveneNow(intervention)}
        data-testid={testId}
        aria-describedby={`${testId}-preview`}
      >
        {label}
      </button>
      {initial !== undefined && (
        <label className="whatif-ticks">
          <span className="visually-hidden">{w.howLong}</span>
          <input
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && plan?.ok) interveneNow(intervention);
            }}
            aria-label={w.howLong}
            data-testid={`${testId}-ticks`}
          />
          {w.ticks}
        </label>
      )}
      <span
        id={`${testId}-preview`}
        data-testid={`${testId}-preview`}
        className={plan?.ok ? 'whatif-preview' : 'whatif-preview not-possible'}
      >
        {plan?.ok ? `→ ${preview}` : preview}
      </span>
    </div>
  );
}
