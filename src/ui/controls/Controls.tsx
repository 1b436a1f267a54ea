import { useApp } from '../../store';
import { MAX_SPEED, MIN_SPEED } from '../../store/playback';
import {
  jumpToEnd,
  restart,
  seek,
  selectProcess,
  setSpeed,
  startIndex,
  stepBack,
  stepForward,
  stepProcess,
  togglePlay,
} from '../commands';
import { useStrings } from '../i18n';
import { Icon } from './icons';
import { releaseFocus } from '../keyboard';
import { deliveryClock } from '../explore/clock';

const NO_PROCESSES: readonly string[] = [];
const speedToSlider = (speed: number) => Math.log2(speed);
const sliderToSpeed = (value: number) => 2 ** value;

function formatSpeed(speed: number): string {
  return `${Number.isInteger(speed) ? speed : speed.toFixed(2).replace(/0$/, '')}×`;
}

/** Play, step, seek and speed: every control a teacher needs to walk through a run. */
export function Controls() {
  const s = useStrings();
  const playing = useApp((st) => st.playing);
  const index = useApp((st) => st.index);
  const speed = useApp((st) => st.speed);
  const total = useApp((st) => st.trace?.events.length ?? 0);
  const processes = useApp((st) => st.trace?.scenario.processes ?? NO_PROCESSES);
  const selected = useApp((st) => st.selected);
  const t = useApp((st) => (st.playback ? st.playback.timeOf(st.index) : 0));
  const lang = useApp((st) => st.lang);
  // An explored run's clock counts deliveries (SPEC §8), and says so.
  const explored = useApp((st) => st.explored !== null);
  const clock = explored ? deliveryClock(lang, String(t)) : s.time(String(t));
  const disabled = total === 0;
  const first = startIndex();

  return (
    <div className="controls" role="toolbar" aria-label={s.stage}>
      <div className="controls-buttons">
        <button
          type="button"
          onClick={restart}
          disabled={disabled || index <= first}
          aria-label={s.restart}
          title={`${s.restart} (Home)`}
        >
          <Icon name="restart" />
        </button>
        <button
          type="button"
          onClick={stepBack}
          disabled={disabled || index <= first}
          aria-label={s.stepBack}
          title={`${s.stepBack} (←)`}
        >
          <Icon name="back" />
        </button>
        <button
          type="button"
          className="primary"
          onClick={togglePlay}
          disabled={disabled}
          aria-label={playing ? s.pause : s.play}
          title={`${playing ? s.pause : s.play} (Space)`}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          onClick={stepForward}
          disabled={disabled || index >= total}
          aria-label={s.stepForward}
          title={`${s.stepForward} (→)`}
        >
          <Icon name="forward" />
        </button>
        <button
          type="button"
          onClick={jumpToEnd}
          disabled={disabled || index >= total}
          aria-label={s.jumpToEnd}
          title={`${s.jumpToEnd} (End)`}
        >
          <Icon name="end" />
        </button>
      </div>
      <label className="timeline">
        <span className="visually-hidden">{s.timelinePosition}</span>
        <input
          type="range"
          aria-label={s.timelinePosition}
          min={first}
          max={total}
          step={1}
          value={index}
          disabled={disabled}
          aria-valuetext={`${s.eventOf(index, total)}, ${clock}`}
          onChange={(e) => seek(Number(e.currentTarget.value))}
        />
      </label>
      <span className="position" aria-live="off">
        {clock} · {s.eventOf(index, total)}
      </span>
      <label className="speed">
        <span>{s.speed}</span>
        <input
          type="range"
          aria-label={s.speed}
          min={speedToSlider(MIN_SPEED)}
          max={speedToSlider(MAX_SPEED)}
          step={1}
          value={speedToSlider(speed)}
          aria-valuetext={formatSpeed(speed)}
          onChange={(e) => setSpeed(sliderToSpeed(Number(e.currentTarget.value)))}
        />
        <output>{formatSpeed(speed)}</output>
      </label>
      <div className="step-process">
        <button
          type="button"
          onClick={() => stepProcess(selected)}
          disabled={disabled || index >= total}
          aria-label={s.nextEventOfSelected}
        >
          {s.nextEventOf} {selected ?? s.anyProcess} <Icon name="caretRight" size={16} />
        </button>
        <select
          aria-label={s.nextEventOf}
          value={selected ?? ''}
          onChange={(e) => {
            selectProcess(e.currentTarget.value || null);
            releaseFocus(e.currentTarget);
          }}
        >
          <option value="">{s.anyProcess}</option>
          {processes.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
