import ts from 'typescript';
import { bare, callSites, ownFiles, walk, where } from './program';

/**
 * Text a person sees that is not a word to translate: symbols, key names, the product's name. Everything else with a
 * letter in it that reaches the screen must come from `t()`.
 */
export const allowedLiterals = new Set(['·', '×', '?', '+ / −', 'Esc', 'Tab', 'T', 'Clearpage']);

const textProperties = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel', 'alt', 'ariaDescription', 'label']);
const textAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext']);
const childMethods = new Set(['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren', 'createTextNode']);
const dialogs = new Set(['alert', 'confirm', 'prompt']);

export interface Literal { text: string; at: string }

/**
 * String literals that reach the screen: assigned to textContent, innerText, title, placeholder, aria-label (as a
 * property, an object-literal property or setAttribute), passed to alert/confirm/prompt, to `el(tag, props, ...children)`
 * or append() and its kin. Followed back through consts, parameters (to what every caller passes), destructured
 * `for…of` lists, ternaries, `||`/`??` and template literals. Calls (`t()`, formatters) end the trail. Also the text
 * between tags of markup written as a string or template.
 */
export function uiLiterals(program: ts.Program): Literal[] {
  const checker = program.getTypeChecker();
  const sites = callSites(program);
  const found = new Map<ts.Node, Literal>();

  const arraysOf = (expr: ts.Expression, seen: Set<ts.Node>): ts.ArrayLiteralExpression[] => {
    const node = bare(expr);
    if (ts.isArrayLiteralExpression(node)) return [node];
    if (!ts.isIdentifier(node)) return [];
    return sourcesOf(node, seen).flatMap((source) => arraysOf(source, seen));
  };

  /** The expressions an identifier's value comes from. */
  const sourcesOf = (id: ts.Identifier, seen: Set<ts.Node>): ts.Expression[] => {
    const symbol = checker.getSymbolAtLocation(id);
    const declaration = (symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)?.valueDeclaration;
    if (!declaration || seen.has(declaration)) return [];
    seen.add(declaration);
    if (ts.isVariableDeclaration(declaration) && declaration.initializer && !ts.isForOfStatement(declaration.parent.parent)) return [declaration.initializer];
    if (ts.isParameter(declaration)) {
      const fn = declaration.parent;
      const index = fn.parameters.indexOf(declaration);
      const passed = (sites.get(fn) ?? []).flatMap((call) => declaration.dotDotDotToken ? call.arguments.slice(index) : call.arguments.slice(index, index + 1));
      return declaration.initializer ? [...passed, declaration.initializer] : passed;
    }
    // `for (const [text, action] of items)`: element `text` of every tuple in the lists `items` comes from.
    if (ts.isBindingElement(declaration) && ts.isArrayBindingPattern(declaration.parent)) {
      const index = declaration.parent.elements.indexOf(declaration);
      const holder = declaration.parent.parent;
      const list = ts.isVariableDeclaration(holder) && ts.isForOfStatement(holder.parent.parent) ? holder.parent.parent.expression : undefined;
      if (!list) return [];
      return arraysOf(list, seen).flatMap((array) => array.elements).map((item) => bare(item))
        .flatMap((item) => ts.isArrayLiteralExpression(item) && item.elements[index] ? [item.elements[index]!] : []);
    }
    if (ts.isPropertyAssignment(declaration)) return [declaration.initializer];
    return [];
  };

  const trace = (expr: ts.Expression, seen: Set<ts.Node>): void => {
    const node = bare(expr);
    if (ts.isStringLiteralLike(node)) {
      if (/\p{L}/u.test(node.text) && !allowedLiterals.has(node.text.trim())) found.set(node, { text: node.text, at: where(node) });
    } else if (ts.isTemplateExpression(node)) {
      const texts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (texts.some((text) => /\p{L}/u.test(text) && !allowedLiterals.has(text.trim()))) found.set(node, { text: node.getText(), at: where(node) });
      for (const span of node.templateSpans) trace(span.expression, seen);
    } else if (ts.isConditionalExpression(node)) {
      trace(node.whenTrue, seen);
      trace(node.whenFalse, seen);
    } else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
      trace(node.left, seen);
      trace(node.right, seen);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      trace(node.right, seen);
    } else if (ts.isSpreadElement(node)) {
      trace(node.expression, seen);
    } else if (ts.isArrayLiteralExpression(node)) {
      for (const item of node.elements) trace(item, seen);
    } else if (ts.isIdentifier(node)) {
      for (const source of sourcesOf(node, seen)) trace(source, seen);
    } else if (ts.isPropertyAccessExpression(node)) {
      const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
      if (declaration && ts.isPropertyAssignment(declaration) && !seen.has(declaration)) {
        seen.add(declaration);
        trace(declaration.initializer, seen);
      }
    }
  };
  const sink = (expr: ts.Expression | undefined) => { if (expr) trace(expr, new Set()); };
  const nameOf = (node: ts.Node) => ts.isIdentifier(node) || ts.isPrivateIdentifier(node) || ts.isStringLiteral(node) ? node.text : '';

  // Markup written as a template (the saved HTML file): its text between tags is on the screen too.
  const markupText = (node: ts.StringLiteralLike | ts.TemplateExpression) => {
    const parts = ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)] : [node.text];
    const whole = parts.join('\u0000');
    if (!/<\/?[a-z][a-z0-9-]*[\s>/]/i.test(whole)) return;
    const runs = whole.replace(/<!--[\s\S]*?-->|<[^>]*>/g, '\u0000').split('\u0000').map((run) => run.trim());
    const words = runs.filter((run) => /\p{L}/u.test(run) && !allowedLiterals.has(run));
    if (words.length) found.set(node, { text: words.join(' | '), at: where(node) });
  };

  // A <style>'s text is CSS, not words.
  const isStyleElement = (expr: ts.Expression) => checker.getTypeAtLocation(expr).getSymbol()?.name === 'HTMLStyleElement';

  for (const file of ownFiles(program)) {
    walk(file, (node) => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) markupText(node);
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)
        && textProperties.has(node.left.name.text) && !isStyleElement(node.left.expression)) sink(node.right);
      else if (ts.isPropertyAssignment(node) && textProperties.has(nameOf(node.name))) sink(node.initializer);
      else if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
        const [first, second] = node.arguments;
        if (method === 'setAttribute' && first && ts.isStringLiteralLike(first) && textAttributes.has(first.text)) sink(second);
        else if (method === 'insertAdjacentText') sink(second);
        else if (dialogs.has(method) || childMethods.has(method)) node.arguments.forEach(sink);
        else if (method === 'el' && ts.isIdentifier(callee)) node.arguments.slice(2).forEach(sink);
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Text') node.arguments?.forEach(sink);
    });
  }
  return [...found.values()];
}
