import type { Expr, SourceModule } from '../src/review/ir';
import {
  arr,
  assign,
  bin,
  call,
  concat,
  cond,
  dotted,
  expr,
  fn,
  functionNamed,
  ifThen,
  index,
  jump,
  kw,
  lambda,
  lit,
  lower,
  member,
  name,
  obj,
  param,
  problemsIn,
  ret,
  shape,
  spread,
  thrown,
  un,
  unknown,
  type Shape,
} from './support/review-ir';

function lowerPython(text: string): Promise<SourceModule> {
  return lower('app/views.py', text, 'python');
}

/** The location-free module statements of a Python snippet. */
async function statementsOf(text: string): Promise<unknown> {
  return shape((await lowerPython(text)).statements);
}

/** The value of the last statement `v = <expression>`, after any statements hoisted before it. */
async function valueOf(expression: string): Promise<unknown> {
  const statements = (await statementsOf(`v = ${expression}\n`)) as Shape[];
  return statements[statements.length - 1].value;
}

const FLASK_VIEW = `import os, os.path
import hashlib as h
from flask import Flask, request as req, make_response
from .models import User
from . import views
from ..db import *

app = Flask(__name__)

@app.route("/items/<int:item_id>", methods=["GET", "POST"])
@login_required
def show(item_id: int, name: Optional[str] = None, *args, **kwargs) -> Response:
    """Shows one item."""
    query = f"SELECT * FROM items WHERE id = {item_id} AND owner = '{req.args['owner']}'"
    rows = db.execute(query, timeout=30).fetchall()
    response = make_response(render(rows))
    response.set_cookie("session", h.md5(name.encode()).hexdigest(), secure=True, httponly=False)
    return response
`;

describe('a Flask view', () => {
  let module: SourceModule;
  beforeAll(async () => {
    module = await lowerPython(FLASK_VIEW);
  });

  test('imports bind their local names: `import a.b` binds `a`, `from x import y` binds `x.y`, relative modules keep their dots', () => {
    expect(module.imports).toEqual([
      { module: 'os', alias: 'os' },
      { module: 'os', alias: 'os' },
      { module: 'hashlib', alias: 'h' },
      { module: 'flask.Flask', alias: 'Flask' },
      { module: 'flask.request', alias: 'req' },
      { module: 'flask.make_response', alias: 'make_response' },
      { module: '.models.User', alias: 'User' },
      { module: '.views', alias: 'views' },
      { module: '..db.*', alias: '*' },
    ]);
  });

  test('the route function keeps decorators as annotations, parameter names and types without generics or Optional', () => {
    const show = functionNamed(module, 'show');
    expect(show.annotations).toEqual(['app.route', 'login_required']);
    expect(shape(show.params)).toEqual([
      param('item_id', { type: 'int' }),
      param('name', { type: 'str' }),
      param('args'),
      param('kwargs'),
    ]);
    expect(show.isStatic).toBe(false);
    expect(show.className).toBeUndefined();
    expect(show.loc).toEqual({ line: 10, column: 1, endLine: 18, endColumn: 20 });
  });

  test('its body: f-string as a "+" chain, keyword arguments, method chains', () => {
    const owner = index(dotted('req.args'), lit('owner'));
    expect(shape(functionNamed(module, 'show').body)).toEqual([
      expr(lit('Shows one item.')),
      assign(
        name('query'),
        concat(
          lit('SELECT * FROM items WHERE id = '),
          name('item_id'),
          lit(" AND owner = '"),
          owner,
          lit("'"),
        ),
      ),
      assign(
        name('rows'),
        call(call(name('db'), 'execute', name('query'), kw('timeout', lit(30))), 'fetchall'),
      ),
      assign(name('response'), call(undefined, 'make_response', call(undefined, 'render', name('rows')))),
      expr(
        call(
          name('response'),
          'set_cookie',
          lit('session'),
          call(call(name('h'), 'md5', call(name('name'), 'encode')), 'hexdigest'),
          kw('secure', lit(true)),
          kw('httponly', lit(false)),
        ),
      ),
      ret(name('response')),
    ]);
  });

  test('module code stays in order; no node is shared and every location is sound', () => {
    expect(shape(module.statements)).toEqual([
      assign(name('app'), call(undefined, 'Flask', name('__name__'))),
    ]);
    expect(module.functions.map((f) => f.name)).toEqual(['show']);
    expect(problemsIn(module)).toEqual([]);
    expect(module.lineCount).toBe(18);
    expect(module.language).toBe('python');
    expect(module.path).toBe('app/views.py');
  });
});

