// What `emitDecoratorMetadata` writes for a type annotation (`design:type`, `design:paramtypes`,
// `design:returntype`), computed from the annotation's syntax as TypeScript's type serializer does
// (src/compiler/transformers/typeSerializer.ts and the checker's getTypeReferenceSerializationKind),
// with the public checker API. Beside it, what the same annotation would write without its
// classification: the two differ when a brand changes what runs.
import ts from '../util/ts.cjs';
import type { BrandDetector } from './brand.js';

/** A serialized metadata value: `key` compares runtime identity, `text` is what a message shows. */
export interface Serialized {
  readonly key: string;
  readonly text: string;
}

const id = (name: string): Serialized => ({ key: name, text: name });
const OBJECT = id('Object');
const VOID = { key: 'void 0', text: 'undefined' };

/** Whether a type is the phantom brand object of @classified/core. */
function isBrandObject(type: ts.Type, checker: ts.TypeChecker): boolean {
  return checker.getPropertiesOfType(type).some((p) => p.escapedName.toString().startsWith('__@classification@'));
}

/** Whether the root name of a type reference was imported with `import type` (then a value reference emits `Function`). */
function isTypeOnlyImport(name: ts.EntityName, checker: ts.TypeChecker): boolean {
  let root: ts.EntityName = name;
  while (ts.isQualifiedName(root)) root = root.left;
  const symbol = checker.getSymbolAtLocation(root);
  return (symbol?.declarations ?? []).some((d) => {
    if (ts.isImportSpecifier(d)) return d.isTypeOnly || d.parent.parent.isTypeOnly;
    if (ts.isImportClause(d)) return d.isTypeOnly;
    if (ts.isNamespaceImport(d)) return d.parent.isTypeOnly;
    return false;
  });
}

function resolve(symbol: ts.Symbol, checker: ts.TypeChecker): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The constructor a symbol names at runtime (a class, `Date`, a `const X = Date`), as a serialized value. */
function constructorOf(symbol: ts.Symbol, checker: ts.TypeChecker, text: string): Serialized | undefined {
  if (!(symbol.flags & ts.SymbolFlags.Value)) return undefined;
  const type = checker.getTypeOfSymbol(symbol);
  if (type.getConstructSignatures().length === 0) return undefined;
  return { key: `new ${checker.typeToString(type)}`, text };
}

/** What a type (not its syntax) serializes to, as the checker's kinds do for a non-generic alias. */
function kindOfType(type: ts.Type, checker: ts.TypeChecker): Serialized {
  const flags = type.getFlags();
  const assignable = (target: ts.Type) => checker.isTypeAssignableTo(type, target);
  if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return OBJECT;
  if (flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Never)) return VOID;
  if (flags & ts.TypeFlags.BooleanLike || assignable(checker.getBooleanType())) return id('Boolean');
  if (flags & ts.TypeFlags.NumberLike || assignable(checker.getNumberType())) return id('Number');
  if (flags & ts.TypeFlags.BigIntLike || assignable(checker.getBigIntType())) return id('BigInt');
  if (flags & ts.TypeFlags.StringLike || assignable(checker.getStringType())) return id('String');
  if (checker.isTupleType(type) || checker.isArrayType(type)) return id('Array');
  if (flags & ts.TypeFlags.ESSymbolLike) return id('Symbol');
  if (flags & ts.TypeFlags.Object && type.getCallSignatures().length > 0 && type.getProperties().length === 0)
    return id('Function');
  return OBJECT;
}

/** `type` without the classification brand: `string & Brand<…>` is `string`. */
function withoutBrand(type: ts.Type, checker: ts.TypeChecker): ts.Type {
  if (!type.isIntersection()) return type;
  const rest = type.types.filter((t) => !isBrandObject(t, checker));
  return rest.length === 1 ? rest[0]! : type;
}

/** What a type would serialize to if it were written plainly, without its brand. */
function plainKind(type: ts.Type, checker: ts.TypeChecker): Serialized {
  if (type.isUnion() && !(type.getFlags() & ts.TypeFlags.BooleanLike)) {
    const parts = type.types.filter((t) => !(t.getFlags() & ts.TypeFlags.BooleanLiteral));
    const hasBoolean = parts.length < type.types.length;
    const serialized = [...(hasBoolean ? [id('Boolean')] : []), ...parts.map((t) => plainKind(t, checker))];
    return combine(serialized, false);
  }
  const base = withoutBrand(type, checker);
  const symbol = base.getSymbol();
  if (symbol && base.getFlags() & ts.TypeFlags.Object && !checker.isArrayType(base) && !checker.isTupleType(base)) {
    const ctor = constructorOf(symbol, checker, symbol.getName());
    if (ctor) return ctor;
  }
  return kindOfType(base, checker);
}

/** TypeScript's rule for unions and intersections: one shared value, else `Object`. */
function combine(parts: readonly Serialized[], isIntersection: boolean): Serialized {
  let found: Serialized | undefined;
  for (const part of parts) {
    if (part.key === 'Object') return OBJECT;
    if (found && found.key !== part.key) return OBJECT;
    found ??= part;
  }
  return found ?? (isIntersection ? OBJECT : VOID);
}

