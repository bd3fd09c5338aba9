// Discount predicates ("Cart predicates" of Cart Discounts, Discount Codes and Shipping Methods,
// "LineItem target predicates" of Cart Discount targets): parsing, validation of the field
// identifiers this backend knows, and evaluation.
//
// Syntax: comparisons `=`, `!=`, `<>`, `>`, `>=`, `<`, `<=`; `in (...)`, `not in (...)`;
// `contains`, `contains any (...)`, `contains all (...)`; `is defined`, `is not defined`,
// `is empty`, `is not empty`; `and`, `or`, `not (...)`, parentheses; string ("..."), number,
// boolean and money ("10.00 USD") literals; functions such as `lineItemTotal(<predicate>)`.
// Keywords are case-insensitive. `1 = 1` is the always-true predicate.

import { parseMoneyString } from './amounts';

export type MoneyValue = { currencyCode: string; centAmount: number };
export type Value = string | number | boolean | MoneyValue | Value[] | undefined;

type Literal = string | number | boolean;

type Operand =
  | { kind: 'literal'; value: Literal }
  | { kind: 'path'; path: string[] }
  | { kind: 'call'; name: string; arg: PredicateNode };

export type PredicateNode =
  | { kind: 'and' | 'or'; items: PredicateNode[] }
  | { kind: 'not'; item: PredicateNode }
  | { kind: 'compare'; op: '=' | '!=' | '>' | '>=' | '<' | '<='; left: Operand; right: Operand }
  | { kind: 'in'; negate: boolean; left: Operand; values: Literal[] }
  | { kind: 'contains'; mode: 'one' | 'any' | 'all'; left: Operand; values: Literal[] }
  | { kind: 'is'; what: 'defined' | 'empty'; negate: boolean; left: Operand }
  | { kind: 'test'; operand: Operand };

export class PredicateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PredicateError';
  }
}

