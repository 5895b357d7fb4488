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
  cachesLost: number;
}
export function cell(text: string): string;
export function renderBadInputs(rows: BadInputResult[]): string;
export function renderFigure(figure: Figure): string;
export function renderDoc(results: { badInput?: { rows: BadInputResult[] }; faults?: { rows: CheckResult[] }; untrusted?: { rows: CheckResult[] }; figure: Figure }): string;
