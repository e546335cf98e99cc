// ORM options that log every query with its parameters (`logging: true` in TypeORM, `logging:
// console.log` in Sequelize, `debug: true` in Knex, `log: ['query']` in Prisma), reported where the
// program stores classified data, unless an environment check the rule can see guards them.
import ts from '../util/ts.cjs';
import { originOf } from './origin.js';
import { calleeSymbol, classifiedPackageOf } from './core.js';
import { queryLoggingOptions, type QueryLoggingSpec } from '../sinks/families/queryLogging.js';
import type { BrandDetector } from './brand.js';
import { isAbove, type Level } from './levels.js';

const OPTION_NAMES = new Set(queryLoggingOptions.map((s) => s.option));

/** Whether a property name is one the catalog knows (the cheap, syntactic first test). */
export function isQueryLoggingOptionName(name: string): boolean {
  return OPTION_NAMES.has(name);
}

/**
 * Whether a declaration is an option of a Prisma client generated into the project (Prisma 7's
 * `prisma-client` generator writes it there, as `PrismaClientBaseOptions`/`PrismaClientOptions`).
 */
function isGeneratedPrismaOptions(decl: ts.Declaration): boolean {
  const container = decl.parent;
  return ts.isInterfaceDeclaration(container) && /^PrismaClient(Base)?Options/.test(container.name.text);
}

/** The spec an object literal property matches: by the package that declares the option it sets. */
export function queryLoggingSpecOf(
  property: ts.PropertyAssignment,
  program: ts.Program,
  checker: ts.TypeChecker,
): QueryLoggingSpec | undefined {
  const name = property.name.getText();
  // The contextual type; and, for a generic constructor that infers its options from the literal
  // itself (`new PrismaClient<Options extends PrismaClientOptions>`), the constraints of the
  // signature's type parameters, which still name the declared options.
  const types: ts.Type[] = [];
  const contextual = checker.getContextualType(property.parent);
  if (contextual) types.push(contextual);
  const call = property.parent.parent;
  if ((ts.isNewExpression(call) || ts.isCallExpression(call)) && call.arguments?.[0] === property.parent) {
    for (const parameter of checker.getResolvedSignature(call)?.getDeclaration()?.typeParameters ?? []) {
      const constraint = parameter.constraint && checker.getTypeFromTypeNode(parameter.constraint);
      if (constraint) types.push(constraint);
    }
  }
  const candidates = types.flatMap((t) => (t.isUnion() ? t.types : [t]));
  if (candidates.length === 0) return undefined;
  for (const type of candidates) {
    for (const decl of type.getProperty(name)?.declarations ?? []) {
      const origin = originOf(decl.getSourceFile(), program);
      const pkg =
        decl.getSourceFile().fileName.includes('/.prisma/client/') || isGeneratedPrismaOptions(decl)
          ? '.prisma/client'
          : origin.package;
      const spec = queryLoggingOptions.find((s) => s.option === name && s.package === pkg);
      if (spec) return spec;
    }
  }
  return undefined;
}

const readsEnvironment = (node: ts.Node): boolean => /\b(process\.env|import\.meta\.env)\b/.test(node.getText());

/** Whether an ancestor chooses this value by an environment check (`if`, `?:`, `&&`). */
function guarded(node: ts.Node): boolean {
  for (
    let child = node, parent = node.parent;
    parent && !ts.isSourceFile(parent);
    child = parent, parent = parent.parent
  ) {
    if (ts.isConditionalExpression(parent) && child !== parent.condition && readsEnvironment(parent.condition))
      return true;
    if (ts.isIfStatement(parent) && child !== parent.expression && readsEnvironment(parent.expression)) return true;
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      child === parent.right &&
      readsEnvironment(parent.left)
    )
      return true;
    if (ts.isFunctionLike(parent)) return false;
  }
  return false;
}

/** The value, as written, that turns query logging on; `undefined` when it does not (or cannot be told). */
export function loggingValueOn(
  value: ts.Expression,
  spec: QueryLoggingSpec,
  checker: ts.TypeChecker,
): ts.Expression | undefined {
  let e = value;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  if (ts.isConditionalExpression(e)) {
    if (readsEnvironment(e.condition)) return undefined;
    return loggingValueOn(e.whenTrue, spec, checker) ?? loggingValueOn(e.whenFalse, spec, checker);
  }
  const on = spec.on;
  if (on.includes('true') && e.kind === ts.SyntaxKind.TrueKeyword) return e;
  if (on.includes('all') && ts.isStringLiteralLike(e) && e.text === 'all') return e;
  if (on.includes('query') && ts.isArrayLiteralExpression(e)) {
    const query = e.elements.find(
      (el) =>
        (ts.isStringLiteralLike(el) && el.text === 'query') ||
        (ts.isObjectLiteralExpression(el) &&
          el.properties.some(
            (p) =>
              ts.isPropertyAssignment(p) &&
              p.name.getText() === 'level' &&
              ts.isStringLiteralLike(p.initializer) &&
              p.initializer.text === 'query',
          )),
    );
    if (query) return e;
  }
  if (on.includes('function')) {
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return e;
    if (
      (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) &&
      checker.getTypeAtLocation(e).getCallSignatures().length > 0
    )
      return e;
  }
  return undefined;
}

/** Whether the option's value is chosen by an environment check. */
export function isEnvironmentGuarded(property: ts.PropertyAssignment): boolean {
  return guarded(property);
}

const stored = new WeakMap<ts.Program, Map<Level, string | null>>();

/**
 * A field above `maxLevel` the program declares (a class or interface property), named for the
 * message: `User.email`; `undefined` when it declares none. Cached per program and level.
 */
export function classifiedFieldOf(
  program: ts.Program,
  checker: ts.TypeChecker,
  brands: BrandDetector,
  maxLevel: Level,
): string | undefined {
  let byLevel = stored.get(program);
  if (!byLevel) stored.set(program, (byLevel = new Map<Level, string | null>()));
  let found = byLevel.get(maxLevel);
  if (found === undefined) {
    found = null;
    search: for (const file of program.getSourceFiles()) {
      if (
        file.isDeclarationFile ||
        program.isSourceFileFromExternalLibrary(file) ||
        file.fileName.includes('/node_modules/')
      )
        continue;
      const stack: ts.Node[] = [file];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (
          (ts.isPropertyDeclaration(node) || ts.isPropertySignature(node)) &&
          node.type &&
          ts.isIdentifier(node.name)
        ) {
          const level = brands.classify(checker.getTypeFromTypeNode(node.type))?.level;
          if (level !== undefined && isAbove(level, maxLevel)) {
            const owner = node.parent;
            found = `${'name' in owner && owner.name ? `${owner.name.text}.` : ''}${node.name.text}`;
            break search;
          }
        }
        // A Prisma client classified with @classified/prisma: its map classifies the models' fields.
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'classifyResults'
        ) {
          const decl = calleeSymbol(node.expression, checker)?.declarations?.[0];
          if (decl && classifiedPackageOf(decl.getSourceFile()) === '@classified/prisma') {
            found = 'the Prisma models given to classifyResults()';
            break search;
          }
        }
        // In source order: the first classified field the program declares.
        const children: ts.Node[] = [];
        ts.forEachChild(node, (c) => void children.push(c));
        stack.push(...children.reverse());
      }
    }
    byLevel.set(maxLevel, found);
  }
  return found ?? undefined;
}
