# detect-secrets: evaluates the @pytest.mark.parametrize tables of tests/plugins/*_test.py with a
# small, side-effect-free evaluator over the AST (string constants, module and class constants,
# str.format, %, +, *, slices, f-strings, textwrap.dedent). Reads [{"path","content"}] as JSON on
# stdin, writes {"cases": [...], "skipped": [...]} as JSON on stdout.
import ast
import json
import sys
import textwrap

TEXT_PARAMS = ['line', 'payload', 'content', 'text', 'token', 'secret', 'string', 'value', 'input', 'data']
LABEL_PARAMS = ['should_flag', 'expected', 'is_secret', 'should_match', 'expected_result', 'result']
SECRET_PARAMS = ['expected_secret', 'expected_value', 'secret_value']


class Unknown(Exception):
    pass


def evaluate(node, env):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.Tuple, ast.List)):
        out = []
        for e in node.elts:
            if isinstance(e, ast.Starred):
                out.extend(evaluate(e.value, env))
            else:
                out.append(evaluate(e, env))
        return tuple(out) if isinstance(node, ast.Tuple) else out
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        raise Unknown('name ' + node.id)
    if isinstance(node, ast.BinOp):
        left, right = evaluate(node.left, env), evaluate(node.right, env)
        if isinstance(node.op, ast.Add):
            return left + right
        if isinstance(node.op, ast.Mult):
            return left * right
        if isinstance(node.op, ast.Mod):
            return left % right
        raise Unknown('binop')
    if isinstance(node, ast.Subscript):
        value = evaluate(node.value, env)
        s = node.slice
        if isinstance(s, ast.Slice):
            lo = evaluate(s.lower, env) if s.lower else None
            hi = evaluate(s.upper, env) if s.upper else None
            return value[lo:hi]
        return value[evaluate(s, env)]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -evaluate(node.operand, env)
    if isinstance(node, ast.JoinedStr):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(v.value)
            else:
                parts.append(str(evaluate(v.value, env)))
        return ''.join(parts)
    if isinstance(node, ast.Call):
        f = node.func
        args = [evaluate(a, env) for a in node.args]
        kwargs = {k.arg: evaluate(k.value, env) for k in node.keywords}
        if isinstance(f, ast.Attribute):
            if f.attr == 'dedent' and isinstance(f.value, ast.Name) and f.value.id == 'textwrap':
                return textwrap.dedent(*args)
            if isinstance(f.value, ast.Name) and f.value.id == 'pytest' and f.attr == 'param':
                return tuple(args)
            target = evaluate(f.value, env)
            if isinstance(target, str) and f.attr in ('format', 'join', 'strip', 'lstrip', 'rstrip', 'upper', 'lower', 'replace', 'encode'):
                result = getattr(target, f.attr)(*args, **kwargs)
                return result.decode('latin1') if isinstance(result, bytes) else result
            if isinstance(target, bytes) and f.attr == 'decode':
                return target.decode(*args)
        if isinstance(f, ast.Name) and f.id == 'parse_test_cases':
            # keyword_test.py: [(extension, [(line, expected_secret), ...]), ...] flattened
            return [(ext, line, expected) for ext, rows in args[0] for line, expected in rows]
        if isinstance(f, ast.Name) and f.id in ('str', 'tuple', 'list'):
            return {'str': str, 'tuple': tuple, 'list': list}[f.id](*args)
        raise Unknown('call')
    raise Unknown(type(node).__name__)


def constants(body, env):
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            try:
                env[stmt.targets[0].id] = evaluate(stmt.value, env)
            except Exception:
                # a table with one unevaluable row (a random long line) keeps its other rows
                if isinstance(stmt.value, ast.List):
                    rows = []
                    for e in stmt.value.elts:
                        try:
                            rows.append(evaluate(e, env))
                        except Exception:
                            pass
                    env[stmt.targets[0].id] = rows


def parametrize_calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            for dec in node.decorator_list:
                if isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute) and dec.func.attr == 'parametrize':
                    yield node, dec


def label_of(params):
    for name in LABEL_PARAMS:
        if name in params and isinstance(params[name], bool):
            return 'tp' if params[name] else 'fp'
    if 'expected' in params and (params['expected'] is None or isinstance(params['expected'], str)):
        return 'fp' if not params['expected'] else 'tp'
    for name in SECRET_PARAMS:
        if name in params:
            return 'fp' if params[name] in (None, '', False) else 'tp'
    return None


def main():
    files = json.load(sys.stdin)
    cases, skipped = [], []
    for f in files:
        tree = ast.parse(f['content'])
        env = {}
        constants(tree.body, env)
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                constants(node.body, env)
        rule = f['path'].split('/')[-1].replace('_test.py', '')
        for fn, dec in parametrize_calls(tree):
            try:
                names = evaluate(dec.args[0], env)
                names = [n.strip() for n in (names.split(',') if isinstance(names, str) else names)]
                rows = evaluate(dec.args[1], env)
            except Exception as err:
                skipped.append({'file': f['path'], 'func': fn.name, 'reason': 'table: %s' % err})
                continue
            text_name = next((n for n in TEXT_PARAMS if n in names), None)
            for row in rows:
                if len(names) == 1:
                    row = (row,)
                if not isinstance(row, tuple) or len(row) != len(names):
                    skipped.append({'file': f['path'], 'func': fn.name, 'reason': 'row shape'})
                    continue
                params = dict(zip(names, row))
                kind = label_of(params)
                text = params.get(text_name) if text_name else None
                if kind is None or not isinstance(text, str):
                    skipped.append({'file': f['path'], 'func': fn.name, 'reason': 'no text or label in %s' % ','.join(names)})
                    continue
                case = {'source': 'detect-secrets', 'rule': rule, 'kind': kind, 'text': text, 'origin': f['path'] + '::' + fn.name}
                ext = params.get('file_extension') or params.get('extension')
                if isinstance(ext, str):
                    case['filename'] = 'sample' + (ext if ext.startswith('.') else '.' + ext)
                cases.append(case)
    json.dump({'cases': cases, 'skipped': skipped}, sys.stdout)


main()
