// A small interpreter for the subset of Go that rule-test files are written in: package-level
// vars and funcs, string/slice/map/struct literals, `+` concatenation, append, range loops, if,
// and calls the caller supplies (fmt.Sprintf, base64, the rule helpers). Anything else evaluates
// to OPAQUE, and using an OPAQUE value as text throws, so the caller can count what it skipped.

export const OPAQUE = Symbol('opaque');

// ---------- lexer (with Go's automatic semicolons) ----------
function unescapeGo(body) {
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{3}|.)/gs, (_, e) => {
    switch (e[0]) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'a': return '\x07';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'x': return String.fromCharCode(parseInt(e.slice(1), 16));
      case 'u': case 'U': return String.fromCodePoint(parseInt(e.slice(1), 16));
      default:
        if (/^[0-7]{3}$/.test(e)) return String.fromCharCode(parseInt(e, 8));
        return e;
    }
  });
}

export function lex(src) {
  const out = [];
  let i = 0;
  const needsSemi = () => {
    const t = out[out.length - 1];
    if (!t) return false;
    if (t.t === 'ident' || t.t === 'str' || t.t === 'num') return !['package', 'import', 'var', 'const', 'func', 'type', 'if', 'for', 'range', 'else', 'switch', 'case', 'default', 'go', 'map', 'struct', 'chan', 'interface'].includes(t.v) || ['return', 'break', 'continue'].includes(t.v);
    return t.t === 'op' && [')', ']', '}', '++', '--'].includes(t.v);
  };
  const ops = ['...', '<<=', '>>=', '&^=', ':=', '==', '!=', '<=', '>=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '|=', '&=', '<-', '<<', '>>'];
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      if (needsSemi()) out.push({ t: 'op', v: ';', auto: true });
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (src.startsWith('//', i)) { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      if (src.slice(i, end).includes('\n') && needsSemi()) out.push({ t: 'op', v: ';', auto: true });
      i = end + 2;
      continue;
    }
    if (c === '`') {
      const end = src.indexOf('`', i + 1);
      out.push({ t: 'str', v: src.slice(i + 1, end).replace(/\r/g, '') });
      i = end + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out.push({ t: 'str', v: unescapeGo(src.slice(i + 1, j)) });
      i = j + 1;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      while (src[j] !== "'") j += src[j] === '\\' ? 2 : 1;
      out.push({ t: 'num', v: unescapeGo(src.slice(i + 1, j)).codePointAt(0) });
      i = j + 1;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^(0x[0-9a-fA-F_]+|[0-9_]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)/.exec(src.slice(i));
      out.push({ t: 'num', v: Number(m[0].replace(/_/g, '')) });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_0-9]+/.exec(src.slice(i));
      out.push({ t: 'ident', v: m[0] });
      i += m[0].length;
      continue;
    }
    const op = ops.find((o) => src.startsWith(o, i)) ?? c;
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  if (needsSemi()) out.push({ t: 'op', v: ';', auto: true });
  return out;
}