describe('a Django class-based view', () => {
  const VIEW = `class ItemView(LoginRequiredMixin, generic.View, metaclass=Registry):
    """Items."""
    template_name = "items.html"
    page_size: int = 20
    secret_key: str
    cache = {}
    logger.info("defined")

    @staticmethod
    def parse(raw):
        return int(raw)

    @classmethod
    def create(cls, **options):
        return cls(**options)

    def get(self, request, *args, **kwargs):
        self.count = self.count + 1
        return HttpResponse(self.template_name)

    class Meta:
        ordering = ["-id"]

    def __init__(self, client):
        self.client = client
`;

  test('the superclass is the first base that is no mixin; class attributes are fields, functions are methods with self kept, nested classes are listed too', async () => {
    const module = await lowerPython(VIEW);
    expect(module.classes.map((decl) => [decl.name, decl.superclass])).toEqual([
      ['ItemView', 'generic.View'],
      ['Meta', undefined],
    ]);
    const [view, meta] = module.classes;
    expect(shape(view.fields)).toEqual([
      assign(name('template_name'), lit('items.html')),
      assign(name('page_size'), lit(20), { declaredType: 'int' }),
      assign(name('cache'), obj()),
    ]);
    expect(shape(meta.fields)).toEqual([assign(name('ordering'), arr(lit('-id')))]);
    expect(
      view.methods.map((method) => [method.name, method.className, method.isStatic, method.annotations]),
    ).toEqual([
      ['parse', 'ItemView', true, ['staticmethod']],
      ['create', 'ItemView', true, ['classmethod']],
      ['get', 'ItemView', false, []],
      ['__init__', 'ItemView', false, []],
    ]);
    expect(shape(view.methods[2])).toEqual(
      fn(
        'get',
        [param('self'), param('request'), param('args'), param('kwargs')],
        [
          assign(member(name('self'), 'count'), bin('+', member(name('self'), 'count'), lit(1))),
          ret(call(undefined, 'HttpResponse', member(name('self'), 'template_name'))),
        ],
        { className: 'ItemView' },
      ),
    );
    expect(shape(view.methods[1].body)).toEqual([ret(call(undefined, 'cls', spread(name('options'))))]);
    // Other class-body statements run where the class is defined.
    expect(shape(module.statements)).toEqual([expr(call(name('logger'), 'info', lit('defined')))]);
    expect(problemsIn(module)).toEqual([]);
  });
});

describe('assignments', () => {
  test('chained assignment assigns the first target, then the others from it', async () => {
    expect(await statementsOf('a = b = compute()\nself.x = self.y = 1\n')).toEqual([
      assign(name('a'), call(undefined, 'compute')),
      assign(name('b'), name('a')),
      assign(member(name('self'), 'x'), lit(1)),
      assign(member(name('self'), 'y'), member(name('self'), 'x')),
    ]);
  });

  test('augmented assignment `x op= y` is `x = x op y`', async () => {
    expect(await statementsOf('total += price * 2\npath //= 3\nflags |= MASK\n')).toEqual([
      assign(name('total'), bin('+', name('total'), bin('*', name('price'), lit(2)))),
      assign(name('path'), bin('//', name('path'), lit(3))),
      assign(name('flags'), bin('|', name('flags'), name('MASK'))),
    ]);
  });

  test('unpacking a call goes through one temporary; literal pairs assign element by element', async () => {
    expect(await statementsOf('out, err = proc.communicate()\nhost, port = "localhost", 8080\n')).toEqual([
      assign(name('$tmp0'), call(name('proc'), 'communicate')),
      assign(name('out'), index(name('$tmp0'), lit(0))),
      assign(name('err'), index(name('$tmp0'), lit(1))),
      assign(name('host'), lit('localhost')),
      assign(name('port'), lit(8080)),
    ]);
  });

  test('nested and starred targets index from the end after the star', async () => {
    expect(await statementsOf('first, (second, *middle, last) = parts\n[a, b] = pair\n')).toEqual([
      assign(name('first'), index(name('parts'), lit(0))),
      assign(name('$tmp0'), index(name('parts'), lit(1))),
      assign(name('second'), index(name('$tmp0'), lit(0))),
      assign(name('middle'), unknown('list_splat_pattern', name('$tmp0'))),
      assign(name('last'), index(name('$tmp0'), lit(-1))),
      assign(name('a'), index(name('pair'), lit(0))),
      assign(name('b'), index(name('pair'), lit(1))),
    ]);
  });

  test('annotated assignments keep the type; an annotation alone assigns nothing', async () => {
    expect(await statementsOf('timeout: int = 5\nheaders: Dict[str, str] = {}\npending: list\n')).toEqual([
      assign(name('timeout'), lit(5), { declaredType: 'int' }),
      assign(name('headers'), obj(), { declaredType: 'Dict' }),
    ]);
  });

  test('the walrus operator assigns before the statement that contains it', async () => {
    expect(await statementsOf('if (match := pattern.search(line)) is not None:\n    use(match)\n')).toEqual([
      assign(name('match'), call(name('pattern'), 'search', name('line'))),
      ifThen(bin('!==', name('match'), lit(null)), [expr(call(undefined, 'use', name('match')))]),
    ]);
  });
});

