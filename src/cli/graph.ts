// `uv-workspace-sync graph`: the workspace's members and edges, or with
// --affected what a change affects, as Mermaid (the job summary's own
// picture, report/graph.ts) or Graphviz DOT. An edge asking extras of its
// target says them after a `+` (`runtime +fast` for `core[fast]`).
import { viaText } from '../affected/reasons.js';
import { affectedPicture, dotText, mermaidText, workspacePicture, type Picture } from '../report/graph.js';
import type { GraphArgs } from './args.js';
import { detectAffected, load, repoRootOf, type CliIO } from './context.js';
import { memberEdges } from './members.js';

export async function graph(args: GraphArgs, io: CliIO): Promise<void> {
  let picture: Picture;
  if (args.change) {
    const { affected } = await detectAffected({ ...args.change, workspace: args.workspace, ...(args.lock !== undefined ? { lock: args.lock } : {}) }, io);
    // Past a size the summary gives up on; a file for a viewer can be big, so nothing is left out here.
    picture = affectedPicture({ members: affected.members, pulledIn: affected.pulledIn }, true);
    if (picture.nodes.length === 0) io.stderr.write('note: no member is affected: the graph is empty\n');
  } else {
    const ws = load(args, io, await repoRootOf(io));
    const edges = ws.members.flatMap((m) =>
      memberEdges(ws, m.name).map((e) => ({ from: m.name, to: e.to, label: `${viaText(e)}${e.extras ? ` +${e.extras.join(' +')}` : ''}` })),
    );
    picture = workspacePicture(
      ws.members.map((m) => m.name),
      edges,
    );
  }
  io.stdout.write(`${args.format === 'dot' ? dotText(picture) : mermaidText(picture)}\n`);
}
