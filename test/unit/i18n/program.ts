// The extension's TypeScript through TypeScript's own compiler API (TypeScript 6's, installed as `typescript`
// beside TypeScript 7's native `tsc`): a type checker, so message keys and UI text are found by meaning, not by regex.
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');

export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), pattern) : pattern.test(entry.name) ? [join(dir, entry.name)] : []);
}

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
    ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  });
  return { ...parsed!.options, noEmit: true };
}

/** A program of the extension's sources (the CLI is a terminal tool in English and is left out). */
export function sourceProgram(): ts.Program {
  const files = filesUnder(join(root, 'src'), /\.ts$/).filter((file) => !file.includes(`${join('src', 'cli')}/`));
  // No @types/node or @types/chrome (the sources use neither): they are most of the parsing time.
  return ts.createProgram(files, { ...compilerOptions(), types: [] });
}

/** A program of in-memory files (names ending in .ts), with the real DOM library: for checking the checkers. */
export function memoryProgram(files: Record<string, string>): ts.Program {
  const options = { ...compilerOptions(), types: [] };
  const host = ts.createCompilerHost(options);
  const virtual = new Map(Object.entries(files).map(([name, text]) => [resolve(root, name), text]));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError) => {
    const text = virtual.get(resolve(root, name));
    return text === undefined ? getSourceFile(name, version, onError) : ts.createSourceFile(name, text, version, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtual.has(resolve(root, name)) || fileExists(name);
  return ts.createProgram([...virtual.keys()], options, host);
}

/** Only the program's own files (not libraries or .d.ts), each with its walker. */
export function ownFiles(program: ts.Program): ts.SourceFile[] {
  return program.getSourceFiles().filter((file) => !file.isDeclarationFile && !file.fileName.includes('/node_modules/'));
}

export function walk(node: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  if (visit(node) === false) return;
  ts.forEachChild(node, (child) => walk(child, visit));
}

export function where(node: ts.Node): string {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${file.fileName.replace(`${root}/`, '')}:${line + 1}`;
}

/** Strips what does not change a value: parentheses, `as`, `satisfies`, `!`. */
export function bare(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)
    || ts.isNonNullExpression(node) || ts.isTypeAssertionExpression(node)) node = node.expression;
  return node;
}

/** The string literal values of a type (a literal or a union of literals), or null when it is wider. */
export function literalValues(type: ts.Type): string[] | null {
  const parts = type.isUnion() ? type.types : [type];
  if (!parts.length || !parts.every((part) => part.isStringLiteral())) return null;
  return parts.map((part) => (part as ts.StringLiteralType).value);
}

/** Call sites by the function they call: how a parameter is traced back to what callers pass. */
export function callSites(program: ts.Program): Map<ts.Node, ts.CallExpression[]> {
  const checker = program.getTypeChecker();
  const sites = new Map<ts.Node, ts.CallExpression[]>();
  for (const file of ownFiles(program)) {
    walk(file, (node) => {
      if (!ts.isCallExpression(node)) return;
      const declaration = checker.getResolvedSignature(node)?.declaration;
      if (declaration && !ts.isJSDocSignature(declaration)) sites.set(declaration, [...(sites.get(declaration) ?? []), node]);
    });
  }
  return sites;
}