describe('statements', () => {
  test('if/elif/else nests each elif in the previous otherwise', async () => {
    const text = `if role == "admin":
    grant()
elif role in ("staff", "ops"):
    limit()
else:
    raise PermissionError("denied")
`;
    expect(await statementsOf(text)).toEqual([
      ifThen(
        bin('==', name('role'), lit('admin')),
        [expr(call(undefined, 'grant'))],
        [
          ifThen(
            bin('in', name('role'), arr(lit('staff'), lit('ops'))),
            [expr(call(undefined, 'limit'))],
            [thrown(call(undefined, 'PermissionError', lit('denied')))],
          ),
        ],
      ),
    ]);
  });

  test('for binds a plain target directly and unpacks a tuple target at the start of the body; else runs after', async () => {
    const text = `for key, value in request.form.items():
    if not value:
        continue
    fields[key] = value
else:
    done = True
for line in open(path):
    break
`;
    expect(await statementsOf(text)).toEqual([
      {
        kind: 'loop',
        variable: name('$tmp0'),
        iterable: call(dotted('request.form'), 'items'),
        body: [
          assign(name('key'), index(name('$tmp0'), lit(0))),
          assign(name('value'), index(name('$tmp0'), lit(1))),
          ifThen(un('!', name('value')), [jump('continue')]),
          assign(index(name('fields'), name('key')), name('value')),
        ],
      },
      assign(name('done'), lit(true)),
      {
        kind: 'loop',
        variable: name('line'),
        iterable: call(undefined, 'open', name('path')),
        body: [jump('break')],
      },
    ]);
  });

  test('while runs statements hoisted from its test before the loop and again at the end of its body', async () => {
    expect(await statementsOf('while chunk := stream.read(1024):\n    out.write(chunk)\n')).toEqual([
      assign(name('chunk'), call(name('stream'), 'read', lit(1024))),
      {
        kind: 'loop',
        test: name('chunk'),
        body: [
          expr(call(name('out'), 'write', name('chunk'))),
          assign(name('chunk'), call(name('stream'), 'read', lit(1024))),
        ],
      },
    ]);
  });

  test('try/except/else/finally: else joins the body, handlers keep their variable', async () => {
    const text = `try:
    conn = connect(dsn)
except (IOError, OSError) as error:
    log(error)
except ValueError:
    pass
except:
    raise
else:
    conn.commit()
finally:
    conn.close()
`;
    expect(await statementsOf(text)).toEqual([
      {
        kind: 'try',
        body: [
          assign(name('conn'), call(undefined, 'connect', name('dsn'))),
          expr(call(name('conn'), 'commit')),
        ],
        handlers: [
          { variable: 'error', body: [expr(call(undefined, 'log', name('error')))] },
          { body: [] },
          { body: [thrown()] },
        ],
        finally: [expr(call(name('conn'), 'close'))],
      },
    ]);
  });

  test('with: each resource is an assignment (or expression) at the start of a try body', async () => {
    const text = `with open(path, "rb") as handle, lock:
    data = handle.read()
`;
    expect(await statementsOf(text)).toEqual([
      {
        kind: 'try',
        body: [
          assign(name('handle'), call(undefined, 'open', name('path'), lit('rb'))),
          expr(name('lock')),
          assign(name('data'), call(name('handle'), 'read')),
        ],
        handlers: [],
        finally: [],
      },
    ]);
  });

  test('return, raise ... from, pass, del, global, nonlocal and assert', async () => {
    const text = `def f(x):
    global counter
    assert x > 0
    del cache[x]
    pass
    if x:
        raise KeyError(x) from None
    return x, 1
`;
    const module = await lowerPython(text);
    expect(shape(functionNamed(module, 'f').body)).toEqual([
      ifThen(name('x'), [thrown(call(undefined, 'KeyError', name('x')))]),
      ret(arr(name('x'), lit(1))),
    ]);
  });

  test('match: literal cases compare with ==, other patterns are unknown tests, captures are bound in the body', async () => {
    const text = `match command.split():
    case "quit" | "exit":
        stop()
    case ["go", direction]:
        move(direction)
    case {"id": ident, **rest} if ident:
        load(ident, rest)
    case Point(x=0) as origin:
        center(origin)
    case other:
        unknown_command(other)
    case _:
        never()
`;
    const subject = name('$tmp0');
    const pattern = unknown('case_pattern', subject);
    expect(await statementsOf(text)).toEqual([
      assign(subject, call(name('command'), 'split')),
      ifThen(
        bin('||', bin('==', subject, lit('quit')), bin('==', subject, lit('exit'))),
        [expr(call(undefined, 'stop'))],
        [
          ifThen(
            pattern,
            [assign(name('direction'), pattern), expr(call(undefined, 'move', name('direction')))],
            [
              ifThen(
                bin('&&', pattern, name('ident')),
                [
                  assign(name('ident'), pattern),
                  assign(name('rest'), pattern),
                  expr(call(undefined, 'load', name('ident'), name('rest'))),
                ],
                [
                  ifThen(
                    pattern,
                    [assign(name('origin'), subject), expr(call(undefined, 'center', name('origin')))],
                    [assign(name('other'), subject), expr(call(undefined, 'unknown_command', name('other')))],
                  ),
                ],
              ),
            ],
          ),
        ],
      ),
    ]);
  });

  test('a nested def is a function value bound to its name; a nested class is listed with the others', async () => {
    const text = `def outer(items):
    @cached
    def key(item):
        return item.id
    class Local:
        size = 1
    return sorted(items, key=key)
`;
    const module = await lowerPython(text);
    expect(shape(functionNamed(module, 'outer').body)).toEqual([
      assign(name('key'), {
        kind: 'function',
        fn: fn('key', [param('item')], [ret(member(name('item'), 'id'))], { annotations: ['cached'] }),
      }),
      ret(call(undefined, 'sorted', name('items'), kw('key', name('key')))),
    ]);
    expect(module.classes.map((decl) => decl.name)).toEqual(['Local']);
  });
});

