// The names of the network grid's points (bench/livekit.mjs measures them,
// bench/report-network.mjs reads them back from results.json).
export const blockName = {
  /** The jobs that fetch nothing from the index: one point per latency. */
  cache: (net, latency) => `cache ${net.cache.downMBps}/${net.cache.upMBps} MB/s, ${latency} ms`,
  index: (mbps, latency) => `index ${mbps} MB/s, ${latency} ms`,
};
