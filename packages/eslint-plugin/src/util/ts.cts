// TypeScript, loaded with `require`: typescript-eslint has already `require`d it, so this returns
// the loaded module. An ESM `import ts from 'typescript'` makes Node scan TypeScript's 9 MB CommonJS
// file for its export names first (cjs-module-lexer): about 0.4 s on every lint run
// (bench/plugin-import.mjs). Every module of the plugin imports `ts` from here.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the reason this module exists: TypeScript through require
import ts = require('typescript');
export = ts;
