import ts from 'typescript';
import { bare, literalValues, ownFiles, walk, where } from './program';

export interface KeyUse { key: string; at: string }
export interface KeyReport {
  used: KeyUse[];
  /** Expressions that reach a message key without a value this can name: a cast from `string`, `any`… */
  unresolved: string[];
  /** `t('key', …)` calls: the key and how many substitutions they pass. */
  calls: { key: string; substitutions: number; at: string }[];
}

/**
 * Every message key the code uses, however it is written: literals wherever a `MessageKey` is expected (`t('x')`,
 * `[string, MessageKey][]`, `Record<…, MessageKey>`, ternaries, return values), values of literal-union types
 * (`t(key)` with `key: keyof typeof ranges`), and casts to `MessageKey` resolved against their known value lists
 * (a template like `${key}_${value}` over a `for…of` of a const object, or guarded by `[…].includes(x)`).
 */
export function messageKeys(program: ts.Program): KeyReport {
  const checker = program.getTypeChecker();
  const report: KeyReport = { used: [], unresolved: [], calls: [] };
  const alias = ownFiles(program).flatMap((file) => file.statements)
    .find((node): node is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(node) && node.name.text === 'MessageKey');
  if (!alias) throw new Error('no MessageKey type');
  const keyType = checker.getTypeAtLocation(alias.name);
  const keys = literalValues(keyType) ?? [];
  /** A type every key fits (MessageKey, MessageKey | null…): a place that expects a key. Literal types are compared
   * by value: a fresh 'x' and the 'x' of MessageKey are two type objects. */
  const expectsKey = (type: ts.Type | undefined) => {
    if (!type) return false;
    const values = new Set((type.isUnion() ? type.types : [type]).filter((part) => part.isStringLiteral()).map((part) => (part as ts.StringLiteralType).value));
    return keys.every((key) => values.has(key));
  };
  const isKeyCast = (node: ts.Node): node is ts.AsExpression | ts.TypeAssertion =>
    (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && expectsKey(checker.getTypeFromTypeNode(node.type));

  const values = (node: ts.Expression, guards: ts.Expression[]): string[] | null => {
    const expr = bare(node);
    if (ts.isStringLiteralLike(expr)) return [expr.text];
    if (expr.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expr) && expr.text === 'undefined')) return [];
    if (ts.isConditionalExpression(expr)) {
      const yes = values(expr.whenTrue, [...guards, expr.condition]);
      const no = values(expr.whenFalse, guards);
      return yes && no ? [...yes, ...no] : null;
    }
    if (ts.isTemplateExpression(expr)) return templateValues(expr, guards);
    // The data-i18n attributes of the extension's pages, read back by localizePage: collected from the HTML.
    if (ts.isPropertyAccessExpression(expr) && /^i18n(Label)?$/.test(expr.name.text) && /\.dataset$/.test(expr.expression.getText())) return [];
    // Already a MessageKey: its values were found where they were written.
    const type = checker.getTypeAtLocation(expr);
    return expectsKey(type) ? [] : literalValues(type);
  };

  /** The values a template's identifier can take where it is used. */
  const spanValues = (expr: ts.Expression, guards: ts.Expression[], chosen: Map<string, string>): string[] | null => {
    if (ts.isIdentifier(expr)) {
      // `[…].includes(x) ? `…${x}` : …`: only the listed values reach the template.
      for (const guard of guards) {
        const call = bare(guard);
        if (ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'includes'
          && ts.isArrayLiteralExpression(bare(call.expression.expression)) && call.arguments[0]?.getText() === expr.text) {
          const list = (bare(call.expression.expression) as ts.ArrayLiteralExpression).elements.map((item) => ts.isStringLiteralLike(item) ? item.text : null);
          if (list.every((item) => item !== null)) return list as string[];
        }
      }
      // `for (const value of table[key])` over a const object of string lists: the list of the key chosen.
      const declaration = checker.getSymbolAtLocation(expr)?.valueDeclaration;
      const loop = declaration && ts.isVariableDeclaration(declaration) ? declaration.parent.parent : undefined;
      if (loop && ts.isForOfStatement(loop) && ts.isElementAccessExpression(loop.expression) && ts.isIdentifier(loop.expression.argumentExpression)) {
        const key = chosen.get(loop.expression.argumentExpression.text);
        const symbol = checker.getSymbolAtLocation(loop.expression.expression);
        const table = (symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)?.valueDeclaration;
        const init = table && ts.isVariableDeclaration(table) && table.initializer ? bare(table.initializer) : undefined;
        if (key !== undefined && init && ts.isObjectLiteralExpression(init)) {
          const entry = init.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText().replace(/['"]/g, '') === key) as ts.PropertyAssignment | undefined;
          const list = entry && bare(entry.initializer);
          if (list && ts.isArrayLiteralExpression(list) && list.elements.every(ts.isStringLiteralLike)) return list.elements.map((item) => (item as ts.StringLiteral).text);
        }
      }
    }
    return literalValues(checker.getTypeAtLocation(expr));
  };

  const templateValues = (expr: ts.TemplateExpression, guards: ts.Expression[]): string[] | null => {
    let partial: { text: string; chosen: Map<string, string> }[] = [{ text: expr.head.text, chosen: new Map() }];
    for (const span of expr.templateSpans) {
      const next: typeof partial = [];
      for (const { text, chosen } of partial) {
        const options = spanValues(span.expression, guards, chosen);
        if (!options) return null;
        for (const option of options) {
          const picked = new Map(chosen);
          if (ts.isIdentifier(span.expression)) picked.set(span.expression.text, option);
          next.push({ text: text + option + span.literal.text, chosen: picked });
        }
      }
      partial = next;
    }
    return partial.map((item) => item.text);
  };

  const take = (node: ts.Expression) => {
    const found = values(node, []);
    if (found) for (const key of found) report.used.push({ key, at: where(node) });
    else report.unresolved.push(`${where(node)}: ${node.getText()}`);
  };

  for (const file of ownFiles(program)) {
    walk(file, (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't' && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
        report.calls.push({ key: node.arguments[0].text, substitutions: node.arguments.length - 1, at: where(node) });
      }
      // A cast to MessageKey anywhere: the one way a value the checker cannot vouch for becomes a key.
      if (isKeyCast(node)) {
        take(node.expression);
        return false;
      }
      // Property names ('call-to-action': …) are not values.
      if (node.parent && ts.isPropertyAssignment(node.parent) && node.parent.name === node) return;
      if (!ts.isExpression(node) || ts.isParenthesizedExpression(node) || !expectsKey(checker.getContextualType(node))) return;
      const own = checker.getTypeAtLocation(node);
      // A value already typed MessageKey came from literals (or a cast) found where they were written: look inside.
      if (!ts.isStringLiteralLike(node) && expectsKey(own)) return;
      take(node);
      return false;
    });
  }
  return report;
}
