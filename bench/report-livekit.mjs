// The real-workspace section of results.md (bench/livekit.mjs): job against
// job, uv alone, links against copies, and the action's own time per step.
import { fmtBytes, fmtMs, fmtRatio } from './lib/measure.mjs';
import { loadText } from './report-network.mjs';

const ok = (pass) => (pass ? '**met**' : '**missed**');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const ms = (x) => (typeof x === 'number' && Number.isFinite(x) ? fmtMs(x) : '–');
/** "min–max" of a variant's samples: the spread next to the median. */
const spread = (v) => (v.samples.length ? `${fmtMs(Math.min(...v.samples))}–${fmtMs(Math.max(...v.samples))}` : '–');

/** The action's jobs under its default `prune-cache` and under the other setting. */
export function actionNames(lk) {
  const dflt = lk.inputs['prune-cache'] === 'false' ? 'false' : 'true';
  const other = dflt === 'true' ? 'false' : 'true';
  return { dflt, other, warm: `action warm, prune ${dflt}`, warmOther: `action warm, prune ${other}`, cold: `action cold, prune ${dflt}`, coldOther: `action cold, prune ${other}` };
}

export function renderLivekit(lk, earlier, network = []) {
  if (lk.skipped) return ['## Real workspace: livekit/agents', '', `Skipped: ${lk.skipped}.`, ''];
  const s = lk.s;
  const p = lk.parts;
  const n = actionNames(lk);
  const aw = p[n.warm];
  const ac = p[n.cold];
  const au = p[n.warmOther];
  const su = s[n.warmOther];
  const out = [];
  out.push(
    '## Real workspace: livekit/agents',
    '',
    `Built by bench/livekit.mjs from the corpus entry \`${lk.corpus}\` (${lk.commit}): its ${lk.shape.pyprojects} pyproject.toml files and uv.lock as they are, the other ${lk.shape.stubs} tracked files (FILES.txt) as stubs, so every member is a minimal package its own backend (hatchling, setuptools) builds. ${lk.members} members. Real PyPI wheels: ${lk.wheelhouse.files} files, ${fmtBytes(lk.wheelhouse.bytes)} (what \`uv sync --all-packages\` installs on CPython 3.12 / Linux x86_64, picked from the lock, plus the build backends), downloaded once into a wheelhouse and served from 127.0.0.1; the lock's URLs point there (${lk.wheelhouse.droppedLockWheels} wheels of other platforms dropped from it). Python: ${lk.python}.`,
    '',
    `The change: one line added to \`${lk.changedPath}\`; the action syncs **${lk.plugin}** (${lk.installed.targeted} packages installed) where \`--all-packages\` installs ${lk.installed.all}. Every sync runs \`uv sync --locked\` into a fresh \`.venv\`. The action runs with \`link-mode: auto\`, \`summary: true\`, \`sync-args: ${lk.inputs['sync-args']}\` and \`prune-cache\` true or false (its default: \`${n.dflt}\`); the setup-uv-style jobs keep the whole cache, setup-uv's default since v9 (astral-sh/setup-uv#967). All jobs use the same cache service (test/helpers/cache-server.ts, the real @actions/cache client). Load average over this section (1/5/15 min, start → end): ${loadText(lk.load)}.`,
    '',
    ...network,
    '### At loopback: where the time goes',
    '',
    `The loopback point (no proxy limit: moving bytes costs nothing) shows each job's own work. ${lk.reps} interleaved repetitions; the cold jobs and the copies ran ${lk.coldReps} times${lk.coldReps < lk.reps ? ' (BENCH_COLD_REPS: a cold setup-uv-style job takes minutes on this shared machine, and the whole bench has to stay bounded)' : ''}. Medians, with min–max.`,
    '',
    ...(earlier?.s?.['action warm'] ? [`The same bench ${earlier.note ?? 'run earlier'} gave: warm ${fmtRatio(earlier.s['setup-uv warm'].median / earlier.s['action warm'].median)}, cold ${fmtRatio(earlier.s['setup-uv cold'].median / earlier.s['action cold'].median)}.`, ''] : []),
    '#### (a) The job: setup-uv style against this action',
    '',
    'setup-uv style = restore the whole uv cache (`@actions/cache`, one key), `uv sync --locked --all-packages`, and on a miss save the whole cache. This action = `dist/main/index.js` (detect by git, place the cache, restore, `uv sync --package …`) then `dist/post/index.js` (on a miss: `uv cache prune --ci` when pruning, save). Installing uv and checking out are left out of both.',
    '',
    table(['Cache', 'setup-uv style', `this action (\`prune-cache: ${n.dflt}\`)`, 'Action faster by'], [
      ['warm (exact hit)', `${ms(s['setup-uv warm'].median)} (${spread(s['setup-uv warm'])})`, `${ms(s[n.warm].median)} (${spread(s[n.warm])})`, `**${fmtRatio(s['setup-uv warm'].median / s[n.warm].median)}**`],
      ...(su ? [[`warm, the action with \`prune-cache: ${n.other}\``, `${ms(s['setup-uv warm'].median)}`, `${ms(su.median)} (${spread(su)})`, `**${fmtRatio(s['setup-uv warm'].median / su.median)}**`]] : []),
      ['cold (empty cache service)', `${ms(s['setup-uv cold'].median)} (${spread(s['setup-uv cold'])})`, `${ms(s[n.cold].median)} (${spread(s[n.cold])})`, `**${fmtRatio(s['setup-uv cold'].median / s[n.cold].median)}**`],
    ]),
    '',
    ...(au ? [`With \`prune-cache: ${n.other}\` (its own cache entry) the action's warm job is main ${ms(au.main)} (uv ${ms(au.mainUv)}, tar ${ms(au.mainTar)}${au.mainTarList ? ` = listing the archive ${ms(au.mainTarList)} + extracting it ${ms(au.mainTarExtract)}: two passes of zstd` : ''}, download ${ms(au.mainTransfer)}) + post ${ms(au.post)}, ${au.downloads} downloads from the index.`, ''] : []),
    `Where the setup-uv-style job spends it — warm: restore ${ms(p['setup-uv warm'].restore)} + sync ${ms(p['setup-uv warm'].sync)}; cold: restore (miss) ${ms(p['setup-uv cold'].restore)} + sync ${ms(p['setup-uv cold'].sync)} + save ${ms(p['setup-uv cold'].save)}. The action (\`prune-cache: ${n.dflt}\`) — warm: main ${ms(aw.main)} (uv ${ms(aw.mainUv)}, tar ${ms(aw.mainTar)}, download ${ms(aw.mainTransfer)}) + post ${ms(aw.post)}, ${aw.downloads} wheel downloads from the index per job${aw.downloads > 0 ? ' (the entry was saved pruned: `uv cache prune --ci` drops pre-built wheels, so an exact hit fetches them again)' : ''}; cold: main ${ms(ac.main)} (uv ${ms(ac.mainUv)}) + post ${ms(ac.post)} (uv ${ms(ac.postUv)}, tar ${ms(ac.postTar)}, upload ${ms(ac.postTransfer)}).`,
    '',
    '#### (b) uv alone: the affected member against every member',
    '',
    table(['Cache', `\`--package ${lk.plugin}\``, '`--all-packages`', 'Targeted faster by'], [
      ['warm, in place (hard links)', `${ms(s['uv targeted warm'].median)} (${spread(s['uv targeted warm'])})`, `${ms(s['uv all warm'].median)} (${spread(s['uv all warm'])})`, fmtRatio(s['uv all warm'].median / s['uv targeted warm'].median)],
      ['cold (empty cache; from the cold setup-uv-style jobs)', `${ms(p['setup-uv cold, targeted']?.sync)} (job (b)'s sync)`, `${ms(p['setup-uv cold'].sync)} (job (a)'s sync)`, fmtRatio(p['setup-uv cold'].sync / p['setup-uv cold, targeted']?.sync)],
    ]),
    '',
    '#### (c) Hard links against copies (warm cache in place)',
    '',
    table(['Selection', '`UV_LINK_MODE=hardlink`', '`UV_LINK_MODE=copy`', 'Links faster by'], [
      ['every member', ms(s['uv all warm'].median), `${ms(s['uv all copy'].median)} (${spread(s['uv all copy'])})`, fmtRatio(s['uv all copy'].median / s['uv all warm'].median)],
      [lk.plugin, ms(s['uv targeted warm'].median), `${ms(s['uv targeted copy'].median)} (${spread(s['uv targeted copy'])})`, fmtRatio(s['uv targeted copy'].median / s['uv targeted warm'].median)],
    ]),
    '',
    '#### (d) The action\'s own time per step',
    '',
    'Own time = the step\'s wall time minus the time uv or tar ran (a shim on PATH times every uv and tar call; calls that overlap count once) and the blob transfer (timed by the cache service). What is left: starting Node, loading the bundle, reading inputs and the event, `git diff`, loading the workspace and lock, the closure, the link probe, hashing the lock for the key, the cache client\'s requests, outputs and the summary. Main starts `uv --version` and `uv python find` (at once) before it loads the rest of its bundle and while git answers, so the uv time subtracted here partly overlaps main\'s own work: own time is what the step adds to the job beyond uv, tar and the transfer. So a slow `uv python find` hides main\'s work: builds up to 4f92191 asked it with no request (uv ignores `UV_PYTHON` there), and it searched pyenv\'s shims for 0.2–2 s, which flattered their own time by ~90 ms; asked with the job\'s interpreter path it answers in ~16 ms, as on a runner without pyenv. Post runs only when action.yml\'s `post-if` lets the runner start it (scripts/lib/runner.mjs evaluates it with GitHub\'s expression engine): on an exact hit main tells the runner post has nothing to do, so post\'s own time there is 0 (builds before fcdb9d2 always started post). Medians per part over the repetitions (so the parts need not add up exactly).',
    '',
    table(['', 'main', 'post', 'main + post'], [
      ['warm, exact hit: wall', ms(aw.main), ms(aw.post), ms(s[n.warm].median)],
      ['warm, exact hit: own', ms(aw.mainOwn), ms(aw.postOwn), `**${ms(aw.own)}**`],
      ...(au ? [[`warm, exact hit, \`prune-cache: ${n.other}\`: own`, ms(au.mainOwn), ms(au.postOwn), ms(au.own)]] : []),
      ['cold: wall', ms(ac.main), ms(ac.post), ms(s[n.cold].median)],
      ['cold: own', ms(ac.mainOwn), ms(ac.postOwn), ms(ac.own)],
      ['`node -e 0` (same Node; two steps start Node twice)', ms(s['node -e 0'].median), ms(s['node -e 0'].median), ms(2 * s['node -e 0'].median)],
    ]),
    '',
  );
  return out;
}

