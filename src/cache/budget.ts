// The repository's cache budget: GitHub keeps 10 GB of caches per repository
// and evicts the least recently used beyond that. Member-set keys multiply
// entries (one per distinct member set, selection and prune setting per
// lock), so the post step says how big the saved entry is and how many
// entries this key scheme holds for the current lock.
//
// The @actions/cache client cannot list entries; GitHub's REST API can
// (`GET /repos/{owner}/{repo}/actions/caches?key=<prefix>`, which needs the
// token's `actions: read`). Without it the count is what this run saw: a
// lower bound, and said so.

export interface CacheBudget {
  /** Entries of this key scheme for the current lock (every member set, selection and prune setting). */
  entries: number;
  /** Their total size, when the service listed them. */
  bytes?: number;
  /** `service`: GitHub's list of the repository's caches; `run`: only what this run saw (a lower bound). */
  source: 'service' | 'run';
}

/** Pure: what this run knows — the entry it restored from (if of this lock) and the one it saved. */
export function budgetFromRun(opts: { lockPrefix: string; key: string; matchedKey?: string; saved: boolean }): CacheBudget {
  const known = new Set<string>();
  if (opts.saved) known.add(opts.key);
  if (opts.matchedKey?.startsWith(opts.lockPrefix)) known.add(opts.matchedKey);
  return { entries: known.size, source: 'run' };
}

interface CacheListPage {
  total_count?: number;
  actions_caches?: { key?: string; size_in_bytes?: number }[];
}

/**
 * Counts the repository's entries whose key starts with `lockPrefix`, via the
 * REST API (100 a page, at most 10 pages). Undefined when the API cannot be
 * asked or refuses (no token, no `actions: read`, GHES without the route,
 * network trouble): the caller falls back to `budgetFromRun`. Never throws.
 */
export async function listLockEntries(opts: {
  apiUrl: string;
  repository: string;
  token: string;
  lockPrefix: string;
  /** The entry just saved: the list may not show it yet. */
  savedKey?: string;
  savedBytes?: number;
  timeoutMs?: number;
}): Promise<CacheBudget | undefined> {
  if (!opts.token || !/^[^/]+\/[^/]+$/.test(opts.repository)) return undefined;
  // One row per entry: the same key saved from two refs (a branch and a pull request) is two entries.
  const entries: { key: string; bytes: number }[] = [];
  try {
    for (let page = 1; page <= 10; page++) {
      const url = new URL(`${opts.apiUrl.replace(/\/+$/, '')}/repos/${opts.repository}/actions/caches`);
      url.searchParams.set('key', opts.lockPrefix);
      url.searchParams.set('per_page', '100');
      url.searchParams.set('page', String(page));
      const response = await fetch(url, {
        headers: { Accept: 'application/vnd.github+json', Authorization: `Bearer ${opts.token}`, 'X-GitHub-Api-Version': '2022-11-28' },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      if (!response.ok) return undefined;
      const body = (await response.json()) as CacheListPage;
      const caches = Array.isArray(body.actions_caches) ? body.actions_caches : [];
      for (const c of caches) {
        // The `key` filter is a prefix match on GitHub; checked again so a lenient server cannot inflate the count.
        if (typeof c.key === 'string' && c.key.startsWith(opts.lockPrefix)) entries.push({ key: c.key, bytes: Number(c.size_in_bytes) || 0 });
      }
      if (caches.length < 100) break;
    }
  } catch {
    return undefined;
  }
  if (opts.savedKey && !entries.some((e) => e.key === opts.savedKey)) entries.push({ key: opts.savedKey, bytes: opts.savedBytes ?? 0 });
  return { entries: entries.length, bytes: entries.reduce((a, b) => a + b.bytes, 0), source: 'service' };
}
