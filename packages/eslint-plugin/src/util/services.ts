import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';

/** The message every rule gives when it runs without type information, instead of a stack trace. */
export const NO_TYPE_INFORMATION =
  'Classified rules need type information. In eslint.config.js, set languageOptions.parserOptions to { projectService: true, tsconfigRootDir: import.meta.dirname } (typescript-eslint), and lint files that a tsconfig.json includes.';

/** The parser services with type information, or a clear error naming how to enable it. */
export function typedServices(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, rule: string): ParserServicesWithTypeInformation {
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) {
    throw new Error(`@classified/${rule}: ${NO_TYPE_INFORMATION}`);
  }
  return services as ParserServicesWithTypeInformation;
}
