// Where the brand is detected: the classification a TypeScript type carries, found by the
// `unique symbol` declared in @classified/core (so a look-alike brand is ignored), anywhere inside
// the type, recursion-safe and cached per type.
import ts from '../util/ts.cjs';
import { coreModuleOf } from './core.js';
import { LEVELS, rank, type Level } from './levels.js';

/** One classified value inside a type: where it sits, its level and categories. */
export interface Leaf {
  /** The path inside the value: '' for the value itself, `.email`, `[].card`. */
  readonly path: string;
  readonly level: Level;
  readonly categories: readonly string[];
}

/** At most this many leaves are kept per type (messages show five). */
const MAX_LEAVES = 24;

/** What a type carries: the highest level inside it, its categories, and where that level sits. */
export interface TypeClassification {
  readonly level: Level;
  /** The categories of the value at `path`. */
  readonly categories: readonly string[];
  /** The categories of everything at `level` inside the type (what an approved recipient must accept). */
  readonly allCategories: readonly string[];
  /** The path inside the value to the highest level: '' for the value itself, `.email`, `[].card`. */
  readonly path: string;
  /** Every classified value inside the type (up to 24), in declaration order. */
  readonly leaves: readonly Leaf[];
}

function declaredInCore(symbol: ts.Symbol | undefined, module: 'classified' | 'seal'): boolean {
  const decl = symbol?.declarations?.[0];
  if (!decl) return false;
  return coreModuleOf(decl.getSourceFile()) === module;
}

/** The brand property of a type, if it is ours (one declaration, or several where brands meet in an intersection). */
function brandProperty(type: ts.Type, checker: ts.TypeChecker): ts.Symbol | undefined {
  for (const prop of checker.getPropertiesOfType(type)) {
    if (!prop.escapedName.toString().startsWith('__@classification@')) continue;
    if ((prop.declarations ?? []).some((d) => coreModuleOf(d.getSourceFile()) === 'classified')) return prop;
  }
  return undefined;
}

function propertyNames(type: ts.Type, checker: ts.TypeChecker): string[] {
  return checker.getPropertiesOfType(type).map((p) => p.getName());
}

/** Reads level and categories from a brand property's type (`Mark<…> | undefined`). */
function readBrand(prop: ts.Symbol, checker: ts.TypeChecker): { level: Level; categories: string[] } | undefined {
  const markType = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
  const top = markType.getProperty('top');
  const categories = markType.getProperty('categories');
  if (!top) return undefined;
  const topType = checker.getTypeOfSymbol(top);
  let level: Level = 'public';
  for (const name of propertyNames(topType, checker)) {
    if ((LEVELS as readonly string[]).includes(name) && rank(name as Level) > rank(level)) level = name as Level;
  }
  const cats = categories ? propertyNames(checker.getTypeOfSymbol(categories), checker) : [];
  return { level, categories: cats };
}

/** Whether a type is the sealed box of @classified/core, safe to print by construction. */
export function isSealedBox(type: ts.Type): boolean {
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  if (symbol?.getName() === 'SealedBox' && declaredInCore(symbol, 'seal')) return true;
  if (type.isIntersection()) return type.types.some(isSealedBox);
  return false;
}

/** A source file that belongs to the TS lib or to a package: its types can only hold brands through type arguments. */
function isExternal(symbol: ts.Symbol | undefined, program: ts.Program): boolean {
  const decl = symbol?.declarations?.[0];
  if (!decl) return false;
  const file = decl.getSourceFile();
  return (
    program.isSourceFileDefaultLibrary(file) ||
    program.isSourceFileFromExternalLibrary(file) ||
    file.fileName.includes('/node_modules/')
  );
}

const MAX_DEPTH = 8;

/**
 * Finds the classification carried anywhere inside types. One instance per program: the cache is
 * keyed by `ts.Type`, which the checker interns.
 */
export class BrandDetector {
  readonly #cache = new Map<ts.Type, TypeClassification | null>();
  readonly #inProgress = new Set<ts.Type>();

  constructor(
    readonly program: ts.Program,
    readonly checker: ts.TypeChecker,
  ) {}

  /** The classification of a type, or `undefined` when nothing inside it is branded. */
  classify(type: ts.Type): TypeClassification | undefined {
    return this.#walk(type, 0) ?? undefined;
  }

  #walk(type: ts.Type, depth: number): TypeClassification | null {
    const cached = this.#cache.get(type);
    if (cached !== undefined) return cached;
    if (this.#inProgress.has(type) || depth > MAX_DEPTH) return null;
    this.#inProgress.add(type);
    let result: TypeClassification | null = null;
    try {
      result = this.#compute(type, depth);
    } finally {
      this.#inProgress.delete(type);
    }
    // Results below the depth limit may be incomplete for a recursive type only; cache them anyway:
    // a recursive type repeats the same fields, so the first visit sees every brand.
    this.#cache.set(type, result);
    return result;
  }