export function livekitSamples(lk) {
  if (!lk || lk.skipped) return [];
  const lines = (s) => Object.entries(s).filter(([, v]) => v.samples.length).map(([name, v]) => `- ${name}: ${v.samples.map(fmtMs).join(', ')}`);
  return [
    'Real workspace (livekit/agents), loopback:',
    '',
    ...lines(lk.s),
    '',
    ...Object.entries(lk.net?.blocks ?? {}).flatMap(([point, b]) => [`Real workspace, ${point}:`, '', ...lines(b.s), '']),
  ];
}

export function renderStartup(st) {
  const s = st.s;
  const base = s['node -e 0'].median;
  const names = Object.keys(s).filter((n) => n !== 'node -e 0' && !n.startsWith('baseline: '));
  const hasBaseline = names.some((n) => s[`baseline: ${n}`]);
  return [
    '## Start-up of each entry',
    '',
    `Each bundled entry run as a step with nothing heavy to do (bench/startup.mjs), against \`node -e 0\` (${fmtMs(base)}) in the same repetitions${hasBaseline ? `, and the same entries of the build before this change (${st.baseline})` : ''}. The post entry holds only its gate (action/post-gate.ts: main planned the save, so post knows from main's state alone that it has nothing to do) and loads the rest of its bundle only to prune and save; main loads no HTTP client in \`mode: detect\` (the runner's protocol is spoken by action/runner.ts, not @actions/core) and the cache client only to save markers.`,
    '',
    table(['Entry', 'Median', 'above `node -e 0`', ...(hasBaseline ? ['Before', 'above `node -e 0`'] : [])], names.map((n) => {
      const v = s[n].median;
      const b = s[`baseline: ${n}`]?.median;
      return [n, fmtMs(v), fmtMs(v - base), ...(hasBaseline ? [b === undefined ? '–' : fmtMs(b), b === undefined ? '–' : fmtMs(b - base)] : [])];
    })),
    '',
  ];
}
