// The affected-members engine (pure). Owned by the affected-engine helper;
// these types are the contract the report and the shells rely on.

export interface AffectedMember {
  name: string;
  /** Member directory relative to the repository root (`.` for the root). */
  path: string;
  /** Human-readable reasons, e.g. `changed: libs/core/src/x.py`, `depends on core (runtime)`, `uv.lock: numpy 1.26.4 -> 2.0.0`. */
  reasons: string[];
}

export interface Affected {
  /** Every member is affected (a global trigger, an unreadable base lock, no history...). */
  all: boolean;
  /** Why `all` is true. */
  allReasons: string[];
  /** Affected members sorted by name (all members when `all`). */
  members: AffectedMember[];
}
