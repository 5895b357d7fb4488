export interface BadInputResult {
  id: string;
  did: string;
  how: string;
  outcome: string;
  /** The line the user sees, temp paths replaced by placeholders. */
  line: string;
}
export interface CheckResult {
  id: string;
  did: string;
  outcome: string;
  passed: boolean;
}
export interface Figure {
  badInputs: number;
  faults: number;
  faultsSurvived: number;
  untrusted: number;
  /** Hostile-input and hostile-service checks passed (hostile.test.ts). */
  hostile: number;
  cachesLost: number;
}
export function cell(text: string): string;
export function renderBadInputs(rows: BadInputResult[]): string;
export function renderFigure(figure: Figure): string;
export function renderDoc(results: {
  /** The hand-written part, by symptom (scripts/troubleshooting-symptoms.md). */
  symptoms: string;
  badInput?: { rows: BadInputResult[] };
  faults?: { rows: CheckResult[] };
  untrusted?: { rows: CheckResult[] };
  hostile?: { rows: CheckResult[] };
  figure: Figure;
}): string;
/** The counts a README figure line states, or undefined when it is not one. */
export function parseFigure(line: string): Omit<Figure, 'faults'> & { faults: number } | undefined;
/** Why `next` may not replace `current`: every count that dropped (and caches lost that rose). */
export function droppedFigures(current: Figure, next: Figure): string[];