/**
 * Serializes type annotations as `emitDecoratorMetadata` does, in two modes: `actual` (what the
 * compiler emits) and `plain` (what it would emit with every classified reference written as its
 * base type).
 */
export class MetadataSerializer {
  constructor(
    readonly checker: ts.TypeChecker,
    readonly brands: BrandDetector,
  ) {}

  /** What the compiler emits for this annotation (`undefined`: no annotation, `Object`). */
  actual(node: ts.TypeNode | undefined): Serialized {
    return this.#serialize(node, false);
  }

  /** What it would emit for the same annotation without classification. */
  plain(node: ts.TypeNode | undefined): Serialized {
    return this.#serialize(node, true);
  }

  #serialize(node: ts.TypeNode | undefined, plain: boolean): Serialized {
    if (node === undefined) return OBJECT;
    while (ts.isParenthesizedTypeNode(node)) node = node.type;
    switch (node.kind) {
      case ts.SyntaxKind.VoidKeyword:
      case ts.SyntaxKind.UndefinedKeyword:
      case ts.SyntaxKind.NeverKeyword:
        return VOID;
      case ts.SyntaxKind.FunctionType:
      case ts.SyntaxKind.ConstructorType:
        return id('Function');
      case ts.SyntaxKind.ArrayType:
      case ts.SyntaxKind.TupleType:
        return id('Array');
      case ts.SyntaxKind.TypePredicate:
        return (node as ts.TypePredicateNode).assertsModifier ? VOID : id('Boolean');
      case ts.SyntaxKind.BooleanKeyword:
        return id('Boolean');
      case ts.SyntaxKind.TemplateLiteralType:
      case ts.SyntaxKind.StringKeyword:
        return id('String');
      case ts.SyntaxKind.NumberKeyword:
        return id('Number');
      case ts.SyntaxKind.BigIntKeyword:
        return id('BigInt');
      case ts.SyntaxKind.SymbolKeyword:
        return id('Symbol');
      case ts.SyntaxKind.LiteralType: {
        const literal = (node as ts.LiteralTypeNode).literal;
        if (literal.kind === ts.SyntaxKind.NullKeyword) return VOID;
        if (literal.kind === ts.SyntaxKind.TrueKeyword || literal.kind === ts.SyntaxKind.FalseKeyword)
          return id('Boolean');
        if (ts.isStringLiteralLike(literal)) return id('String');
        if (literal.kind === ts.SyntaxKind.BigIntLiteral) return id('BigInt');
        return id('Number');
      }
      case ts.SyntaxKind.UnionType:
      case ts.SyntaxKind.IntersectionType: {
        const isIntersection = node.kind === ts.SyntaxKind.IntersectionType;
        const parts: Serialized[] = [];
        for (let t of (node as ts.UnionOrIntersectionTypeNode).types) {
          while (ts.isParenthesizedTypeNode(t)) t = t.type;
          if (t.kind === ts.SyntaxKind.NeverKeyword) {
            if (isIntersection) return VOID;
            continue;
          }
          if (t.kind === ts.SyntaxKind.UnknownKeyword) {
            if (!isIntersection) return OBJECT;
            continue;
          }
          if (t.kind === ts.SyntaxKind.AnyKeyword) return OBJECT;
          parts.push(this.#serialize(t, plain));
        }
        return combine(parts, false);
      }
      case ts.SyntaxKind.ConditionalType: {
        const c = node as ts.ConditionalTypeNode;
        return combine([this.#serialize(c.trueType, plain), this.#serialize(c.falseType, plain)], false);
      }
      case ts.SyntaxKind.TypeOperator:
        return (node as ts.TypeOperatorNode).operator === ts.SyntaxKind.ReadonlyKeyword
          ? this.#serialize((node as ts.TypeOperatorNode).type, plain)
          : OBJECT;
      case ts.SyntaxKind.TypeReference:
        return this.#reference(node as ts.TypeReferenceNode, plain);
      default:
        return OBJECT;
    }
  }

  #reference(node: ts.TypeReferenceNode, plain: boolean): Serialized {
    const checker = this.checker;
    if (plain) {
      const type = checker.getTypeFromTypeNode(node);
      if (this.brands.classify(type)?.path === '') return plainKind(type, checker);
    }
    const name = node.typeName;
    const symbol = checker.getSymbolAtLocation(ts.isQualifiedName(name) ? name.right : name);
    if (!symbol) return OBJECT;
    const resolved = resolve(symbol, checker);
    const ctor = constructorOf(resolved, checker, name.getText());
    if (ctor) {
      if (isTypeOnlyImport(name, checker)) return id('Function');
      return resolved.getName() === 'Promise' && !ts.isQualifiedName(name) ? id('Promise') : ctor;
    }
    if (!(resolved.flags & ts.SymbolFlags.Type)) return OBJECT;
    return kindOfType(checker.getDeclaredTypeOfSymbol(resolved), checker);
  }
}
