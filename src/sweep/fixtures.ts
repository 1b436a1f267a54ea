// Scenario texts the sweep's tests share (the core's and the command line's).

/**
 * Workers meet at a gate; the last one is the straggler, so every added worker waits longer. The
 * Sink waits in `recv` for their messages (blocked, as the metrics count it) until the run ends.
 */
export const GATE = `barrier gate
process W[1..3]
  compute 2 * i
  barrier gate
  send Sink "done"
end
process Sink
  loop
    recv
  end
end
`;