// ---------- parser ----------
export function parseFile(src) {
  const toks = lex(src);
  let p = 0;
  const peek = (k = 0) => toks[p + k] ?? { t: 'eof', v: '' };
  const is = (v, k = 0) => peek(k).t === 'op' && peek(k).v === v;
  const isKw = (v) => peek().t === 'ident' && peek().v === v;
  const next = () => toks[p++];
  const expect = (v) => {
    const t = next();
    if (!t || t.v !== v) throw new Error(`expected ${v}, got ${t?.v} near token ${p}`);
    return t;
  };
  const skipSemis = () => { while (is(';')) p++; };

  // Types are parsed only to be skipped (and to recognise composite literals).
  const parseType = () => {
    if (is('[')) {
      next();
      if (!is(']')) { if (is('...')) next(); else parseExpr(); }
      expect(']');
      return { type: 'slice', elem: parseType() };
    }
    if (is('*')) { next(); return parseType(); }
    if (isKw('map')) {
      next(); expect('['); parseType(); expect(']');
      return { type: 'map', elem: parseType() };
    }
    if (isKw('struct')) {
      next(); expect('{');
      let depth = 1;
      while (depth) { const t = next(); if (t.v === '{') depth++; if (t.v === '}') depth--; }
      return { type: 'struct' };
    }
    if (isKw('interface')) { next(); expect('{'); expect('}'); return { type: 'any' }; }
    if (isKw('func')) { next(); skipParens(); if (!is('{') && !is(';') && !is(',') && !is(')')) parseType(); return { type: 'func' }; }
    const t = next();
    if (t.t !== 'ident') throw new Error(`type expected, got ${t.v}`);
    let name = t.v;
    if (is('.')) { next(); name += '.' + next().v; }
    return { type: 'named', name };
  };
  const skipParens = () => {
    expect('(');
    let depth = 1;
    while (depth) { const t = next(); if (t.v === '(') depth++; if (t.v === ')') depth--; }
  };
  const parseParams = () => {
    expect('(');
    const names = [];
    while (!is(')')) {
      const name = next().v;
      if (is(',')) { next(); names.push(name); continue; }
      if (is(')')) { names.push(name); break; }
      if (is('...')) { next(); names.variadic = true; }
      parseType();
      names.push(name);
      if (is(',')) next();
    }
    expect(')');
    return names;
  };

  const parseCompositeBody = (type) => {
    expect('{');
    const elems = [];
    while (!is('}')) {
      skipSemis();
      if (is('}')) break;
      let key = null;
      let value = is('{') ? parseCompositeBody(type.elem ?? { type: 'any' }) : parseExpr();
      if (is(':')) {
        next();
        key = value;
        value = is('{') ? parseCompositeBody(type.elem ?? { type: 'any' }) : parseExpr();
      }
      elems.push({ key, value });
      if (is(',')) next();
      skipSemis();
    }
    expect('}');
    return { k: 'composite', type, elems };
  };

  let noLit = 0;
  const parsePrimary = () => {
    const t = peek();
    let e;
    if (t.t === 'str' || t.t === 'num') { next(); e = { k: 'lit', v: t.v }; }
    else if (is('(')) { next(); noLit++; const save = noLit; noLit = 0; e = parseExpr(); noLit = save - 1; expect(')'); }
    else if (is('[') || isKw('map') || isKw('struct')) {
      const type = parseType();
      if (is('{')) e = parseCompositeBody(type);
      else if (is('(')) { next(); const arg = parseExpr(); expect(')'); e = { k: 'conv', type, arg }; }
      else throw new Error('type without literal');
    } else if (isKw('func')) {
      next();
      const params = parseParams();
      if (!is('{')) parseType();
      e = { k: 'funclit', params, body: parseBlock() };
    } else if (t.t === 'ident') { next(); e = { k: 'ident', name: t.v }; }
    else throw new Error(`unexpected ${t.v}`);
    for (;;) {
      if (is('.')) {
        next();
        if (is('(')) { next(); parseType(); expect(')'); e = { k: 'assert', x: e }; continue; }
        e = { k: 'sel', x: e, name: next().v };
      } else if (is('(')) {
        next();
        const args = [];
        let spread = false;
        const takesType = e.k === 'ident' && (e.name === 'make' || e.name === 'new');
        while (!is(')')) {
          skipSemis();
          args.push(takesType && !args.length ? { k: 'typeexpr', type: parseType() } : parseExpr());
          if (is('...')) { next(); spread = true; }
          if (is(',')) next();
          skipSemis();
        }
        expect(')');
        e = { k: 'call', fn: e, args, spread };
      } else if (is('[')) {
        next();
        let lo = null;
        if (!is(':')) lo = parseExpr();
        if (is(':')) {
          next();
          const hi = is(']') ? null : parseExpr();
          expect(']');
          e = { k: 'slice', x: e, lo, hi };
        } else { expect(']'); e = { k: 'index', x: e, i: lo }; }
      } else if (is('{') && !noLit && (e.k === 'ident' || e.k === 'sel') && /^[A-Z]|^[a-z]/.test(e.name)) {
        e = parseCompositeBody({ type: 'named', name: e.name });
      } else break;
    }
    return e;
  };
  const parseUnary = () => {
    if (is('&') || is('-') || is('!') || is('*') || is('+') || is('^')) {
      const op = next().v;
      return { k: 'unary', op, x: parseUnary() };
    }
    return parsePrimary();
  };
  const prec = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 3, '<=': 3, '>': 3, '>=': 3, '+': 4, '-': 4, '|': 4, '^': 4, '*': 5, '/': 5, '%': 5, '<<': 5, '>>': 5, '&': 5, '&^': 5 };
  const parseBinary = (min) => {
    let left = parseUnary();
    while (peek().t === 'op' && prec[peek().v] >= min) {
      const op = next().v;
      skipSemis();
      const right = parseBinary(prec[op] + 1);
      left = { k: 'bin', op, l: left, r: right };
    }
    return left;
  };
  const parseExpr = () => parseBinary(1);
  const parseExprList = () => {
    const list = [parseExpr()];
    while (is(',')) { next(); list.push(parseExpr()); }
    return list;
  };

  const parseSimple = () => {
    const lhs = parseExprList();
    if (is(':=') || is('=') || is('+=')) {
      const op = next().v;
      if (isKw('range')) { next(); return { k: 'range', vars: lhs, x: parseExpr() }; }
      return { k: 'assign', op, lhs, rhs: parseExprList() };
    }
    if (is('++') || is('--')) { next(); return { k: 'expr', x: lhs[0] }; }
    return { k: 'expr', x: lhs[0] };
  };
  const parseStmt = () => {
    if (isKw('return')) { next(); if (is(';') || is('}')) return { k: 'return', xs: [] }; return { k: 'return', xs: parseExprList() }; }
    if (isKw('var') || isKw('const')) { next(); return { k: 'vars', body: parseVarSpecs() }; }
    if (isKw('if')) {
      next(); noLit++;
      let init = null;
      let cond = parseSimple();
      if (is(';')) { next(); init = cond; cond = parseSimple(); }
      noLit--;
      const then = parseBlock();
      let els = null;
      if (isKw('else')) { next(); els = isKw('if') ? { k: 'block', body: [parseStmt()] } : parseBlock(); }
      return { k: 'if', init, cond: cond.x, then, els };
    }
    if (isKw('for')) {
      next(); noLit++;
      let header;
      if (is('{')) header = { k: 'forever' };
      else if (isKw('range')) { next(); header = { k: 'range', vars: [], x: parseExpr() }; }
      else {
        const first = is(';') ? null : parseSimple();
        if (first?.k === 'range') header = first;
        else if (is(';')) {
          next();
          const cond = is(';') ? null : parseExpr();
          expect(';');
          const post = is('{') ? null : parseSimple();
          header = { k: 'cfor', init: first, cond, post };
        } else header = { k: 'cfor', init: null, cond: first.x, post: null };
      }
      noLit--;
      return { k: 'for', header, body: parseBlock() };
    }
    if (is('{')) return parseBlock();
    if (isKw('break') || isKw('continue')) return { k: next().v };
    return parseSimple();
  };
  const parseBlock = () => {
    expect('{');
    const body = [];
    skipSemis();
    while (!is('}')) { body.push(parseStmt()); skipSemis(); }
    expect('}');
    return { k: 'block', body };
  };
  const parseVarSpec = () => {
    const names = [next().v];
    while (is(',')) { next(); names.push(next().v); }
    let type = null;
    if (!is('=') && !is(';') && !is(')')) type = parseType();
    let values = null;
    if (is('=')) { next(); values = parseExprList(); }
    return { k: 'var', names, type, values };
  };
  const parseVarSpecs = () => {
    if (is('(')) {
      next(); skipSemis();
      const specs = [];
      while (!is(')')) { specs.push(parseVarSpec()); skipSemis(); }
      expect(')');
      return specs;
    }
    return [parseVarSpec()];
  };

  const decls = { vars: [], funcs: [] };
  skipSemis();
  while (peek().t !== 'eof') {
    const kw = next().v;
    if (kw === 'package') next();
    else if (kw === 'import') { if (is('(')) skipParens(); else next(); }
    else if (kw === 'var' || kw === 'const') decls.vars.push(...parseVarSpecs());
    else if (kw === 'type') { next(); parseType(); }
    else if (kw === 'func') {
      if (is('(')) skipParens(); // methods are not used by rule files
      const name = next().v;
      const params = parseParams();
      if (!is('{')) { if (is('(')) skipParens(); else parseType(); }
      decls.funcs.push({ name, params, body: parseBlock() });
    } else throw new Error(`top-level ${kw}`);
    skipSemis();
  }
  return decls;
}

