// Stress scenarios for the benchmarks, generated as text.

/** `size` processes pass a token round a ring `rounds` times, meeting at a barrier every round. */
export function ringWithBarrier(size: number, rounds: number): string {
  return `title en "Benchmark: ring of ${size} with a barrier per round"
barrier round
process P[0..${size - 1}]
  repeat ${rounds}
    send P[(i + 1) % n] "token"
    recv
    barrier round
  end
end
`;
}

/** `size` processes each keep several messages in flight to their neighbours, forever. */
export function busyMesh(size: number): string {
  return `title en "Benchmark: ${size} processes, many messages in flight"
latency 6
jitter 3
process P[0..${size - 1}]
  loop
    send P[(i + 1) % n]
    send P[(i + 3) % n]
    send P[(i + 5) % n]
    send P[(i + 7) % n]
    compute 1
    recv
    recv
    recv
    recv
  end
end
`;
}

/**
 * `size` clients call servers with a timeout in a loop, and go on differently when a call gives
 * up; jitter makes some replies late, so `if timedout` is decided by the kernel again and again
 * (SPEC §6): the worst case for hosts that run programs ahead.
 */
export function retriesInLoop(size: number, rounds: number): string {
  return `title en "Benchmark: ${size} clients retrying calls with timeouts"
latency 1
jitter 4
process C[1..${size}]
  repeat ${rounds}
    call S[i] "q" timeout 5
    if timedout
      compute 1
    else
      compute 2
    end
  end
end
process S[1..${size}]
  loop
    recv
    reply "r"
  end
end
`;
}