  #compute(type: ts.Type, depth: number): TypeClassification | null {
    const { checker } = this;
    const flags = type.getFlags();
    if (
      flags &
      (ts.TypeFlags.Any |
        ts.TypeFlags.Unknown |
        ts.TypeFlags.Never |
        ts.TypeFlags.Void |
        ts.TypeFlags.Undefined |
        ts.TypeFlags.Null)
    )
      return null;
    if (isSealedBox(type)) return null;
    // `NoInfer<T>` (what the classifying functions return), and other types that stand for another
    // one: walk what they stand for.
    if (flags & ts.TypeFlags.Substitution) return this.#walk((type as ts.SubstitutionType).baseType, depth + 1);
    if (flags & (ts.TypeFlags.Conditional | ts.TypeFlags.IndexedAccess | ts.TypeFlags.TypeParameter)) {
      const constraint = checker.getBaseConstraintOfType(type);
      return constraint && constraint !== type ? this.#walk(constraint, depth + 1) : null;
    }
    let best: TypeClassification | null = null;
    const leaves: Leaf[] = [];
    const consider = (found: TypeClassification | null, prefix: string) => {
      if (!found) return;
      for (const leaf of found.leaves) {
        if (leaves.length >= MAX_LEAVES) break;
        const path = prefix + leaf.path;
        const at = leaves.findIndex((l) => l.path === path);
        const existing = leaves[at];
        if (!existing) leaves.push({ ...leaf, path });
        else if (rank(leaf.level) > rank(existing.level)) leaves[at] = { ...leaf, path };
        else if (leaf.level === existing.level)
          leaves[at] = { ...existing, categories: [...new Set([...existing.categories, ...leaf.categories])] };
      }
      if (!best || rank(found.level) > rank(best.level)) {
        best = { ...found, path: prefix + found.path, leaves };
      } else if (found.level === best.level) {
        best = { ...best, allCategories: [...new Set([...best.allCategories, ...found.allCategories])], leaves };
      } else {
        best = { ...best, leaves };
      }
    };

    // The type's own brand.
    const brand = flags & ts.TypeFlags.Object || type.isIntersection() ? brandProperty(type, checker) : undefined;
    if (brand) {
      const own = readBrand(brand, checker);
      if (own && own.level !== 'public') {
        consider(
          {
            level: own.level,
            categories: own.categories,
            allCategories: own.categories,
            path: '',
            leaves: [{ path: '', level: own.level, categories: own.categories }],
          },
          '',
        );
      }
    }
    if (type.isUnion()) {
      for (const member of type.types) consider(this.#walk(member, depth + 1), '');
      return best;
    }
    if (type.isIntersection()) {
      for (const member of type.types) {
        // The brand member itself was read above; its Mark is not data.
        if (brandProperty(member, checker) && checker.getPropertiesOfType(member).length === 1) continue;
        consider(this.#walk(member, depth + 1), '');
      }
      return best;
    }
    if (!(flags & ts.TypeFlags.Object)) return best;

    const object = type as ts.ObjectType;
    // Arrays and tuples: their elements.
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      for (const arg of checker.getTypeArguments(type as ts.TypeReference)) consider(this.#walk(arg, depth + 1), '[]');
      return best;
    }
    // Functions carry nothing themselves.
    if (type.getCallSignatures().length > 0 && checker.getPropertiesOfType(type).length === 0) return best;

    const symbol = type.getSymbol();
    // Anonymous and mapped types (a zod-inferred model, an options literal) are data shapes
    // wherever they are declared: walk their properties.
    const shape =
      (object.objectFlags & (ts.ObjectFlags.Anonymous | ts.ObjectFlags.Mapped | ts.ObjectFlags.ReverseMapped)) !== 0;
    if (!shape && isExternal(symbol, this.program) && !brand) {
      // A lib or package type (Promise, Map, Set, a Request …) can only hold project data through its
      // type arguments: walk those, not its (large) structure.
      const args =
        object.objectFlags & ts.ObjectFlags.Reference
          ? checker.getTypeArguments(type as ts.TypeReference)
          : (type.aliasTypeArguments ?? []);
      for (const arg of args) consider(this.#walk(arg, depth + 1), '');
      return best;
    }
    for (const prop of checker.getPropertiesOfType(type)) {
      const name = prop.getName();
      if (name.startsWith('__@classification@')) continue;
      const propType = checker.getTypeOfSymbol(prop);
      if (propType.getCallSignatures().length > 0 && checker.getPropertiesOfType(propType).length === 0) continue; // a method
      consider(this.#walk(propType, depth + 1), `.${name}`);
    }
    const index = checker.getIndexInfosOfType(type);
    for (const info of index) consider(this.#walk(info.type, depth + 1), '.*');
    return best;
  }
}
