export interface CorpusWorkspace {
  repo: string;
  root: string;
  members: { name: string; path: string }[];
}
export function corpusWorkspaces(corpus: string): CorpusWorkspace[];
export function materialise(corpus: string, repo: string, root: string, tmpParent?: string): string;
