// The shape of every trace event (SPEC §3 and §6): which fields each type needs and what they hold.
// Checking is flat (one level into each event), so a hostile file cannot make it recurse.

import type { EventType } from '../engine/trace';

/** What a field may hold. */
export type FieldKind =
  | 'name' // a non-empty string
  | 'text' // any string
  | 'textOrNull'
  | 'nameOrNull'
  | 'line' // an integer ≥ 0 (a 1-based source line; 0 tolerated for generated events)
  | 'duration' // a finite number ≥ 0
  | 'time' // a finite number ≥ 0
  | 'id' // an integer ≥ 1
  | 'count' // an integer ≥ 0
  | 'names' // an array of non-empty strings
  | 'lang' // 'en' | 'ko' | null
  | 'blockReason'
  | 'messageKind'
  | 'lossCause'
  | 'late'
  | 'object'; // any non-null, non-array object (checked elsewhere)

type Spec = Readonly<Record<string, FieldKind>>;

/** Required fields per event type, beyond `seq`, `t` and `type`. */
export const REQUIRED: Readonly<Record<EventType, Spec>> = {
  'proc.start': { process: 'name' },
  'proc.compute': { process: 'name', line: 'line', duration: 'duration' },
  'proc.block': { process: 'name', line: 'line', reason: 'blockReason', on: 'nameOrNull' },
  'proc.unblock': { process: 'name' },
  'proc.done': { process: 'name' },
  'proc.error': { process: 'name', line: 'line', message: 'text' },
  'proc.crash': { process: 'name' },
  'proc.restart': { process: 'name' },
  'proc.timeout': { process: 'name', line: 'line', reason: 'blockReason' },
  'msg.send': {
    id: 'id',
    from: 'name',
    to: 'name',
    kind: 'messageKind',
    payload: 'textOrNull',
    deliverAt: 'time',
    line: 'line',
  },
  'msg.deliver': { id: 'id', to: 'name' },
  'msg.recv': { id: 'id', process: 'name', line: 'line' },
  'msg.lost': { id: 'id', to: 'name', why: 'lossCause' },
  'msg.drop': { id: 'id', process: 'name', why: 'late' },
  'barrier.arrive': {
    barrier: 'name',
    process: 'name',
    generation: 'count',
    arrived: 'count',
    parties: 'count',
    line: 'line',
  },
  'barrier.release': { barrier: 'name', generation: 'count', processes: 'names' },
  'barrier.withdraw': { barrier: 'name', process: 'name', generation: 'count', arrived: 'count' },
  note: { process: 'name', line: 'line', text: 'text', lang: 'lang' },
  ask: { process: 'name', line: 'line', text: 'text', lang: 'lang' },
  'run.end': { outcome: 'object' },
};

/** Fields that may be absent but, when present, must have this kind. */
export const OPTIONAL: Readonly<Partial<Record<EventType, Spec>>> = {
  'proc.error': { code: 'name', params: 'object' },
  ask: { answer: 'textOrNull' },
};

const BLOCK_REASONS = new Set(['recv', 'ssend', 'call', 'publish', 'consume', 'barrier']);
const MESSAGE_KINDS = new Set(['message', 'sync', 'ack', 'request', 'reply', 'publish', 'dispatch']);
const LOSS_CAUSES = new Set(['lose', 'cut', 'crash']);

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isInt = (v: unknown, min: number): boolean => Number.isSafeInteger(v) && (v as number) >= min;
const isTime = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isName = (v: unknown): boolean => typeof v === 'string' && v.length > 0;

/** Whether `v` is a value of `kind`. */
export function fits(kind: FieldKind, v: unknown): boolean {
  switch (kind) {
    case 'name':
      return isName(v);
    case 'text':
      return typeof v === 'string';
    case 'textOrNull':
      return v === null || typeof v === 'string';
    case 'nameOrNull':
      return v === null || isName(v);
    case 'line':
    case 'count':
      return isInt(v, 0);
    case 'id':
      return isInt(v, 1);
    case 'duration':
    case 'time':
      return isTime(v);
    case 'names':
      return Array.isArray(v) && v.every(isName);
    case 'lang':
      return v === null || v === 'en' || v === 'ko';
    case 'blockReason':
      return typeof v === 'string' && BLOCK_REASONS.has(v);
    case 'messageKind':
      return typeof v === 'string' && MESSAGE_KINDS.has(v);
    case 'lossCause':
      return typeof v === 'string' && LOSS_CAUSES.has(v);
    case 'late':
      return v === 'late';
    case 'object':
      return isObject(v);
  }
}

/** A short English description of a kind, for messages ("should be a positive whole number"). */
export function describeKind(kind: FieldKind): string {
  switch (kind) {
    case 'name':
      return 'a non-empty string';
    case 'text':
      return 'a string';
    case 'textOrNull':
      return 'a string or null';
    case 'nameOrNull':
      return 'a name or null';
    case 'line':
    case 'count':
      return 'a whole number ≥ 0';
    case 'id':
      return 'a whole number ≥ 1';
    case 'duration':
    case 'time':
      return 'a finite number ≥ 0';
    case 'names':
      return 'an array of names';
    case 'lang':
      return '"en", "ko" or null';
    case 'blockReason':
      return `one of ${[...BLOCK_REASONS].join(', ')}`;
    case 'messageKind':
      return `one of ${[...MESSAGE_KINDS].join(', ')}`;
    case 'lossCause':
      return `one of ${[...LOSS_CAUSES].join(', ')}`;
    case 'late':
      return '"late"';
    case 'object':
      return 'an object';
  }
}

/** The event types a trace may hold. */
export const EVENT_TYPES: ReadonlySet<string> = new Set(Object.keys(REQUIRED));
