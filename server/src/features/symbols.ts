/**
 * Symbols: the draft's outline (events and people it mentions, grouped, each with its mentions) and a search of the
 * dataset by name or alias for workspace symbols. Pure functions; offsets in, offsets out.
 */
import type { Dataset } from '../dataset/dataset';
import type { Entity } from '../dataset/types';
import type { DocumentAnalysis } from '../analysis/types';

export type OutlineKind = 'group' | 'event' | 'person' | 'mention';

export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: OutlineKind;
  /** The whole extent: for an entity, from its first mention to its last. */
  start: number;
  end: number;
  /** What the editor reveals and highlights: the first mention. */
  selectionStart: number;
  selectionEnd: number;
  children: OutlineSymbol[];
}

function extent(name: string, kind: OutlineKind, children: OutlineSymbol[], detail?: string): OutlineSymbol {
  const first = children[0];
  return {
    name,
    detail,
    kind,
    start: Math.min(...children.map((c) => c.start)),
    end: Math.max(...children.map((c) => c.end)),
    selectionStart: first.selectionStart,
    selectionEnd: first.selectionEnd,
    children,
  };
}

/** "Events" and "People" groups; in each, the entities in order of first mention, with one child per mention. */
export function documentSymbols(analysis: DocumentAnalysis, dataset: Dataset): OutlineSymbol[] {
  const byEntity = new Map<string, OutlineSymbol[]>();
  for (const m of analysis.entities) {
    const list = byEntity.get(m.id) ?? [];
    const text = analysis.text.slice(m.start, m.end).replace(/\s+/g, ' ');
    list.push({ name: text, detail: m.guess ? 'a guess from context' : undefined, kind: 'mention', start: m.start, end: m.end, selectionStart: m.start, selectionEnd: m.end, children: [] });
    byEntity.set(m.id, list);
  }
  const events: OutlineSymbol[] = [];
  const people: OutlineSymbol[] = [];
  for (const [id, mentions] of byEntity) {
    const entity = dataset.byId.get(id);
    if (!entity) continue;
    const detail = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`;
    (entity.type === 'event' ? events : people).push(extent(entity.name, entity.type, mentions, detail));
  }
  const out: OutlineSymbol[] = [];
  if (events.length) out.push(extent('Events', 'group', events, `${events.length}`));
  if (people.length) out.push(extent('People', 'group', people, `${people.length}`));
  return out;
}

export interface EntityMatch {
  entity: Entity;
  /** Lower is better: 0 name prefix, 1 alias prefix, 2 word prefixes, 3 fuzzy from a word start. */
  score: number;
}

function words(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** True when every query word is a prefix of a distinct later word of the name, in order ("oct rev" ⊂ "October Revolution"). */
function wordPrefixes(query: string[], name: string[]): boolean {
  let j = 0;
  for (const q of query) {
    while (j < name.length && !name[j].startsWith(q)) j++;
    if (j === name.length) return false;
    j++;
  }
  return true;
}

/** The query's letters in order, from the start of a word: "kernsky" finds "Kerensky", "alexkerensky" "Alexander Kerensky". */
function fuzzy(query: string, name: string): boolean {
  const n = name.toLowerCase();
  for (let s = 0; s < n.length; s++) {
    if ((s > 0 && /[\p{L}\p{N}]/u.test(n.charAt(s - 1))) || n.charAt(s) !== query.charAt(0)) continue;
    let k = 0;
    for (let i = s; i < n.length && k < query.length; i++) if (n.charAt(i) === query.charAt(k)) k++;
    if (k === query.length) return true;
  }
  return false;
}

function score(entity: Entity, query: string): number | undefined {
  if (!query) return 0;
  const q = query.toLowerCase();
  const names = [entity.name, ...entity.aliases];
  if (entity.name.toLowerCase().startsWith(q)) return 0;
  if (entity.aliases.some((a) => a.toLowerCase().startsWith(q))) return 1;
  const qw = words(query);
  if (qw.length && names.some((n) => wordPrefixes(qw, words(n)))) return 2;
  const compact = q.replace(/\s+/g, '');
  if (compact && names.some((n) => fuzzy(compact, n))) return 3;
  return undefined;
}

/** People and events of the dataset whose name or alias matches the query, best first (then by name). */
export function searchEntities(dataset: Dataset, query: string, limit = 200): EntityMatch[] {
  const out: EntityMatch[] = [];
  for (const entity of dataset.entities()) {
    const s = score(entity, query.trim());
    if (s !== undefined) out.push({ entity, score: s });
  }
  out.sort((a, b) => a.score - b.score || a.entity.name.localeCompare(b.entity.name));
  return out.slice(0, limit);
}