type Token =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'ident'; v: string }
  | { t: 'op'; v: string }
  | { t: 'punct'; v: '(' | ')' | ',' | '.' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '"' || ch === "'") {
      let value = '';
      i += 1;
      while (i < text.length && text[i] !== ch) {
        if (text[i] === '\\' && i + 1 < text.length) i += 1;
        value += text[i];
        i += 1;
      }
      if (i >= text.length) throw new PredicateError('unterminated string literal');
      i += 1;
      tokens.push({ t: 'str', v: value });
    } else if (/[0-9]/.test(ch) || (ch === '-' && /[0-9]/.test(text[i + 1] ?? ''))) {
      const match = /^-?\d+(\.\d+)?/.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'num', v: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'ident', v: match[0] });
      i += match[0].length;
    } else if ('(),.'.includes(ch)) {
      tokens.push({ t: 'punct', v: ch as '(' | ')' | ',' | '.' });
      i += 1;
    } else {
      const match = /^(!=|<>|>=|<=|=|>|<)/.exec(text.slice(i));
      if (!match) throw new PredicateError(`unexpected character '${ch}' at position ${i}`);
      tokens.push({ t: 'op', v: match[0] === '<>' ? '!=' : match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }

  private isKeyword(token: Token | undefined, word: string): boolean {
    return token?.t === 'ident' && token.v.toLowerCase() === word;
  }

  private isPunct(token: Token | undefined, p: string): boolean {
    return token?.t === 'punct' && token.v === p;
  }

  private expectPunct(p: string): void {
    if (!this.isPunct(this.peek(), p)) throw new PredicateError(`expected '${p}'${this.where()}`);
    this.pos += 1;
  }

  private where(): string {
    const token = this.peek();
    return token ? ` near '${String(token.v)}'` : ' at the end';
  }

  parse(): PredicateNode {
    const node = this.parseOr();
    if (this.pos < this.tokens.length) throw new PredicateError(`unexpected input${this.where()}`);
    return node;
  }

  parseOr(): PredicateNode {
    const items = [this.parseAnd()];
    while (this.isKeyword(this.peek(), 'or')) {
      this.pos += 1;
      items.push(this.parseAnd());
    }
    return items.length === 1 ? (items[0] as PredicateNode) : { kind: 'or', items };
  }

  private parseAnd(): PredicateNode {
    const items = [this.parseUnary()];
    while (this.isKeyword(this.peek(), 'and')) {
      this.pos += 1;
      items.push(this.parseUnary());
    }
    return items.length === 1 ? (items[0] as PredicateNode) : { kind: 'and', items };
  }

  private parseUnary(): PredicateNode {
    if (this.isKeyword(this.peek(), 'not')) {
      this.pos += 1;
      return { kind: 'not', item: this.parseUnary() };
    }
    if (this.isPunct(this.peek(), '(')) {
      this.pos += 1;
      const inner = this.parseOr();
      this.expectPunct(')');
      return inner;
    }
    return this.parseCondition();
  }

  private parseCondition(): PredicateNode {
    const left = this.parseOperand();
    const next = this.peek();
    if (next?.t === 'op') {
      this.pos += 1;
      const right = this.parseOperand();
      return { kind: 'compare', op: next.v as '=', left, right };
    }
    if (this.isKeyword(next, 'in')) {
      this.pos += 1;
      return { kind: 'in', negate: false, left, values: this.parseList() };
    }
    if (this.isKeyword(next, 'not') && this.isKeyword(this.peek(1), 'in')) {
      this.pos += 2;
      return { kind: 'in', negate: true, left, values: this.parseList() };
    }
    if (this.isKeyword(next, 'contains')) {
      this.pos += 1;
      if (this.isKeyword(this.peek(), 'any') || this.isKeyword(this.peek(), 'all')) {
        const mode = (this.peek() as { v: string }).v.toLowerCase() as 'any' | 'all';
        this.pos += 1;
        return { kind: 'contains', mode, left, values: this.parseList() };
      }
      return { kind: 'contains', mode: 'one', left, values: [this.parseLiteral()] };
    }
    if (this.isKeyword(next, 'is')) {
      this.pos += 1;
      let negate = false;
      if (this.isKeyword(this.peek(), 'not')) {
        negate = true;
        this.pos += 1;
      }
      if (this.isKeyword(this.peek(), 'defined') || this.isKeyword(this.peek(), 'empty')) {
        const what = (this.peek() as { v: string }).v.toLowerCase() as 'defined' | 'empty';
        this.pos += 1;
        return { kind: 'is', what, negate, left };
      }
      throw new PredicateError(`expected 'defined' or 'empty'${this.where()}`);
    }
    return { kind: 'test', operand: left };
  }

  private parseList(): Literal[] {
    this.expectPunct('(');
    const values = [this.parseLiteral()];
    while (this.isPunct(this.peek(), ',')) {
      this.pos += 1;
      values.push(this.parseLiteral());
    }
    this.expectPunct(')');
    return values;
  }

  private parseLiteral(): Literal {
    const token = this.peek();
    if (token?.t === 'str' || token?.t === 'num') {
      this.pos += 1;
      return token.v;
    }
    if (this.isKeyword(token, 'true') || this.isKeyword(token, 'false')) {
      this.pos += 1;
      return (token as { v: string }).v.toLowerCase() === 'true';
    }
    throw new PredicateError(`expected a value${this.where()}`);
  }

  private parseOperand(): Operand {
    const token = this.peek();
    if (!token) throw new PredicateError('unexpected end of predicate');
    if (token.t === 'str' || token.t === 'num') {
      this.pos += 1;
      return { kind: 'literal', value: token.v };
    }
    if (token.t === 'ident') {
      const word = token.v.toLowerCase();
      if (word === 'true' || word === 'false') {
        this.pos += 1;
        return { kind: 'literal', value: word === 'true' };
      }
      this.pos += 1;
      if (this.isPunct(this.peek(), '(')) {
        this.pos += 1;
        const arg: PredicateNode = this.isPunct(this.peek(), ')') ? { kind: 'test', operand: { kind: 'literal', value: true } } : this.parseOr();
        this.expectPunct(')');
        return { kind: 'call', name: token.v, arg };
      }
      const path = [token.v];
      while (this.isPunct(this.peek(), '.')) {
        this.pos += 1;
        const part = this.peek();
        if (part?.t === 'ident') path.push(part.v);
        else if (part?.t === 'num' && Number.isInteger(part.v) && part.v >= 0) path.push(String(part.v));
        else throw new PredicateError(`expected a field name after '.'${this.where()}`);
        this.pos += 1;
      }
      return { kind: 'path', path };
    }
    throw new PredicateError(`expected a field or a value${this.where()}`);
  }
}

const parsed = new Map<string, PredicateNode>();

/** The predicate's syntax tree; throws PredicateError on a syntax error. Cached per text. */
export function parsePredicate(text: string): PredicateNode {
  let node = parsed.get(text);
  if (!node) {
    if (text.trim() === '') throw new PredicateError('the predicate is empty');
    node = new Parser(tokenize(text)).parse();
    parsed.set(text, node);
  }
  return node;
}

/** What a predicate is evaluated against: field identifiers and functions of one context. */
export type PredicateScope = {
  /** The value of a field identifier; undefined when the field has no value. */
  field(path: readonly string[]): Value;
  /** The value of a function such as lineItemTotal(<predicate>). */
  call(name: string, arg: PredicateNode): Value;
};

/** Which identifiers and functions a context knows (for validation when a predicate is stored). */
export type PredicateVocabulary = {
  knowsField(path: readonly string[]): boolean;
  /** The vocabulary of the function's argument predicate, or undefined for an unknown function. */
  functionArgument(name: string): PredicateVocabulary | undefined;
};

function operands(node: PredicateNode): Operand[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.flatMap(operands);
    case 'not':
      return operands(node.item);
    case 'compare':
      return [node.left, node.right];
    case 'test':
      return [node.operand];
    default:
      return [node.left];
  }
}

