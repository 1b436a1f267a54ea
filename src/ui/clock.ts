// The playhead's virtual time, as a motion value: the stage reads it every frame without
// re-rendering React. The store holds only the discrete event index.

import { motionValue } from 'motion/react';

/** Virtual time shown on the stage (may sit between events while playing). */
export const clock = motionValue(0);
