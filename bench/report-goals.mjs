// The goals table that leads results.md: every goal set for this action so
// far (issue 25 and the ones before it), the figure that meets or misses it,
// and the conditions the figure holds under: the link (throughput, latency),
// the prune setting, the Node, the load average while it was measured.
import { fmtMs, fmtRatio } from './lib/measure.mjs';
import { actionNames } from './report-livekit.mjs';
import { loadText, networkPoints } from './report-network.mjs';

const verdict = (pass, why = '') => (pass ? '**met**' : `**missed**${why}`);

/** The ratio of job (a) or (b) to the action's at every network point (loopback when there is no grid). */
function ratios(lk, kind, baseline, setting) {
  const points = networkPoints(lk);
  const measured = points.filter((p) => !p.loopback).length ? points.filter((p) => !p.loopback) : points;
  return measured.map((p) => ({ label: p.label, x: p[kind][baseline] / p[kind][setting] })).filter((p) => Number.isFinite(p.x));
}

function rangeText(rs) {
  if (rs.length === 0) return '–';
  const lo = rs.reduce((m, p) => (p.x < m.x ? p : m));
  const hi = rs.reduce((m, p) => (p.x > m.x ? p : m));
  return rs.length === 1 ? `${fmtRatio(lo.x)} (${lo.label})` : `${fmtRatio(lo.x)}–${fmtRatio(hi.x)} over ${rs.length} points (lowest: ${lo.label})`;
}

function linkText(lk) {
  const n = lk.net;
  if (!n) return 'loopback only (BENCH_NET=0)';
  return `cache ${n.cache.downMBps}/${n.cache.upMBps} MB/s down/up; index ${n.index.join(', ')} MB/s; ${n.latency.join(', ')} ms per request`;
}

function jobGoals(lk) {
  const names = actionNames(lk);
  const loop = networkPoints(lk)[0];
  const cond = (setting) => `${linkText(lk)}; \`prune-cache: ${setting}\`${setting === names.dflt ? ' (default)' : ''}; setup-uv style keeps the whole cache; load ${loadText(lk.load)}`;
  const row = (goal, kind, baseline, setting, min) => {
    const rs = ratios(lk, kind, baseline, setting);
    const fails = rs.filter((p) => p.x < (min ?? 0));
    const measured = `${rangeText(rs)}; loopback ${fmtRatio(loop[kind][baseline] / loop[kind][setting])}`;
    if (min === undefined) return [goal, measured, cond(setting), '(reported)'];
    if (rs.length === 0) return [goal, measured, cond(setting), '(not measured)'];
    return [goal, measured, cond(setting), verdict(fails.length === 0, `: below ${min}x at ${fails.map((p) => p.label).join('; ')}`)];
  };
  return [
    row('Warm job (exact hit) at least 3x faster than the setup-uv-style job (a), livekit/agents, one-plugin change', 'warm', 'a', names.dflt, 3),
    row(`… the action with \`prune-cache: ${names.other}\` (no goal)`, 'warm', 'a', names.other),
    row('… against (b), setup-uv style syncing the same `--package` (no goal: what is left without targeting)', 'warm', 'b', names.dflt),
    row('Cold job (empty cache service) at least 5x faster than (a)', 'cold', 'a', names.dflt, 5),
    row(`… the action with \`prune-cache: ${names.other}\` (no goal)`, 'cold', 'a', names.other),
    row('… against (b) (no goal)', 'cold', 'b', names.dflt),
  ];
}

function ownTimeGoal(lk) {
  const names = actionNames(lk);
  const p = lk.parts[names.warm];
  const node = lk.s['node -e 0'].median;
  return [
    'The action\'s own time (main + post, all but uv, tar and the blob transfer) on a warm exact hit: at most 150 ms',
    `${fmtMs(p.own)} = main ${fmtMs(p.mainOwn)} + post ${p.postStarted === 0 ? '0 ms (not started: post-if)' : fmtMs(p.postOwn)}; \`node -e 0\` ${fmtMs(node)}`,
    `loopback; \`prune-cache: ${names.dflt}\` (default); the action's Node (see Machine); load ${loadText(lk.load)}`,
    verdict(p.own <= 150, p.postStarted === 0 ? `: one Node start alone is ${fmtMs(node)} here; see (d)` : `: two Node starts alone are ${fmtMs(2 * node)} here; see (d)`),
  ];
}

