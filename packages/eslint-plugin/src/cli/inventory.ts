// `classified inventory`: every classified field of the program, read from the types (interfaces,
// type aliases, classes, zod schemas' inferred types) by the brand detector the rules use, with the
// metadata (mask, retention, description) written in the call of a classified zod field.
import * as path from 'node:path';
import ts from '../util/ts.cjs';
import { classifiedPackageOf, zodOutputType } from '../analysis/core.js';
import type { Level } from '../analysis/levels.js';
import { brandsFor } from '../analysis/program.js';
import { cell, csv, loadProgram, positionOf, projectFiles, projectName, relativeTo } from './common.js';

/**
 * One classified field.
 *
 * @example
 * { type: 'User', field: 'email', level: 'restricted', categories: ['pii'], source: 'zod',
 *   file: 'src/models.ts', line: 8, mask: 'email', retention: 'P2Y', description: 'Login and contact address' }
 */
export interface InventoryRow {
  /** The declaration: the interface, type alias, class or zod schema. */
  readonly type: string;
  /** The path inside it: `email`, `method.iban`, `orders[].card`; `(value)` for a classified type itself. */
  readonly field: string;
  readonly level: Level;
  readonly categories: readonly string[];
  readonly source: 'interface' | 'type' | 'class' | 'zod';
  readonly file: string;
  readonly line: number;
  readonly mask?: string;
  readonly retention?: string;
  readonly description?: string;
}

/** The inventory of a project. */
export interface InventoryResult {
  readonly project: string;
  readonly fields: readonly InventoryRow[];
}

const ZOD_CLASSIFIERS: ReadonlySet<string> = new Set([
  'classified',
  'restricted',
  'confidential',
  'internal',
  'publicField',
]);

interface ZodMeta {
  mask?: string;
  retention?: string;
  description?: string;
}

/** The static metadata of the classified zod fields in a schema's initializer, by property name. */
function zodMetadata(init: ts.Expression, checker: ts.TypeChecker): Map<string, ZodMeta> {
  const found = new Map<string, ZodMeta>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
      const meta = metaOf(node.initializer, checker);
      if (meta) found.set(node.name.text, meta);
    }
    ts.forEachChild(node, visit);
  };
  visit(init);
  return found;
}

/** The metadata of `restricted(z.email(), { mask: 'email', … }).optional()`: the classifier call inside a chain. */
function metaOf(expr: ts.Expression, checker: ts.TypeChecker): ZodMeta | undefined {
  let e: ts.Expression = expr;
  for (;;) {
    if (ts.isCallExpression(e)) {
      const callee = e.expression;
      if (ts.isIdentifier(callee) && ZOD_CLASSIFIERS.has(callee.text)) {
        let symbol = checker.getSymbolAtLocation(callee);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const decl = symbol?.declarations?.[0];
        if (!decl || classifiedPackageOf(decl.getSourceFile()) !== '@classified/zod') return undefined;
        const options = e.arguments[callee.text === 'classified' ? 2 : 1];
        const meta: ZodMeta = {};
        if (options && ts.isObjectLiteralExpression(options)) {
          for (const p of options.properties) {
            if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) continue;
            const key = p.name.text;
            if (key !== 'mask' && key !== 'retention' && key !== 'description') continue;
            const v = p.initializer;
            meta[key] =
              ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v)
                ? v.text
                : key === 'mask'
                  ? 'custom'
                  : '(computed)';
          }
        }
        return meta;
      }
      if (ts.isPropertyAccessExpression(callee)) {
        e = callee.expression;
        continue;
      }
    }
    return undefined;
  }
}

/** Whether a type is, or has as a type argument or union member, an interface, class or type alias declared in the project. */
function namesProjectType(
  type: ts.Type,
  checker: ts.TypeChecker,
  files: ReadonlySet<ts.SourceFile>,
  depth = 0,
): boolean {
  if (depth > 3) return false;
  for (const symbol of [type.aliasSymbol, type.getSymbol()]) {
    const decl = symbol?.declarations?.find(
      (d) => ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d) || ts.isTypeAliasDeclaration(d),
    );
    if (decl && files.has(decl.getSourceFile())) return true;
  }
  const parts = [
    ...(type.isUnion() ? type.types : []),
    ...(type.aliasTypeArguments ?? []),
    ...((type.getFlags() & ts.TypeFlags.Object) !== 0 &&
    ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) !== 0
      ? checker.getTypeArguments(type as ts.TypeReference)
      : []),
  ];
  return parts.some((t) => namesProjectType(t, checker, files, depth + 1));
}

/** Whether a declaration's source names a type of the project (`Map<string, User>`, `store: Store`). */
function refersToProjectType(
  decl: ts.Declaration,
  checker: ts.TypeChecker,
  files: ReadonlySet<ts.SourceFile>,
): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node)) {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : node.expression;
      let symbol = checker.getSymbolAtLocation(name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (
        symbol?.declarations?.some(
          (d) =>
            (ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d) || ts.isTypeAliasDeclaration(d)) &&
            files.has(d.getSourceFile()),
        )
      )
        found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(decl);
  return found;
}

function fieldOf(leafPath: string): string {
  if (leafPath === '') return '(value)';
  return leafPath.replace(/^\./, '');
}

