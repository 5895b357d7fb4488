// The floor under `affected`: what any tool that reads the workspace must do.
// `read LIST` reads every file named in LIST (each pyproject.toml and uv.lock)
// without parsing; `parse LIST` also parses each with smol-toml (the TOML
// parser the CLI bundles), the whole uv.lock included.
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

const [mode, list] = process.argv.slice(2);
let bytes = 0;
for (const file of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  if (mode === 'parse') parse(text);
}
process.stdout.write(`${bytes}\n`);