function detectGoal(st) {
  const s = st.s;
  const d = s['main, mode: detect, 10 members']?.median;
  const g = s['main, mode: detect, 10 members, git checkout after a one-file push']?.median;
  const base = s['node -e 0'].median;
  if (!Number.isFinite(d)) return [];
  const cond = `dist/main as a step, the action's Node; load ${loadText(st.load)}`;
  return [
    ['`mode: detect` on a 10-member workspace: at most 3x `node -e 0`', `${fmtRatio(d / base)} (${fmtMs(d)} vs ${fmtMs(base)})`, `\`packages: all\`, outside git; ${cond}`, verdict(d / base <= 3)],
    ...(Number.isFinite(g) ? [['… as a detect job runs it, in a git checkout after a one-file push (no goal)', `${fmtRatio(g / base)} (${fmtMs(g)})`, `git asked for the change (repository, commits, diff); ${cond}`, '(reported)']] : []),
  ];
}

function affectedGoals(d) {
  const g = d.goal.s;
  return d.goal.nodes.flatMap((label) => {
    const a = g[`${label}: affected`].median;
    const x0 = a / g[`${label}: node -e 0`].median;
    const floor = g[`${label}: floor, read + parse`].median;
    const cond = `generated workspace, 2000 members, 5000 changed paths; ${label}; load ${loadText(d.load)}`;
    return [
      [`\`affected\` on 2000 members / 5000 paths, ${label}: at most 4x \`node -e 0\``, `${fmtRatio(x0)} (${fmtMs(a)} vs ${fmtMs(g[`${label}: node -e 0`].median)})`, cond, verdict(x0 <= 4, `: the read-and-parse floor alone is ${fmtRatio(floor / g[`${label}: node -e 0`].median)} \`node -e 0\``)],
      [`… ${label}: at most 1.5x the read-and-parse floor`, `${fmtRatio(a / floor)} (floor ${fmtMs(floor)})`, cond, verdict(a / floor <= 1.5)],
    ];
  });
}

/** Goal | Measured | Conditions | Verdict rows for every part this run measured. */
export function goalRows(r) {
  const rows = [];
  if (r.livekit && !r.livekit.skipped) rows.push(...jobGoals(r.livekit), ownTimeGoal(r.livekit));
  if (r.startup?.s) rows.push(...detectGoal(r.startup));
  if (r.detection?.goal) rows.push(...affectedGoals(r.detection));
  return rows;
}

/** The highest 1-minute load average any part of the run saw, against the CPU count. */
export function loadVerdict(r) {
  const cpus = Number.parseInt(r.machine.cpus, 10) || 1;
  const loads = [r.livekit?.load, r.sync?.load, r.detection?.load, r.startup?.load].filter(Boolean).flatMap((l) => [l.start[0], l.end[0]]);
  const peak = loads.length ? Math.max(...loads) : Number.NaN;
  return { cpus, peak, loaded: peak > 1.5 * cpus };
}

/** A warning for the top of the page when the machine was busy: such a run is not for publishing. */
export function loadBanner(r) {
  const v = loadVerdict(r);
  if (!v.loaded) return [];
  return [`> **Measured on a loaded machine**: the 1-minute load average reached ${v.peak.toFixed(1)} on ${v.cpus} CPUs while parts of this run measured. Every time here is inflated and the ratios between jobs that use the CPU differently (extraction, uv's parallel unzip, the proxy) move with the load: not final figures; rerun \`npm run bench\` on a quiet machine.`, ''];
}

/** The closing note: each goal's figure, verdict and load in one line. */
export function closingNote(r) {
  const rows = goalRows(r);
  if (rows.length === 0) return [];
  const v = loadVerdict(r);
  return [
    '## Closing note',
    '',
    `From this one run (${r.quick ? 'BENCH_QUICK, ' : ''}${r.reps} repetitions, ${Math.round(r.totalMs / 60000)} min; peak 1-minute load ${Number.isFinite(v.peak) ? v.peak.toFixed(1) : '–'} on ${v.cpus} CPUs${v.loaded ? ': a loaded machine, not final figures' : ''}):`,
    '',
    ...rows.filter((row) => !row[3].startsWith('(')).map(([goal, measured, conditions, verdict]) => `- ${goal}: ${measured}, ${verdict.replace(/\*\*/g, '')} (${conditions.split('; ').filter((c) => /load|MB\/s|ms per request|prune-cache|Node/.test(c)).join('; ')})`),
    '',
  ];
}