/**
 * Reads every classified field of the project of a tsconfig.json from its types.
 *
 * @example
 * collectInventory('examples/referral-service/tsconfig.build.json').fields[0]
 * // => { type: 'User', field: 'name', level: 'restricted', categories: ['pii'], source: 'zod', … }
 */
export function collectInventory(
  tsconfig: string,
  onFile?: (file: string, index: number, total: number) => void,
): InventoryResult {
  const program = loadProgram(tsconfig);
  const checker = program.getTypeChecker();
  const brands = brandsFor(program);
  const root = path.dirname(path.resolve(tsconfig));
  const rows: InventoryRow[] = [];
  const files = projectFiles(program);
  const own = new Set(files);
  for (const [index, file] of files.entries()) {
    const rel = relativeTo(root, file.fileName);
    onFile?.(rel, index, files.length);
    const zodNames = new Set<string>();
    const declared: Array<{
      name: string;
      type: ts.Type;
      source: InventoryRow['source'];
      node: ts.Node;
      meta?: Map<string, ZodMeta>;
    }> = [];
    for (const statement of file.statements) {
      if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
        declared.push({
          name: statement.name.text,
          type: checker.getTypeAtLocation(statement.name),
          source: ts.isInterfaceDeclaration(statement) ? 'interface' : 'type',
          node: statement,
        });
      } else if (ts.isClassDeclaration(statement) && statement.name) {
        const symbol = checker.getSymbolAtLocation(statement.name);
        if (symbol)
          declared.push({
            name: statement.name.text,
            type: checker.getDeclaredTypeOfSymbol(symbol),
            source: 'class',
            node: statement,
          });
      } else if (ts.isVariableStatement(statement)) {
        for (const decl of statement.declarationList.declarations) {
          if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
          const type = checker.getTypeAtLocation(decl.name);
          // A zod schema: its inferred type is its `_zod.output`.
          const output = zodOutputType(type, checker);
          if (!output) continue;
          zodNames.add(decl.name.text);
          declared.push({
            name: decl.name.text,
            type: output,
            source: 'zod',
            node: decl,
            meta: zodMetadata(decl.initializer, checker),
          });
        }
      }
    }
    for (const d of declared) {
      // `type User = z.infer<typeof User>` repeats the schema: the schema's row has the metadata.
      if (d.source === 'type' && zodNames.has(d.name)) continue;
      const found = brands.classify(d.type);
      if (!found) continue;
      const { line: declLine } = positionOf(d.node);
      for (const leaf of found.leaves) {
        const field = fieldOf(leaf.path);
        // The line of the field itself, when it is a property of the declaration (its first segment).
        const first = /^\.([^.[\]]+)/.exec(leaf.path)?.[1];
        const property = first === undefined ? undefined : d.type.getProperty(first);
        const propDecl = property?.valueDeclaration ?? property?.declarations?.[0];
        const line = propDecl && propDecl.getSourceFile() === file ? positionOf(propDecl).line : declLine;
        // A field reached through another named type of the project (`store: Store`, `users: Map<string, User>`) is listed under that type.
        if (
          property &&
          leaf.path !== `.${first}` &&
          (namesProjectType(checker.getTypeOfSymbol(property), checker, own) ||
            (propDecl !== undefined && refersToProjectType(propDecl, checker, own)))
        )
          continue;
        const last = /([^.[\]]+)(?:\[\])*$/.exec(field)?.[1] ?? field;
        const meta = d.meta?.get(last);
        rows.push({
          type: d.name,
          field,
          level: leaf.level,
          categories: [...leaf.categories].sort(),
          source: d.source,
          file: rel,
          line,
          ...(meta?.mask !== undefined && { mask: meta.mask }),
          ...(meta?.retention !== undefined && { retention: meta.retention }),
          ...(meta?.description !== undefined && { description: meta.description }),
        });
      }
    }
  }
  return { project: projectName(tsconfig), fields: rows };
}

/** The inventory as Markdown: one table of fields. */
export function inventoryTable(result: InventoryResult): string {
  const lines = [
    '# Data inventory',
    '',
    `Project: \`${result.project}\`. ${result.fields.length} classified field(s), read from the types.`,
    '',
  ];
  if (result.fields.length === 0) return `${lines.join('\n')}No classified field.\n`;
  lines.push(
    '| Type | Field | Level | Category | Mask | Retention | Description | Where |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const f of result.fields) {
    lines.push(
      `| ${cell(f.type)} | \`${cell(f.field)}\` | ${f.level} | ${cell(f.categories.join(', '))} | ${cell(f.mask ?? '')} | ${cell(f.retention ?? '')} | ${cell(f.description ?? '')} | ${f.file}:${f.line} (${f.source}) |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The inventory as CSV. */
export function inventoryCsv(result: InventoryResult): string {
  return csv(
    ['type', 'field', 'level', 'categories', 'source', 'file', 'line', 'mask', 'retention', 'description'],
    result.fields.map((f) => [
      f.type,
      f.field,
      f.level,
      f.categories.join(';'),
      f.source,
      f.file,
      f.line,
      f.mask,
      f.retention,
      f.description,
    ]),
  );
}