describe('expressions', () => {
  test('strings: escapes, raw and byte strings, adjacent strings concatenated', async () => {
    expect(await valueOf(String.raw`"tab\tquote\"nl\n\x41\u00e9\101"`)).toEqual(
      lit('tab\tquote"nl\nAé' + 'A'),
    );
    expect(await valueOf(String.raw`r"C:\new\table"`)).toEqual(lit(String.raw`C:\new\table`));
    expect(await valueOf(String.raw`b"\x00\xff" rb"\d+"`)).toEqual(lit('\x00\xff' + String.raw`\d+`));
    expect(await valueOf(`"SELECT * " "FROM users " 'WHERE id = %s'`)).toEqual(
      lit('SELECT * FROM users WHERE id = %s'),
    );
    expect(await valueOf('"""line one\nline two"""')).toEqual(lit('line one\nline two'));
    expect(await valueOf(`u'caf\\xe9'`)).toEqual(lit('café'));
  });

  test('f-strings are "+" chains starting with a string; {{ }} are braces; conversions and formats are dropped', async () => {
    expect(await valueOf(`f"{user!r}: {{literal}} {amount:>10} done" " at " f'{when}'`)).toEqual(
      concat(
        lit(''),
        name('user'),
        lit(': {literal} '),
        name('amount'),
        lit(' done'),
        lit(' at '),
        name('when'),
      ),
    );
    expect(await valueOf(`f"plain"`)).toEqual(lit('plain'));
    expect(await valueOf(`rf"\\d{n}"`)).toEqual(concat(lit('\\d'), name('n')));
  });

  test('numbers, booleans and None keep their values; complex numbers are unknown', async () => {
    expect(await valueOf('[0x1F, 0o17, 0b101, 1_000_000, 3.5, 1e3, True, False, None, 2j]')).toEqual(
      arr(
        lit(31),
        lit(15),
        lit(5),
        lit(1000000),
        lit(3.5),
        lit(1000),
        lit(true),
        lit(false),
        lit(null),
        unknown('integer'),
      ),
    );
  });

  test('attributes, subscripts and slices', async () => {
    expect(await valueOf('request.GET["q"][0]')).toEqual(
      index(index(dotted('request.GET'), lit('q')), lit(0)),
    );
    expect(await valueOf('data[start:end]')).toEqual(
      unknown('slice', name('data'), name('start'), name('end')),
    );
    expect(await valueOf('grid[x, y]')).toEqual(index(name('grid'), arr(name('x'), name('y'))));
  });

  test('calls: keyword, *args and **kwargs arguments; a callee that is not a name is the receiver of "<call>"', async () => {
    expect(await valueOf('subprocess.run(cmd, *extra, shell=True, **opts)')).toEqual(
      call(
        name('subprocess'),
        'run',
        name('cmd'),
        spread(name('extra')),
        kw('shell', lit(true)),
        spread(name('opts')),
      ),
    );
    expect(await valueOf('handlers[kind](event)')).toEqual(
      call(index(name('handlers'), name('kind')), '<call>', name('event')),
    );
    expect(await valueOf('"{} {}".format(a, b=c)')).toEqual(
      call(lit('{} {}'), 'format', name('a'), kw('b', name('c'))),
    );
    expect(await valueOf('sum(x for x in xs)')).toEqual(
      call(undefined, 'sum', unknown('generator_expression', name('x'), name('xs'))),
    );
  });

  test('operators: and/or/not become &&/||/!, % formatting stays binary, comparisons chain with &&', async () => {
    expect(await valueOf('not a and b or -c')).toEqual(
      bin('||', bin('&&', un('!', name('a')), name('b')), un('-', name('c'))),
    );
    expect(await valueOf('"%s/%s" % (base, name)')).toEqual(
      bin('%', lit('%s/%s'), arr(name('base'), name('name'))),
    );
    expect(await valueOf('0 <= i < n')).toEqual(
      bin('&&', bin('<=', lit(0), name('i')), bin('<', name('i'), name('n'))),
    );
    expect(await valueOf('x not in allowed')).toEqual(un('!', bin('in', name('x'), name('allowed'))));
    expect(await valueOf('x is None or y is not None')).toEqual(
      bin('||', bin('===', name('x'), lit(null)), bin('!==', name('y'), lit(null))),
    );
    expect(await valueOf('2 ** 8 // 3 @ m')).toEqual(
      bin('@', bin('//', bin('**', lit(2), lit(8)), lit(3)), name('m')),
    );
  });

  test('conditional expressions, lambdas, await', async () => {
    expect(await valueOf('name if name else "anonymous"')).toEqual(
      cond(name('name'), name('name'), lit('anonymous')),
    );
    expect(await valueOf('lambda row, *rest: row[0]')).toEqual(
      lambda([param('row'), param('rest')], [ret(index(name('row'), lit(0)))]),
    );
    expect(await valueOf('await session.get(url)')).toEqual(
      un('await', call(name('session'), 'get', name('url'))),
    );
  });

  test('lists, tuples and sets are arrays; dicts keep constant string keys only', async () => {
    expect(await valueOf('[a, *rest], (b,), {c}')).toEqual(
      arr(arr(name('a'), unknown('list_splat', name('rest'))), arr(name('b')), arr(name('c'))),
    );
    expect(await valueOf('{"user": u, "pw": "secret", 1: one, key: value, **defaults}')).toEqual(
      obj(
        ['user', name('u')],
        ['pw', lit('secret')],
        [undefined, name('one')],
        [undefined, name('value')],
        [undefined, name('defaults')],
      ),
    );
  });

  test('comprehensions are unknown over the element, the iterables and the conditions', async () => {
    expect(await valueOf('[row["id"] for row in rows if row]')).toEqual(
      unknown('list_comprehension', index(name('row'), lit('id')), name('rows'), name('row')),
    );
    expect(await valueOf('{k: v for k, v in pairs}')).toEqual(
      unknown('dictionary_comprehension', name('k'), name('v'), name('pairs')),
    );
  });
});

