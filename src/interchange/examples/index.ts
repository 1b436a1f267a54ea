// Two small ShiViz logs of real-looking systems, bundled as text: a two-phase commit written as a
// whole ShiViz file (regex line, empty delimiter line, then GoVector's `host {clock}` / event
// pairs, one host's log after another), and a gossip membership protocol as a bare log in ShiViz's
// default order (event, then `host {clock}`), interleaved by wall-clock time.

import twoPhaseCommit from './two-phase-commit.log?raw';
import gossip from './gossip.log?raw';

export interface ShiVizExample {
  id: string;
  title: string;
  log: string;
}

export const SHIVIZ_EXAMPLES: readonly ShiVizExample[] = [
  { id: 'two-phase-commit', title: 'Two-phase commit (coordinator and two databases)', log: twoPhaseCommit },
  { id: 'gossip', title: 'Gossip membership: a GC pause makes a node suspect', log: gossip },
];
