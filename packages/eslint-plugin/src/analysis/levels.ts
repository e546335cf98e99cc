// Levels as the plugin compares them. (The plugin does not depend on @classified/core at runtime,
// so that a project can lint with it before installing the core.)
export const LEVELS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type Level = (typeof LEVELS)[number];

export function rank(level: Level): number {
  return LEVELS.indexOf(level);
}

export function isAbove(level: Level, max: Level): boolean {
  return rank(level) > rank(max);
}