describe('comments, syntax errors and locations', () => {
  test('comments are collected with their lines', async () => {
    const module = await lowerPython('# top\nx = 1  # rampart-ignore: weak-hash legacy\n\n  # indented\n');
    expect(module.comments).toEqual([
      { line: 1, text: '# top' },
      { line: 2, text: '# rampart-ignore: weak-hash legacy' },
      { line: 4, text: '# indented' },
    ]);
    expect(module.lineCount).toBe(4);
  });

  test('locations are 1-based and count UTF-16 columns', async () => {
    const module = await lowerPython('greeting = "héllo wörld" + suffix\n');
    const [statement] = module.statements;
    expect(statement).toMatchObject({
      loc: { line: 1, column: 1, endLine: 1, endColumn: 34 },
      value: {
        left: { loc: { line: 1, column: 12, endLine: 1, endColumn: 25 } },
        right: { name: 'suffix', loc: { line: 1, column: 28, endLine: 1, endColumn: 34 } },
      },
    });
  });

  test('a file with syntax errors still lowers what parsed and reports where the errors are', async () => {
    const text = `import os

def view(request):
    name = request.GET["name"]
    total = = 1
    os.system("ls " + name)

def healthy():
    return "ok"
`;
    const module = await lowerPython(text);
    expect(module.syntaxErrors).toEqual([{ line: 5, column: 13, endLine: 5, endColumn: 14 }]);
    expect(module.imports).toEqual([{ module: 'os', alias: 'os' }]);
    expect(shape(functionNamed(module, 'view').body)).toEqual([
      assign(name('name'), index(dotted('request.GET'), lit('name'))),
      assign(name('total'), lit(1)),
      expr(call(name('os'), 'system', bin('+', lit('ls '), name('name')))),
    ]);
    expect(shape(functionNamed(module, 'healthy').body)).toEqual([ret(lit('ok'))]);
    expect(problemsIn(module)).toEqual([]);
  });

  test('an unclosed call swallows the rest of the file; its pieces are still lowered as statements', async () => {
    const module = await lowerPython(
      'def view(request):\n    os.system("ls " + request.args["q"]\n    return 1\n',
    );
    expect(module.syntaxErrors).toEqual([{ line: 2, column: 5, endLine: 3, endColumn: 13 }]);
    expect(shape(functionNamed(module, 'view').body)).toEqual([
      expr(dotted('os.system')),
      expr(bin('+', lit('ls '), index(dotted('request.args'), lit('q')))),
      expr(name('return')),
      expr(lit(1)),
    ]);
  });

  test('a concatenation of 20,000 terms lowers without exhausting the stack', async () => {
    const terms = Array.from({ length: 20000 }, (_, i) => `t${i}`);
    const module = await lowerPython(`q = ${terms.join(' + ')}\n`);
    const [statement] = module.statements;
    if (statement.kind !== 'assign') throw new Error(`expected an assignment, got ${statement.kind}`);
    let chain: Expr = statement.value;
    let depth = 0;
    while (chain.kind === 'binary') {
      expect(shape(chain.right)).toEqual(name(terms[terms.length - 1 - depth]));
      chain = chain.left;
      depth++;
    }
    expect(depth).toBe(19999);
    expect(shape(chain)).toEqual(name('t0'));
  });

  test('an empty file and a file of only comments lower to an empty module', async () => {
    const empty = await lowerPython('');
    expect(empty).toEqual({
      path: 'app/views.py',
      language: 'python',
      imports: [],
      classes: [],
      functions: [],
      statements: [],
      comments: [],
      syntaxErrors: [],
      lineCount: 0,
    });
    const onlyComment = await lowerPython('# nothing');
    expect(onlyComment.comments).toEqual([{ line: 1, text: '# nothing' }]);
    expect(onlyComment.lineCount).toBe(1);
  });
});

