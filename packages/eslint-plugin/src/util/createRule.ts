import { ESLintUtils } from '@typescript-eslint/utils';

/** The documentation of every rule lives next to the code, one file per rule. */
/** What each rule's `meta.docs` holds, as typescript-eslint's own rules do. */
export interface ClassifiedRuleDocs {
  readonly description: string;
  /** Every Classified rule reads types: it needs `parserOptions.projectService`. */
  readonly requiresTypeChecking?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<ClassifiedRuleDocs>(
  (name) => `https://github.com/classified-dev/classified/blob/main/packages/eslint-plugin/docs/rules/${name}.md`,
);
