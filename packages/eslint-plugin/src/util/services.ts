import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';

/** Files a tsconfig types only with `allowJs`: without type information, the rules skip them. */
const JAVASCRIPT = /\.[cm]?jsx?$/i;

/** The message for a TypeScript file that is not parsed by typescript-eslint's parser. */
export const NO_TYPESCRIPT_PARSER =
  "this file is not parsed by typescript-eslint's parser. In eslint.config.mjs, give the files the Classified configs apply to ('**/*.{ts,tsx,mts,cts}') languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } }.";

/** The message for a file parsed by typescript-eslint without a TypeScript program. */
export const NO_TYPE_INFORMATION =
  'this file is parsed without type information. In eslint.config.mjs, set languageOptions.parserOptions to { projectService: true, tsconfigRootDir: import.meta.dirname } for it.';

/**
 * The parser services with type information; `undefined` for a JavaScript file without them (the
 * rule then does nothing, as if it were off); otherwise a configuration error that names what to
 * change: the parser, or the parser's `projectService`.
 */
export function typedServices(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  rule: string,
): ParserServicesWithTypeInformation | undefined {
  const services = context.sourceCode.parserServices;
  if (services?.program && services.esTreeNodeToTSNodeMap) return services as ParserServicesWithTypeInformation;
  if (JAVASCRIPT.test(context.filename)) return undefined;
  throw new Error(
    `@classified/${rule}: ${services?.esTreeNodeToTSNodeMap ? NO_TYPE_INFORMATION : NO_TYPESCRIPT_PARSER}`,
  );
}