describe('a FastAPI route', () => {
  test('type hints stand for the type they wrap (Optional, Union with None, X | None, Annotated); decorator arguments are kept', async () => {
    const module = await lowerPython(`from typing import Annotated, Optional, Union
from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/items", response_class=HTMLResponse)
@cached
def items(a: Optional[int], b: Union[int, None], c: "int | None", d: Annotated[str | None, Query(max_length=9)],
          e: Union[int, str], f: list[int]):
    pass
`);
    const items = functionNamed(module, 'items');
    expect(items.annotations).toEqual(['app.get', 'cached']);
    expect(shape(items.annotationArgs)).toEqual([
      [{ value: lit('/items') }, { keyword: 'response_class', value: name('HTMLResponse') }],
      [],
    ]);
    expect(items.params.map((p) => [p.name, p.type])).toEqual([
      ['a', 'int'],
      ['b', 'int'],
      ['c', 'int'],
      ['d', 'str'],
      ['e', 'Union'],
      ['f', 'list'],
    ]);
    expect(problemsIn(module)).toEqual([]);
  });

  test('a decorator without arguments keeps none', async () => {
    const module = await lowerPython('@app.get\ndef f():\n    pass\n');
    expect(functionNamed(module, 'f').annotationArgs).toBeUndefined();
  });
});