// ---------- evaluator ----------
class Return { constructor(v) { this.v = v; } }
class Break {}
class Continue {}

export class Package {
  constructor(builtins) {
    this.builtins = builtins; // name ("utils.Hex") -> function(args...)
    this.globals = new Map(); // name -> { expr | value }
    this.funcs = new Map();
  }
  add(decls) {
    for (const spec of decls.vars) spec.names.forEach((n, idx) => this.globals.set(n, { spec, idx }));
    for (const f of decls.funcs) this.funcs.set(f.name, f);
  }
  global(name) {
    const g = this.globals.get(name);
    if (!g) return undefined;
    if (!('value' in g)) {
      g.value = OPAQUE; // guards cycles
      g.value = g.spec.values ? this.eval(g.spec.values[g.idx], new Map()) : zero(g.spec.type);
    }
    return g.value;
  }
  call(fn, args) {
    const scope = new Map();
    fn.params.forEach((p, i) => scope.set(p, { v: fn.params.variadic && i === fn.params.length - 1 ? args.slice(i) : args[i] }));
    try {
      this.exec(fn.body, scope);
    } catch (e) {
      if (e instanceof Return) return e.v;
      throw e;
    }
    return undefined;
  }
  lookup(name, scope) {
    for (let s = scope; s; s = s.get('\0parent')?.v) if (s.has(name)) return s.get(name);
    return undefined;
  }
  exec(stmt, scope) {
    switch (stmt.k) {
      case 'block': {
        const inner = new Map([['\0parent', { v: scope }]]);
        for (const s of stmt.body) this.exec(s, inner);
        return;
      }
      case 'vars': for (const s of stmt.body) this.exec(s, scope); return;
      case 'var':
        stmt.names.forEach((n, i) => scope.set(n, { v: stmt.values ? this.eval(stmt.values[i], scope) : zero(stmt.type) }));
        return;
      case 'assign': {
        let values = stmt.rhs.length === stmt.lhs.length ? stmt.rhs.map((x) => this.eval(x, scope)) : [this.eval(stmt.rhs[0], scope)];
        if (values.length === 1 && stmt.lhs.length > 1) values = values[0]?.tuple ?? [values[0]];
        stmt.lhs.forEach((target, i) => {
          let v = values[i];
          if (stmt.op === '+=') v = add(this.eval(target, scope), v);
          this.assign(target, v, scope, stmt.op === ':=');
        });
        return;
      }
      case 'expr': this.eval(stmt.x, scope); return;
      case 'break': throw new Break();
      case 'continue': throw new Continue();
      case 'return': throw new Return(stmt.xs.length ? this.eval(stmt.xs[0], scope) : undefined);
      case 'if': {
        const inner = new Map([['\0parent', { v: scope }]]);
        if (stmt.init) this.exec(stmt.init, inner);
        const c = this.eval(stmt.cond, inner);
        if (c === OPAQUE) throw new Error(`opaque condition ${JSON.stringify(stmt.cond).slice(0, 200)}`);
        if (c) this.exec(stmt.then, inner);
        else if (stmt.els) this.exec(stmt.els, inner);
        return;
      }
      case 'for': {
        const h = stmt.header;
        if (h.k !== 'range') {
          const inner = new Map([['\0parent', { v: scope }]]);
          if (h.init) this.exec(h.init, inner);
          for (let guard = 0; guard < 100000; guard++) {
            if (h.cond) { const c = this.eval(h.cond, inner); if (c === OPAQUE) throw new Error('opaque loop'); if (!c) break; }
            try { this.exec(stmt.body, inner); } catch (err) { if (err instanceof Break) break; if (!(err instanceof Continue)) throw err; }
            if (h.post) {
              if (h.post.k === 'expr') this.incr(h.post, inner); else this.exec(h.post, inner);
            }
          }
          return;
        }
        const x = this.eval(h.x, scope);
        const entries = x instanceof Map ? [...x.entries()] : Array.isArray(x) ? x.map((v, i) => [i, v]) : typeof x === 'number' ? Array.from({ length: x }, (_, i) => [i, i]) : null;
        if (!entries) throw new Error('range over opaque');
        for (const [k, v] of entries) {
          const inner = new Map([['\0parent', { v: scope }]]);
          if (h.vars[0] && h.vars[0].name !== '_') inner.set(h.vars[0].name, { v: k });
          if (h.vars[1] && h.vars[1].name !== '_') inner.set(h.vars[1].name, { v });
          try { this.exec(stmt.body, inner); } catch (err) { if (err instanceof Break) break; if (!(err instanceof Continue)) throw err; }
        }
        return;
      }
      default: throw new Error(`statement ${stmt.k}`);
    }
  }
  incr(post, scope) {
    // i++ parsed as an expression statement: find the identifier and add one
    if (post.x.k === 'ident') { const b = this.lookup(post.x.name, scope); if (b) b.v += 1; }
  }
  assign(target, v, scope, declare) {
    if (target.k === 'ident') {
      if (target.name === '_') return;
      const b = declare ? null : this.lookup(target.name, scope);
      if (b) b.v = v;
      else if (!declare && this.globals.has(target.name)) { this.global(target.name); this.globals.get(target.name).value = v; }
      else scope.set(target.name, { v });
      return;
    }
    if (target.k === 'sel') {
      const obj = this.eval(target.x, scope);
      if (obj && typeof obj === 'object' && !Array.isArray(obj)) obj[target.name] = v;
      return;
    }
    if (target.k === 'index') {
      const obj = this.eval(target.x, scope);
      const i = this.eval(target.i, scope);
      if (obj instanceof Map) obj.set(i, v);
      else if (Array.isArray(obj)) obj[i] = v;
      return;
    }
    if (target.k === 'unary' && target.op === '*') return this.assign(target.x, v, scope, declare);
    throw new Error(`assign to ${target.k}`);
  }
  qualified(e) {
    if (e.k === 'ident') return e.name;
    if (e.k === 'sel') { const q = this.qualified(e.x); return q && `${q}.${e.name}`; }
    return null;
  }
  eval(e, scope) {
    switch (e.k) {
      case 'lit': return e.v;
      case 'ident': {
        if (e.name === 'nil') return null;
        if (e.name === 'true') return true;
        if (e.name === 'false') return false;
        const b = this.lookup(e.name, scope);
        if (b) return b.v;
        if (this.globals.has(e.name)) return this.global(e.name);
        if (this.funcs.has(e.name)) return { goFunc: this.funcs.get(e.name) };
        return OPAQUE;
      }
      case 'sel': {
        const x = e.x.k === 'ident' && !this.lookup(e.x.name, scope) && !this.globals.has(e.x.name) ? OPAQUE : this.eval(e.x, scope);
        if (x && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Map) && e.name in x) return x[e.name];
        // compiled regexes are kept as their source text
        if (typeof x === 'string' && e.name === 'String') return () => x;
        if (typeof x === 'string' && e.name === 'MatchString') return (s) => { try { return new RegExp(x).test(s); } catch { return OPAQUE; } };
        if (x && x.__type === 'Allowlist' && e.name === 'ContainsStopWord') {
          return (s) => { const w = (x.StopWords ?? []).find((w) => s.toLowerCase().includes(w)); return { tuple: [Boolean(w), w ?? ''] }; };
        }
        return OPAQUE;
      }
      case 'unary': {
        const x = this.eval(e.x, scope);
        if (e.op === '&' || e.op === '*' || e.op === '+') return x;
        if (x === OPAQUE) return OPAQUE;
        if (e.op === '-') return -x;
        if (e.op === '!') return !x;
        return OPAQUE;
      }
      case 'bin': {
        const l = this.eval(e.l, scope);
        if (e.op === '&&' && l === false) return false;
        if (e.op === '||' && l === true) return true;
        const r = this.eval(e.r, scope);
        if (l === OPAQUE || r === OPAQUE) return OPAQUE;
        switch (e.op) {
          case '+': return add(l, r);
          case '-': return l - r;
          case '*': return l * r;
          case '/': return Math.trunc(l / r);
          case '%': return l % r;
          case '==': return l === r;
          case '!=': return l !== r;
          case '<': return l < r;
          case '<=': return l <= r;
          case '>': return l > r;
          case '>=': return l >= r;
          case '&&': return l && r;
          case '||': return l || r;
          default: return OPAQUE;
        }
      }
      case 'composite': return this.composite(e, scope);
      case 'conv': {
        const v = this.eval(e.arg, scope);
        return v;
      }
      case 'funclit': return { goFunc: { params: e.params, body: e.body }, closure: scope };
      case 'assert': return this.eval(e.x, scope);
      case 'index': {
        const x = this.eval(e.x, scope);
        const i = this.eval(e.i, scope);
        if (x instanceof Map) return x.get(i);
        if (Array.isArray(x) || typeof x === 'string') return typeof x === 'string' ? x.charCodeAt(i) : x[i];
        return OPAQUE;
      }
      case 'slice': {
        const x = this.eval(e.x, scope);
        if (x === OPAQUE) return OPAQUE;
        const lo = e.lo ? this.eval(e.lo, scope) : 0;
        const hi = e.hi ? this.eval(e.hi, scope) : x.length;
        return x.slice(lo, hi);
      }
      case 'call': return this.callExpr(e, scope);
      case 'typeexpr': return { goType: e.type };
      default: throw new Error(`expression ${e.k}`);
    }
  }
  composite(e, scope) {
    const t = e.type;
    if (t.type === 'slice' || (t.type === 'any' && e.elems.every((x) => !x.key))) return e.elems.map((x) => this.eval(x.value, scope));
    if (t.type === 'map' || t.type === 'any') {
      const m = new Map();
      for (const x of e.elems) m.set(x.key ? (x.key.k === 'ident' && !this.lookup(x.key.name, scope) && !this.globals.has(x.key.name) ? x.key.name : this.eval(x.key, scope)) : undefined, this.eval(x.value, scope));
      return m;
    }
    const obj = { __type: t.name };
    e.elems.forEach((x, i) => {
      const name = x.key?.k === 'ident' ? x.key.name : String(i);
      obj[name] = this.eval(x.value, scope);
    });
    return obj;
  }
  callExpr(e, scope) {
    const name = this.qualified(e.fn);
    let args = e.args.map((a) => this.eval(a, scope));
    if (name === 'append') {
      const base = args[0] ?? [];
      if (!Array.isArray(base)) return OPAQUE;
      const rest = e.spread ? [...args.slice(1, -1), ...(Array.isArray(args.at(-1)) ? args.at(-1) : [OPAQUE])] : args.slice(1);
      return [...base, ...rest];
    }
    if (name === 'len') return args[0] === OPAQUE ? OPAQUE : args[0] instanceof Map ? args[0].size : args[0].length;
    if (name === 'string' || name === 'byte' || name === 'rune') return typeof args[0] === 'number' ? String.fromCodePoint(args[0]) : args[0];
    if (name === 'make' || name === 'new') return zero(args[0]?.goType);
    if (name && this.builtins[name]) {
      if (e.spread && Array.isArray(args.at(-1))) args = [...args.slice(0, -1), ...args.at(-1)];
      return this.builtins[name](...args);
    }
    let fn = null;
    if (e.fn.k === 'ident') {
      const b = this.lookup(e.fn.name, scope);
      fn = b ? b.v : this.funcs.has(e.fn.name) ? { goFunc: this.funcs.get(e.fn.name) } : null;
    } else fn = this.eval(e.fn, scope);
    if (typeof fn === 'function') return fn(...args);
    if (fn && fn.goFunc) {
      if (fn.closure) {
        const inner = new Map([['\0parent', { v: fn.closure }]]);
        fn.goFunc.params.forEach((p, i) => inner.set(p, { v: args[i] }));
        try { this.exec(fn.goFunc.body, inner); } catch (err) { if (err instanceof Return) return err.v; throw err; }
        return undefined;
      }
      return this.call(fn.goFunc, args);
    }
    return OPAQUE;
  }
}

function zero(type) {
  if (!type) return OPAQUE;
  if (type.type === 'slice') return [];
  if (type.type === 'map') return new Map();
  if (type.type === 'named' && type.name === 'string') return '';
  if (type.type === 'named' && type.name === 'strings.Builder') {
    const b = { s: '' };
    b.WriteString = (x) => { b.s += x; };
    b.WriteByte = (x) => { b.s += String.fromCharCode(x); };
    b.String = () => b.s;
    return b;
  }
  if (type.type === 'named' && ['int', 'int64', 'float64', 'uint'].includes(type.name)) return 0;
  return OPAQUE;
}

function add(l, r) {
  if (l === OPAQUE || r === OPAQUE) return OPAQUE;
  return l + r;
}
