// Fails when a function in src/ is longer than the limit (60 lines): long
// functions in this project have always been wiring that hid two jobs in one.
// Uses the TypeScript parser, so arrow functions and methods count too.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const LIMIT = 60;
const dir = path.resolve(root, process.argv[2] ?? 'src');

function* tsFiles(d) {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, entry.name);
    if (entry.isDirectory()) yield* tsFiles(p);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield p;
  }
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

const long = [];
for (const file of tsFiles(dir)) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const lines = end - start + 1;
      if (lines > LIMIT) long.push(`${path.relative(root, file)}:${start}: ${nameOf(node)} is ${lines} lines (limit ${LIMIT})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
for (const line of long) console.error(`error: ${line}`);
if (long.length > 0) {
  console.error(`${long.length} function(s) over ${LIMIT} lines: split them into steps with one job each.`);
  process.exit(1);
}
console.log(`function length: every function in ${path.relative(root, dir) || '.'} is at most ${LIMIT} lines`);
