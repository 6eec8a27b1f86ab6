/**
 * The server's floors: data flows one way, so a module imports only from its own floor or lower ones, and no
 * modules import each other in a circle. Read from the import statements (type-only imports count: a type pulled
 * from a higher floor ties the lower one to it just the same).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../server/src');

/** Lowest first; the folders of one floor may import each other. */
const FLOORS: readonly (readonly string[])[] = [['util', 'calendar', 'markdown', 'dataset'], ['recognize'], ['analysis'], ['features'], ['lsp', 'cli']];

/** Modules directly in server/src, by the folder whose floor they stand on (cli.ts is the CLI's entry). */
const LOOSE: Record<string, string> = {
  'cli.ts': 'cli',
  'convert.ts': 'features',
  'workspace.ts': 'features',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The server modules a file imports (paths relative to server/src); imports of packages and of shared/ are left out. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s+'(\.[^']*)'/g)) {
    const target = resolve(dirname(file), m[1]);
    if (relative(ROOT, target).startsWith('..')) continue;
    const hit = [`${target}.ts`, join(target, 'index.ts')].find((f) => existsSync(f));
    assert.ok(hit, `${relative(ROOT, file)} imports '${m[1]}', which is no module`);
    out.push(relative(ROOT, hit));
  }
  return out;
}

function floorOf(module: string): number {
  const parts = module.split('/');
  const folder = parts.length === 1 ? LOOSE[module] : parts[0];
  const floor = FLOORS.findIndex((f) => f.includes(folder));
  assert.ok(floor >= 0, `${module} stands on no floor: add its folder to FLOORS (or the file to LOOSE)`);
  return floor;
}

function importGraph(root = ROOT): Map<string, string[]> {
  return new Map(sourceFiles(root).map((f) => [relative(root, f), importsOf(f)]));
}

/** The first circle found, as a path that starts and ends at the same module, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (m: string): string[] | undefined => {
    if (state.get(m) === 'done') return undefined;
    if (state.get(m) === 'open') return [...path.slice(path.indexOf(m)), m];
    state.set(m, 'open');
    path.push(m);
    for (const t of graph.get(m) ?? []) {
      const cycle = visit(t);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(m, 'done');
    return undefined;
  };
  for (const m of graph.keys()) {
    const cycle = visit(m);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('layers of server/src', () => {
  const graph = importGraph();

  it('finds the modules and their imports', () => {
    assert.ok(graph.size > 50, `only ${graph.size} modules found under ${ROOT}`);
    assert.ok(graph.get('analysis/analyze.ts')?.includes('analysis/types.ts'));
  });

  it('has no import circle', () => {
    const cycle = findCycle(graph);
    assert.equal(cycle, undefined, `import circle: ${cycle?.join(' → ')}`);
  });

  it('imports only from the same floor or lower ones', () => {
    const upward: string[] = [];
    for (const [module, imports] of graph) {
      for (const target of imports) if (floorOf(target) > floorOf(module)) upward.push(`${module} → ${target}`);
    }
    assert.deepEqual(upward, [], `imports running up a floor (${FLOORS.map((f) => f.join(', ')).join(' < ')})`);
  });

  it('the checks catch a circle and an import running up', () => {
    const made = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    assert.deepEqual(findCycle(made), ['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    assert.ok(floorOf('dataset/dataset.ts') < floorOf('recognize/entities.ts'));
  });
});