/** Throws PredicateError when the predicate names a field or function the context does not know. */
export function validatePredicate(text: string, vocabulary: PredicateVocabulary): void {
  const check = (node: PredicateNode, vocab: PredicateVocabulary) => {
    for (const operand of operands(node)) {
      if (operand.kind === 'path' && !vocab.knowsField(operand.path)) {
        throw new PredicateError(`unknown field identifier '${operand.path.join('.')}'`);
      }
      if (operand.kind === 'call') {
        const inner = vocab.functionArgument(operand.name);
        if (!inner) throw new PredicateError(`unknown function '${operand.name}'`);
        check(operand.arg, inner);
      }
    }
  };
  check(parsePredicate(text), vocabulary);
}

function isMoney(value: Value): value is MoneyValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'centAmount' in value;
}

function operandValue(operand: Operand, scope: PredicateScope): Value {
  switch (operand.kind) {
    case 'literal':
      return operand.value;
    case 'path':
      return scope.field(operand.path);
    case 'call':
      return scope.call(operand.name, operand.arg);
  }
}

/** Literal strings compared with money are money strings ("10.00 USD"). */
function coerce(value: Value, other: Value): Value {
  if (typeof value === 'string' && isMoney(other)) return parseMoneyString(value) ?? value;
  return value;
}

function compareScalars(op: string, a: Value, b: Value): boolean {
  if (a === undefined || b === undefined) return false;
  a = coerce(a, b);
  b = coerce(b, a);
  let order: number;
  if (isMoney(a) && isMoney(b)) {
    if (a.currencyCode !== b.currencyCode) return false;
    order = a.centAmount - b.centAmount;
  } else if (typeof a === 'number' && typeof b === 'number') {
    order = a - b;
  } else if (typeof a === 'string' && typeof b === 'string') {
    order = a < b ? -1 : a > b ? 1 : 0;
  } else if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op !== '=' && op !== '!=') return false;
    order = a === b ? 0 : 1;
  } else {
    return false;
  }
  switch (op) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '<':
      return order < 0;
    default:
      return order <= 0;
  }
}

function equalsLiteral(value: Value, literal: Literal): boolean {
  return compareScalars('=', value, literal);
}

function isEmpty(value: Value): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Evaluates a predicate against a scope. Fields without a value make comparisons false. */
export function evaluate(node: PredicateNode, scope: PredicateScope): boolean {
  switch (node.kind) {
    case 'and':
      return node.items.every((item) => evaluate(item, scope));
    case 'or':
      return node.items.some((item) => evaluate(item, scope));
    case 'not':
      return !evaluate(node.item, scope);
    case 'test':
      return operandValue(node.operand, scope) === true;
    case 'compare': {
      const left = operandValue(node.left, scope);
      const right = operandValue(node.right, scope);
      if (Array.isArray(left)) {
        const any = left.some((v) => compareScalars(node.op === '!=' ? '=' : node.op, v, right));
        return node.op === '!=' ? !any : any;
      }
      return compareScalars(node.op, left, right);
    }
    case 'in': {
      const left = operandValue(node.left, scope);
      const values = Array.isArray(left) ? left : [left];
      const found = values.some((v) => node.values.some((literal) => equalsLiteral(v, literal)));
      if (left === undefined) return false;
      return node.negate ? !found : found;
    }
    case 'contains': {
      const left = operandValue(node.left, scope);
      const values = Array.isArray(left) ? left : left === undefined ? [] : [left];
      const has = (literal: Literal) => values.some((v) => equalsLiteral(v, literal));
      return node.mode === 'all' ? node.values.every(has) : node.values.some(has);
    }
    case 'is': {
      const value = operandValue(node.left, scope);
      const result = node.what === 'defined' ? value !== undefined : isEmpty(value);
      return node.negate ? !result : result;
    }
  }
}

export function evaluatePredicate(text: string, scope: PredicateScope): boolean {
  return evaluate(parsePredicate(text), scope);
}
