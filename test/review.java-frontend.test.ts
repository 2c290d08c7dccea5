import type { ClassDecl, FunctionDecl, Literal, SourceModule, Stmt } from '../src/review/ir';
import { lowerFile } from '../src/review/languages';

// ---- helpers: lower real Java, drop locations, build expected IR shapes ----------------------

type Shape = Record<string, unknown>;

function lower(text: string): Promise<SourceModule> {
  return lowerFile('src/main/java/App.java', text, 'java');
}

/** The IR without locations, to compare shapes exactly. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'loc')
      .map(([key, item]) => [key, shape(item)]),
  );
}

function classNamed(module: SourceModule, name: string): ClassDecl {
  const found = module.classes.find((decl) => decl.name === name);
  if (!found) throw new Error(`no class ${name} in ${module.classes.map((decl) => decl.name).join(', ')}`);
  return found;
}

function methodNamed(module: SourceModule, name: string): FunctionDecl {
  const all = [...module.functions, ...module.classes.flatMap((decl) => decl.methods)];
  const found = all.find((fn) => fn.name === name);
  if (!found) throw new Error(`no method ${name}`);
  return found;
}

/** The location-free body of method `run` in `class App { void run() { <body> } }`. */
async function bodyOf(statements: string, members = ''): Promise<unknown> {
  const module = await lower(`class App {\n${members}\nvoid run() {\n${statements}\n}\n}\n`);
  return shape(methodNamed(module, 'run').body);
}

/** The value assigned by `Object v = <expression>;`, and the statements hoisted before it. */
async function valueOf(expression: string): Promise<unknown> {
  const body = (await bodyOf(`Object v = ${expression};`)) as Shape[];
  return body[body.length - 1].value;
}

/** IR nodes that appear twice, missing values, locations that end before they start. */
function problemsIn(value: unknown, path = 'module', seen = new Set<unknown>()): string[] {
  if (value === undefined) return [`${path} is undefined`];
  if (value === null || typeof value !== 'object') return [];
  if (seen.has(value)) return [`${path} is shared`];
  seen.add(value);
  const problems: string[] = [];
  const loc = (value as { loc?: { line: number; column: number; endLine: number; endColumn: number } }).loc;
  const ordered =
    loc && (loc.endLine > loc.line || (loc.endLine === loc.line && loc.endColumn >= loc.column));
  if (loc && !(loc.line >= 1 && loc.column >= 1 && ordered))
    problems.push(`${path} at ${JSON.stringify(loc)}`);
  for (const [key, item] of Object.entries(value)) {
    if (key !== 'loc') problems.push(...problemsIn(item, `${path}.${key}`, seen));
  }
  return problems;
}

const name = (text: string): Shape => ({ kind: 'name', name: text });
const lit = (value: Literal): Shape => ({ kind: 'literal', value });
const member = (object: Shape, property: string): Shape => ({ kind: 'member', object, property });
const index = (object: Shape, at: Shape): Shape => ({ kind: 'index', object, index: at });
const args = (values: Shape[]) => values.map((value) => ({ value }));
const call = (receiver: Shape | undefined, method: string, ...values: Shape[]): Shape =>
  receiver
    ? { kind: 'call', receiver, method, args: args(values) }
    : { kind: 'call', method, args: args(values) };
const create = (type: string, ...values: Shape[]): Shape => ({ kind: 'new', type, args: args(values) });
const bin = (operator: string, left: Shape, right: Shape): Shape => ({
  kind: 'binary',
  operator,
  left,
  right,
});
const unary = (operator: string, operand: Shape): Shape => ({ kind: 'unary', operator, operand });
const unknown = (syntax: string, ...parts: Shape[]): Shape => ({ kind: 'unknown', syntax, parts });
const array = (...elements: Shape[]): Shape => ({ kind: 'array', elements });
const assign = (target: Shape, value: Shape, extra: Shape = {}): Shape => ({
  kind: 'assign',
  target,
  value,
  ...extra,
});
const exprStmt = (expr: Shape): Shape => ({ kind: 'expr', expr });
const ifStmt = (test: Shape, then: Shape[], otherwise: Shape[] = []): Shape => ({
  kind: 'if',
  test,
  then,
  otherwise,
});
const ret = (value?: Shape): Shape => (value ? { kind: 'return', value } : { kind: 'return' });
const fn = (name: string, params: Shape[], body: Shape[], extra: Shape = {}): Shape => ({
  kind: 'function',
  fn: { name, className: 'App', params, annotations: [], isStatic: false, body, ...extra },
});
const param = (paramName: string, type?: string, annotations: string[] = []): Shape =>
  type ? { name: paramName, type, annotations } : { name: paramName, annotations };

// ---- module level -----------------------------------------------------------------------------

describe('Java module structure', () => {
  test('imports keep the full name and bind the last segment; wildcards bind *; the package is ignored', async () => {
    const module = await lower(
      [
        'package com.example.web;',
        'import javax.servlet.http.Cookie;',
        'import static java.lang.Math.max;',
        'import java.util.*;',
        'import static org.junit.Assert.*;',
        'import java . io . /* spaced */ File;',
        'class App {}',
      ].join('\n'),
    );
    expect(module.imports).toEqual([
      { module: 'javax.servlet.http.Cookie', alias: 'Cookie' },
      { module: 'java.lang.Math.max', alias: 'max' },
      { module: 'java.util', alias: '*' },
      { module: 'org.junit.Assert', alias: '*' },
      { module: 'java.io.File', alias: 'File' },
    ]);
    expect(module.statements).toEqual([]);
    expect(module.path).toBe('src/main/java/App.java');
    expect(module.language).toBe('java');
  });

  test('lineCount counts lines with or without a final newline', async () => {
    expect((await lower('class A {}\n')).lineCount).toBe(1);
    expect((await lower('class A {\n}')).lineCount).toBe(2);
    expect((await lower('')).lineCount).toBe(0);
  });

  test('every comment is listed with its first line and text', async () => {
    const module = await lower('// top\nclass A {\n  /* block\n  comment */ int x = 1; // tail\n}\n');
    expect(module.comments).toEqual([
      { line: 1, text: '// top' },
      { line: 3, text: '/* block\n  comment */' },
      { line: 4, text: '// tail' },
    ]);
    expect(shape(classNamed(module, 'A').fields)).toEqual([
      assign(name('x'), lit(1), { declaredType: 'int' }),
    ]);
  });

  test('comments between the parts of any construct change nothing', async () => {
    expect(
      await bodyOf(
        [
          'final /* a */ String /* b */ s /* c */ = /* d */ req /* e */ . /* f */ getParameter( /* g */ "q" /* h */ );',
          'if /* i */ (s != null) // j',
          '  sink(s /* k */ + /* l */ 1);',
          'for (int i = 0; /* m */ i < 2; /* n */ i++) /* o */ { }',
        ].join('\n'),
      ),
    ).toEqual([
      assign(name('s'), call(name('req'), 'getParameter', lit('q')), {
        declaredType: 'String',
        constant: true,
      }),
      ifStmt(bin('!=', name('s'), lit(null)), [
        exprStmt(call(undefined, 'sink', bin('+', name('s'), lit(1)))),
      ]),
      assign(name('i'), lit(0), { declaredType: 'int' }),
      {
        kind: 'loop',
        test: bin('<', name('i'), lit(2)),
        body: [assign(name('i'), bin('+', name('i'), lit(1)))],
      },
    ]);
  });
});

// ---- declarations -----------------------------------------------------------------------------

describe('Java classes and members', () => {
  test('a class keeps its superclass without type arguments, and its field initialisers', async () => {
    const module = await lower(
      [
        'public class App extends AbstractController<User> implements Serializable {',
        '  private static final String CIPHER = "DES", MODE = "ECB";',
        '  private String password = "hunter2";',
        '  protected Map<String, List<Integer>> cache = new HashMap<>();',
        '  int counts[] = {1, 2};',
        '  static int uninitialised;',
        '  private final transient Object lock;',
        '}',
      ].join('\n'),
    );
    const app = classNamed(module, 'App');
    expect(app.superclass).toBe('AbstractController');
    expect(shape(app.fields)).toEqual([
      assign(name('CIPHER'), lit('DES'), { declaredType: 'String', constant: true }),
      assign(name('MODE'), lit('ECB'), { declaredType: 'String', constant: true }),
      assign(name('password'), lit('hunter2'), { declaredType: 'String' }),
      assign(name('cache'), create('HashMap'), { declaredType: 'Map' }),
      assign(name('counts'), array(lit(1), lit(2)), { declaredType: 'int[]' }),
    ]);
    expect(app.methods).toEqual([]);
    expect(app.loc).toEqual({ line: 1, column: 1, endLine: 8, endColumn: 2 });
  });

  test('interfaces, enums (extending Enum), records (with their implicit field assignments and accessors) and annotation types are classes too', async () => {
    const module = await lower(
      [
        'interface Keys { String SECRET = "s3cr3t"; void rotate(String key); default void log() { write(); } }',
        'enum Algorithm { DES("DES"), AES("AES/GCM/NoPadding") { String mode() { return "GCM"; } }, NONE;',
        '  private final String name;',
        '  Algorithm(String name) { this.name = name; } }',
        'record Point(int x, int y) { Point { check(x); } static Point origin() { return new Point(0, 0); } }',
        '@interface Audit { String LEVEL = "high"; String value(); }',
      ].join('\n'),
    );
    expect(module.classes.map((decl) => decl.name)).toEqual(['Keys', 'Algorithm', 'Point', 'Audit']);
    const keys = classNamed(module, 'Keys');
    expect(shape(keys.fields)).toEqual([
      assign(name('SECRET'), lit('s3cr3t'), { declaredType: 'String', constant: true }),
    ]);
    expect(shape(keys.methods)).toEqual([
      {
        name: 'rotate',
        className: 'Keys',
        params: [param('key', 'String')],
        annotations: [],
        isStatic: false,
        body: [],
      },
      {
        name: 'log',
        className: 'Keys',
        params: [],
        annotations: [],
        isStatic: false,
        body: [exprStmt(call(undefined, 'write'))],
      },
    ]);
    const algorithm = classNamed(module, 'Algorithm');
    const modeFunction = fn('mode', [], [ret(lit('GCM'))]);
    (modeFunction.fn as Shape).className = 'Algorithm';
    expect(shape(algorithm.fields)).toEqual([
      assign(name('DES'), create('Algorithm', lit('DES')), { declaredType: 'Algorithm', constant: true }),
      assign(name('AES'), create('Algorithm', lit('AES/GCM/NoPadding'), modeFunction), {
        declaredType: 'Algorithm',
        constant: true,
      }),
      assign(name('NONE'), create('Algorithm'), { declaredType: 'Algorithm', constant: true }),
    ]);
    expect(shape(algorithm.methods)).toEqual([
      {
        name: '<init>',
        className: 'Algorithm',
        params: [param('name', 'String')],
        annotations: [],
        isStatic: false,
        body: [assign(member(name('this'), 'name'), name('name'))],
      },
    ]);
    expect(algorithm.superclass).toBe('Enum');
    const point = classNamed(module, 'Point');
    const accessor = (component: string) => ({
      name: component,
      className: 'Point',
      params: [],
      annotations: [],
      isStatic: false,
      body: [
        assign(name(component), member(name('this'), component), { declaredType: 'int' }),
        ret(name(component)),
      ],
    });
    expect(shape(point.methods)).toEqual([
      {
        name: '<init>',
        className: 'Point',
        params: [param('x', 'int'), param('y', 'int')],
        annotations: [],
        isStatic: false,
        body: [
          exprStmt(call(undefined, 'check', name('x'))),
          assign(member(name('this'), 'x'), name('x')),
          assign(member(name('this'), 'y'), name('y')),
        ],
      },
      {
        name: 'origin',
        className: 'Point',
        params: [],
        annotations: [],
        isStatic: true,
        body: [ret(create('Point', lit(0), lit(0)))],
      },
      accessor('x'),
      accessor('y'),
    ]);
    expect(shape(classNamed(module, 'Audit').fields)).toEqual([
      assign(name('LEVEL'), lit('high'), { declaredType: 'String', constant: true }),
    ]);
  });

  test('a record without constructors gets a canonical one assigning its components; a declared accessor is kept', async () => {
    const module = await lower(
      'record Job(String label, UUID id) { String label() { return label.trim(); } }',
    );
    const job = classNamed(module, 'Job');
    expect(job.methods.map((method) => method.name)).toEqual(['label', '<init>', 'id']);
    expect(shape(methodNamed(module, '<init>'))).toEqual({
      name: '<init>',
      className: 'Job',
      params: [param('label', 'String'), param('id', 'UUID')],
      annotations: [],
      isStatic: false,
      body: [
        assign(member(name('this'), 'label'), name('label')),
        assign(member(name('this'), 'id'), name('id')),
      ],
    });
    expect(problemsIn(module)).toEqual([]);
  });

  test('nested, inner and local classes are lifted under their simple names with their own methods', async () => {
    const module = await lower(
      [
        'class Outer {',
        '  static class Nested extends Base { void a() {} }',
        '  class Inner { int v = 1; }',
        '  void run() {',
        '    class Local { void b() { sink(); } }',
        '    new Local().b();',
        '  }',
        '}',
      ].join('\n'),
    );
    expect(
      module.classes.map((decl) => [decl.name, decl.superclass, decl.methods.map((m) => m.name)]),
    ).toEqual([
      ['Outer', undefined, ['run']],
      ['Nested', 'Base', ['a']],
      ['Inner', undefined, []],
      ['Local', undefined, ['b']],
    ]);
    expect(shape(classNamed(module, 'Inner').fields)).toEqual([
      assign(name('v'), lit(1), { declaredType: 'int' }),
    ]);
    expect(methodNamed(module, 'b').className).toBe('Local');
    expect(shape(methodNamed(module, 'run').body)).toEqual([exprStmt(call(create('Local'), 'b'))]);
  });

  test('static initialisers are "<clinit>", instance initialisers "<init>"', async () => {
    const module = await lower('class A { static { load("x"); } { count = 0; } }');
    expect(shape(classNamed(module, 'A').methods)).toEqual([
      {
        name: '<clinit>',
        className: 'A',
        params: [],
        annotations: [],
        isStatic: true,
        body: [exprStmt(call(undefined, 'load', lit('x')))],
      },
      {
        name: '<init>',
        className: 'A',
        params: [],
        annotations: [],
        isStatic: false,
        body: [assign(name('count'), lit(0))],
      },
    ]);
  });

  test('methods: parameter types without generics, arrays and varargs as [], annotations by name with their arguments, static', async () => {
    const module = await lower(
      [
        '@RestController',
        'class Api {',
        '  @GetMapping(value = "/files/{id}", produces = "text/plain")',
        '  @org.springframework.security.access.annotation.Secured("ROLE_USER")',
        '  public static <T> ResponseEntity<String> read(@PathVariable("id") final String id,',
        '      @RequestParam Map<String, List<String>> query, byte[] data, String names[],',
        '      @javax.annotation.Nonnull HttpServletRequest request, Object... rest) throws IOException {',
        '    return null;',
        '  }',
        '  private synchronized void write() {}',
        '}',
      ].join('\n'),
    );
    const read = methodNamed(module, 'read');
    expect(shape(read)).toEqual({
      name: 'read',
      className: 'Api',
      params: [
        { ...param('id', 'String', ['PathVariable']), annotationArgs: [[{ value: lit('id') }]] },
        param('query', 'Map', ['RequestParam']),
        param('data', 'byte[]'),
        param('names', 'String[]'),
        param('request', 'HttpServletRequest', ['javax.annotation.Nonnull']),
        param('rest', 'Object[]'),
      ],
      annotations: ['GetMapping', 'org.springframework.security.access.annotation.Secured'],
      annotationArgs: [
        [
          { keyword: 'value', value: lit('/files/{id}') },
          { keyword: 'produces', value: lit('text/plain') },
        ],
        [{ value: lit('ROLE_USER') }],
      ],
      isStatic: true,
      body: [ret(lit(null))],
    });
    expect(read.loc).toEqual({ line: 3, column: 3, endLine: 9, endColumn: 4 });
    expect(read.params[0].loc).toEqual({ line: 5, column: 49, endLine: 5, endColumn: 84 });
    expect(methodNamed(module, 'write').isStatic).toBe(false);
  });

  test('constructors are "<init>"; this(...) and super(...) are calls named this / super', async () => {
    const module = await lower(
      [
        'class Dao extends Base {',
        '  Dao() { this(DEFAULT_URL); }',
        '  Dao(String url) { super(url, 3); connect(); }',
        '  Dao(Outer outer) { outer.super(); }',
        '}',
      ].join('\n'),
    );
    expect(
      shape(classNamed(module, 'Dao').methods.map((method) => [method.name, method.params, method.body])),
    ).toEqual([
      ['<init>', [], [exprStmt(call(undefined, 'this', name('DEFAULT_URL')))]],
      [
        '<init>',
        [param('url', 'String')],
        [exprStmt(call(undefined, 'super', name('url'), lit(3))), exprStmt(call(undefined, 'connect'))],
      ],
      ['<init>', [param('outer', 'Outer')], [exprStmt(call(name('outer'), 'super'))]],
    ]);
  });
});

// ---- statements -------------------------------------------------------------------------------

describe('Java statements', () => {
  test('local declarations: one assign per declarator with a value; var has no type; final is constant', async () => {
    expect(
      await bodyOf(
        [
          'String a = "x", b, c = a;',
          'var list = new ArrayList<String>();',
          'final int[] sizes = new int[]{1, 2};',
          'java.io.File f = null;',
          'Map.Entry<String, String> e = null;',
        ].join('\n'),
      ),
    ).toEqual([
      assign(name('a'), lit('x'), { declaredType: 'String' }),
      assign(name('c'), name('a'), { declaredType: 'String' }),
      assign(name('list'), create('ArrayList')),
      assign(name('sizes'), array(lit(1), lit(2)), { declaredType: 'int[]', constant: true }),
      assign(name('f'), lit(null), { declaredType: 'java.io.File' }),
      assign(name('e'), lit(null), { declaredType: 'Map.Entry' }),
    ]);
  });

  test('assignments, compound assignments and ++/-- statements are assigns', async () => {
    expect(
      await bodyOf(
        [
          'x = y;',
          'query += " WHERE id = " + id;',
          'a -= 1; b *= 2; c /= 3; d %= 4; e &= 5; f |= 6; g ^= 7; h <<= 8; i >>= 9; j >>>= 10;',
          'this.count++;',
          '--items[0];',
        ].join('\n'),
      ),
    ).toEqual([
      assign(name('x'), name('y')),
      assign(name('query'), bin('+', name('query'), bin('+', lit(' WHERE id = '), name('id')))),
      ...(
        [
          ['a', '-', 1],
          ['b', '*', 2],
          ['c', '/', 3],
          ['d', '%', 4],
          ['e', '&', 5],
          ['f', '|', 6],
          ['g', '^', 7],
          ['h', '<<', 8],
          ['i', '>>', 9],
          ['j', '>>>', 10],
        ] as const
      ).map(([target, operator, value]) => assign(name(target), bin(operator, name(target), lit(value)))),
      assign(member(name('this'), 'count'), bin('+', member(name('this'), 'count'), lit(1))),
      assign(index(name('items'), lit(0)), bin('-', index(name('items'), lit(0)), lit(1))),
    ]);
  });

  test('if / else if / else nest in otherwise', async () => {
    expect(
      await bodyOf('if (a) { one(); } else if (b) two(); else { three(); }\nif (c) ; else four();'),
    ).toEqual([
      ifStmt(
        name('a'),
        [exprStmt(call(undefined, 'one'))],
        [ifStmt(name('b'), [exprStmt(call(undefined, 'two'))], [exprStmt(call(undefined, 'three'))])],
      ),
      ifStmt(name('c'), [], [exprStmt(call(undefined, 'four'))]),
    ]);
  });

  test('while, do-while, for and for-each loops', async () => {
    expect(
      await bodyOf(
        [
          'while (it.hasNext()) { use(it.next()); }',
          'do { n--; } while (n > 0);',
          'for (int i = 0, j = 9; i < j; i++, j -= 2) { if (skip) continue; else break; }',
          'for (;;) {}',
          'for (i = 0; ; ) step();',
          'for (final javax.servlet.http.Cookie cookie : request.getCookies()) { read(cookie); }',
        ].join('\n'),
      ),
    ).toEqual([
      {
        kind: 'loop',
        test: call(name('it'), 'hasNext'),
        body: [exprStmt(call(undefined, 'use', call(name('it'), 'next')))],
      },
      {
        kind: 'loop',
        test: unknown('do_statement', bin('>', name('n'), lit(0))),
        body: [assign(name('n'), bin('-', name('n'), lit(1)))],
      },
      assign(name('i'), lit(0), { declaredType: 'int' }),
      assign(name('j'), lit(9), { declaredType: 'int' }),
      {
        kind: 'loop',
        test: bin('<', name('i'), name('j')),
        body: [
          ifStmt(name('skip'), [{ kind: 'continue' }], [{ kind: 'break' }]),
          assign(name('i'), bin('+', name('i'), lit(1))),
          assign(name('j'), bin('-', name('j'), lit(2))),
        ],
      },
      { kind: 'loop', body: [] },
      assign(name('i'), lit(0)),
      { kind: 'loop', body: [exprStmt(call(undefined, 'step'))] },
      {
        kind: 'loop',
        variable: name('cookie'),
        iterable: call(name('request'), 'getCookies'),
        body: [exprStmt(call(undefined, 'read', name('cookie')))],
      },
    ]);
  });

  test('try/catch/finally and try-with-resources (resources are final assigns at the start of the body)', async () => {
    expect(
      await bodyOf(
        [
          'try { risky(); } catch (IOException | SQLException e) { log(e); } catch (Exception other) { } finally { close(); }',
          'try (Connection c = ds.getConnection(); var s = c.createStatement(); existing) { s.execute(q); }',
        ].join('\n'),
      ),
    ).toEqual([
      {
        kind: 'try',
        body: [exprStmt(call(undefined, 'risky'))],
        handlers: [
          { variable: 'e', body: [exprStmt(call(undefined, 'log', name('e')))] },
          { variable: 'other', body: [] },
        ],
        finally: [exprStmt(call(undefined, 'close'))],
      },
      {
        kind: 'try',
        body: [
          assign(name('c'), call(name('ds'), 'getConnection'), {
            declaredType: 'Connection',
            constant: true,
          }),
          assign(name('s'), call(name('c'), 'createStatement'), { constant: true }),
          exprStmt(call(name('s'), 'execute', name('q'))),
        ],
        handlers: [],
        finally: [],
      },
    ]);
  });

  test('return, throw, labelled statements, synchronized, blocks; assert is dropped', async () => {
    expect(
      await bodyOf(
        [
          'outer: for (;;) { break outer; }',
          'synchronized (lock) { work(); }',
          'synchronized (getLock()) { }',
          '{ int scoped = 1; }',
          'assert check() : "message";',
          'if (bad) throw new IllegalStateException("bad");',
          'return;',
        ].join('\n'),
      ),
    ).toEqual([
      { kind: 'block', body: [{ kind: 'loop', body: [{ kind: 'break' }] }] },
      { kind: 'block', body: [exprStmt(call(undefined, 'work'))] },
      { kind: 'block', body: [exprStmt(call(undefined, 'getLock'))] },
      { kind: 'block', body: [assign(name('scoped'), lit(1), { declaredType: 'int' })] },
      ifStmt(name('bad'), [{ kind: 'throw', value: create('IllegalStateException', lit('bad')) }]),
      ret(),
    ]);
  });
});

describe('Java switch', () => {
  test('case groups become nested ifs on value == constant, falling through until break', async () => {
    expect(
      await bodyOf(
        [
          'switch (action) {',
          '  case "read": case "list": read(); break;',
          '  default: deny();',
          '  case "write": write();',
          '  case "flush": flush(); return;',
          '}',
        ].join('\n'),
      ),
    ).toEqual([
      ifStmt(
        bin('==', name('action'), lit('read')),
        [exprStmt(call(undefined, 'read'))],
        [
          ifStmt(
            bin('==', name('action'), lit('list')),
            [exprStmt(call(undefined, 'read'))],
            [
              ifStmt(
                bin('==', name('action'), lit('write')),
                [exprStmt(call(undefined, 'write')), exprStmt(call(undefined, 'flush')), ret()],
                [
                  ifStmt(
                    bin('==', name('action'), lit('flush')),
                    [exprStmt(call(undefined, 'flush')), ret()],
                    [
                      exprStmt(call(undefined, 'deny')),
                      exprStmt(call(undefined, 'write')),
                      exprStmt(call(undefined, 'flush')),
                      ret(),
                    ],
                  ),
                ],
              ),
            ],
          ),
        ],
      ),
    ]);
  });

  test('a switch on a call evaluates it once, before, and compares an unknown value', async () => {
    expect(
      await bodyOf(
        'switch (request.getParameter("lang")) { case "de": lang = "de"; break; default: lang = "en"; }',
      ),
    ).toEqual([
      exprStmt(call(name('request'), 'getParameter', lit('lang'))),
      ifStmt(
        bin('==', unknown('switch'), lit('de')),
        [assign(name('lang'), lit('de'))],
        [assign(name('lang'), lit('en'))],
      ),
    ]);
    expect(await bodyOf('switch (this.mode) { case A -> a(); }')).toEqual([
      ifStmt(bin('==', member(name('this'), 'mode'), name('A')), [exprStmt(call(undefined, 'a'))]),
    ]);
  });

  test('a break inside a switch leaves the switch, a continue still belongs to the loop', async () => {
    expect(
      await bodyOf('while (more()) { switch (k) { case 1: if (x) break; go(); break; default: continue; } }'),
    ).toEqual([
      {
        kind: 'loop',
        test: call(undefined, 'more'),
        body: [
          ifStmt(
            bin('==', name('k'), lit(1)),
            [ifStmt(name('x'), []), exprStmt(call(undefined, 'go'))],
            [{ kind: 'continue' }],
          ),
        ],
      },
    ]);
  });

  test('arrow rules: several labels are ||, patterns bind their variable, guards are &&, no default', async () => {
    expect(
      await bodyOf(
        [
          'switch (input) {',
          '  case 1, 2 -> small();',
          '  case String s when s.isEmpty() -> { empty(s); }',
          '  case Color.RED -> throw new IllegalArgumentException();',
          '}',
        ].join('\n'),
      ),
    ).toEqual([
      ifStmt(
        bin('||', bin('==', name('input'), lit(1)), bin('==', name('input'), lit(2))),
        [exprStmt(call(undefined, 'small'))],
        [
          ifStmt(
            bin('&&', unknown('pattern', name('input')), call(name('s'), 'isEmpty')),
            [
              assign(name('s'), name('input'), { declaredType: 'String' }),
              exprStmt(call(undefined, 'empty', name('s'))),
            ],
            [
              ifStmt(bin('==', name('input'), member(name('Color'), 'RED')), [
                { kind: 'throw', value: create('IllegalArgumentException') },
              ]),
            ],
          ),
        ],
      ),
    ]);
  });

  test('a switch expression is a conditional chain over its arms; arms with statements run before', async () => {
    expect(
      await valueOf('switch (mode) { case "a" -> "AES"; case "d" -> "DES"; default -> "NONE"; }'),
    ).toEqual({
      kind: 'conditional',
      test: bin('==', name('mode'), lit('a')),
      then: lit('AES'),
      otherwise: {
        kind: 'conditional',
        test: bin('==', name('mode'), lit('d')),
        then: lit('DES'),
        otherwise: lit('NONE'),
      },
    });
    expect(
      await bodyOf(
        'String c = switch (k) { case 1: yield "x"; default: { log(k); yield k > 2 ? "y" : "z"; } };',
      ),
    ).toEqual([
      ifStmt(
        bin('==', name('k'), lit(1)),
        [],
        [{ kind: 'block', body: [exprStmt(call(undefined, 'log', name('k')))] }],
      ),
      assign(
        name('c'),
        {
          kind: 'conditional',
          test: bin('==', name('k'), lit(1)),
          then: lit('x'),
          otherwise: {
            kind: 'conditional',
            test: bin('>', name('k'), lit(2)),
            then: lit('y'),
            otherwise: lit('z'),
          },
        },
        { declaredType: 'String' },
      ),
    ]);
    expect(await valueOf('switch (k) { case 1 -> "one"; default -> throw new X(); }')).toEqual(lit('one'));
    expect(await bodyOf('use(n = 1, switch (n) { case 1 -> { go(); yield 2; } default -> 3; });')).toEqual([
      assign(name('n'), lit(1)),
      ifStmt(bin('==', name('n'), lit(1)), [exprStmt(call(undefined, 'go'))]),
      exprStmt(
        call(undefined, 'use', name('n'), {
          kind: 'conditional',
          test: bin('==', name('n'), lit(1)),
          then: lit(2),
          otherwise: lit(3),
        }),
      ),
    ]);
  });
});

// ---- expressions ------------------------------------------------------------------------------

describe('Java literals', () => {
  test('strings are unescaped; text blocks lose their incidental indentation', async () => {
    expect(await valueOf('"tab\\tnew\\nquote\\"back\\\\slash\\u0041\\101\\0\\s\'"')).toEqual(
      lit('tab\tnew\nquote"back\\slashAA\u0000 \''),
    );
    expect(await valueOf('""')).toEqual(lit(''));
    expect(
      await valueOf('"""\n      SELECT *\n        FROM users  \n      WHERE id = ?\\\n      """'),
    ).toEqual(lit('SELECT *\n  FROM users\nWHERE id = ?'));
    expect(await valueOf('"""\n    line\\n\n    end"""')).toEqual(lit('line\n\nend'));
  });

  test('characters are one-character strings', async () => {
    expect(await valueOf("'a'")).toEqual(lit('a'));
    expect(await valueOf("'\\n'")).toEqual(lit('\n'));
    expect(await valueOf("'\\''")).toEqual(lit("'"));
    expect(await valueOf("'\\u0041'")).toEqual(lit('A'));
  });

  test('numbers: decimal, hex, octal, binary, underscores, L suffix, floats', async () => {
    const values = (await bodyOf(
      [
        '1_000_000',
        '0',
        '0x1F',
        '0xFFFFFFFF',
        '0xFFFF_FFFFL',
        '017',
        '0b1010',
        '42L',
        '1.5e3',
        '.5',
        '2d',
        '0.5f',
        '0x1.8p1',
      ]
        .map((literal, at) => `Object v${at} = ${literal};`)
        .join('\n'),
    )) as Shape[];
    expect(values.map((stmt) => (stmt.value as Shape).value)).toEqual([
      1000000, 0, 31, -1, 4294967295, 15, 10, 42, 1500, 0.5, 2, 0.5, 3,
    ]);
  });

  test('true, false and null', async () => {
    expect(await valueOf('true')).toEqual(lit(true));
    expect(await valueOf('false')).toEqual(lit(false));
    expect(await valueOf('null')).toEqual(lit(null));
  });
});

describe('Java expressions', () => {
  test('names, this, super, field access chains, array access', async () => {
    expect(await valueOf('java.net.URLDecoder')).toEqual(member(member(name('java'), 'net'), 'URLDecoder'));
    expect(await valueOf('this.items[i + 1]')).toEqual(
      index(member(name('this'), 'items'), bin('+', name('i'), lit(1))),
    );
    expect(await valueOf('super.name')).toEqual(member(name('super'), 'name'));
    expect(await valueOf('Outer.this')).toEqual(name('this'));
    expect(await valueOf('grid[0][1]')).toEqual(index(index(name('grid'), lit(0)), lit(1)));
  });

  test('method calls keep receiver and method; generic type arguments are dropped', async () => {
    expect(await valueOf('request.getSession().getAttribute("user")')).toEqual(
      call(call(name('request'), 'getSession'), 'getAttribute', lit('user')),
    );
    expect(await valueOf('super.toString()')).toEqual(call(name('super'), 'toString'));
    expect(await valueOf('Collections.<String>emptyList()')).toEqual(call(name('Collections'), 'emptyList'));
    expect(await valueOf('decode(val, "UTF-8")')).toEqual(
      call(undefined, 'decode', name('val'), lit('UTF-8')),
    );
    expect(await valueOf('org.apache.commons.io.FileUtils.readFileToString(f)')).toEqual(
      call(
        member(member(member(member(name('org'), 'apache'), 'commons'), 'io'), 'FileUtils'),
        'readFileToString',
        name('f'),
      ),
    );
  });

  test('object creation keeps the type as written without type arguments', async () => {
    expect(await valueOf('new java.io.FileOutputStream(path)')).toEqual(
      create('java.io.FileOutputStream', name('path')),
    );
    expect(await valueOf('new Cookie("session", id)')).toEqual(create('Cookie', lit('session'), name('id')));
    expect(await valueOf('new HashMap<String, List<String>>()')).toEqual(create('HashMap'));
    expect(await valueOf('outer.new Inner(1)')).toEqual(create('Inner', lit(1)));
  });

  test('arrays: initialisers are array expressions, sized creation is unknown over the sizes', async () => {
    expect(await valueOf('new byte[]{1, 2, 3}')).toEqual(array(lit(1), lit(2), lit(3)));
    expect(await valueOf('new String[][]{{"a"}, {}}')).toEqual(array(array(lit('a')), array()));
    expect(await valueOf('new byte[size]')).toEqual(unknown('array_creation_expression', name('size')));
    expect(await valueOf('new int[3][n]')).toEqual(unknown('array_creation_expression', lit(3), name('n')));
  });

  test('binary, unary, instanceof, conditional; casts and parentheses disappear', async () => {
    const operators = [
      '+',
      '-',
      '*',
      '/',
      '%',
      '==',
      '!=',
      '<',
      '<=',
      '>',
      '>=',
      '&&',
      '||',
      '&',
      '|',
      '^',
      '<<',
      '>>',
      '>>>',
    ];
    for (const operator of operators) {
      expect(await valueOf(`a ${operator} b`)).toEqual(bin(operator, name('a'), name('b')));
    }
    expect(await valueOf('(a + b) * -c')).toEqual(
      bin('*', bin('+', name('a'), name('b')), unary('-', name('c'))),
    );
    expect(await valueOf('!ok || ~mask == +one')).toEqual(
      bin('||', unary('!', name('ok')), bin('==', unary('~', name('mask')), unary('+', name('one')))),
    );
    expect(await valueOf('o instanceof java.util.List')).toEqual(
      bin('instanceof', name('o'), name('java.util.List')),
    );
    expect(await valueOf('(String) map.get(k)')).toEqual(call(name('map'), 'get', name('k')));
    expect(await valueOf('debug ? "x" : (String) y')).toEqual({
      kind: 'conditional',
      test: name('debug'),
      then: lit('x'),
      otherwise: name('y'),
    });
    expect(await valueOf('"SELECT " + id + " LIMIT " + 10')).toEqual(
      bin('+', bin('+', bin('+', lit('SELECT '), name('id')), lit(' LIMIT ')), lit(10)),
    );
  });

  test('class literals are the member "class" of the type name', async () => {
    expect(await valueOf('User.class')).toEqual(member(name('User'), 'class'));
    expect(await valueOf('java.lang.String.class')).toEqual(
      member(member(member(name('java'), 'lang'), 'String'), 'class'),
    );
    expect(await valueOf('int[].class')).toEqual(member(name('int[]'), 'class'));
  });

  test('hoisting inside a loop body stays in the body', async () => {
    expect(await bodyOf('for (;;) { use(i++); }\nwhile (more) { use(j = 2); }')).toEqual([
      {
        kind: 'loop',
        body: [
          assign(name('i'), bin('+', name('i'), lit(1))),
          exprStmt(call(undefined, 'use', bin('-', name('i'), lit(1)))),
        ],
      },
      {
        kind: 'loop',
        test: name('more'),
        body: [assign(name('j'), lit(2)), exprStmt(call(undefined, 'use', name('j')))],
      },
    ]);
  });

  test('an assignment inside a condition is emitted before the loop and again at the end of its body', async () => {
    expect(
      await bodyOf('String line;\nwhile ((line = reader.readLine()) != null) { out.println(line); }'),
    ).toEqual([
      assign(name('line'), call(name('reader'), 'readLine')),
      {
        kind: 'loop',
        test: bin('!=', name('line'), lit(null)),
        body: [
          exprStmt(call(name('out'), 'println', name('line'))),
          assign(name('line'), call(name('reader'), 'readLine')),
        ],
      },
    ]);
    expect(await bodyOf('do { write(b); } while ((b = in.read()) != -1);')).toEqual([
      {
        kind: 'loop',
        test: unknown('do_statement', bin('!=', name('b'), unary('-', lit(1)))),
        body: [exprStmt(call(undefined, 'write', name('b'))), assign(name('b'), call(name('in'), 'read'))],
      },
    ]);
  });

  test('chained assignments, ++/-- used as values, and instanceof patterns are hoisted', async () => {
    expect(await bodyOf('a = b = c;\nuse(i++, --j);\nif (o instanceof String s && s.isEmpty()) { }')).toEqual(
      [
        assign(name('b'), name('c')),
        assign(name('a'), name('b')),
        assign(name('i'), bin('+', name('i'), lit(1))),
        assign(name('j'), bin('-', name('j'), lit(1))),
        exprStmt(call(undefined, 'use', bin('-', name('i'), lit(1)), name('j'))),
        assign(name('s'), name('o'), { declaredType: 'String' }),
        ifStmt(bin('&&', bin('instanceof', name('o'), name('String')), call(name('s'), 'isEmpty')), []),
      ],
    );
  });

  test('lambdas are functions named <lambda>; an expression body is a return', async () => {
    expect(await valueOf('() -> run()')).toEqual(fn('<lambda>', [], [ret(call(undefined, 'run'))]));
    expect(await valueOf('(String q, int n) -> { return q.repeat(n); }')).toEqual(
      fn('<lambda>', [param('q', 'String'), param('n', 'int')], [ret(call(name('q'), 'repeat', name('n')))]),
    );
    expect(await valueOf('(k, v) -> k')).toEqual(fn('<lambda>', [param('k'), param('v')], [ret(name('k'))]));
    expect(await valueOf('s -> s = s.trim()')).toEqual(
      fn('<lambda>', [param('s')], [assign(name('s'), call(name('s'), 'trim')), ret(name('s'))]),
    );
  });

  test('method references are unknown over their receiver and the method name', async () => {
    expect(await valueOf('request::getParameter')).toEqual(
      unknown('method_reference', name('request'), lit('getParameter')),
    );
    expect(await valueOf('String::valueOf')).toEqual(
      unknown('method_reference', name('String'), lit('valueOf')),
    );
    expect(await valueOf('ArrayList::new')).toEqual(unknown('method_reference', name('ArrayList')));
  });

  test('anonymous class methods are function arguments of the new expression, initialisers an "<init>"', async () => {
    expect(
      await valueOf(
        'new Thread(name) { int tries = 3; { setDaemon(true); } @Override public void run() { work(tries); } }',
      ),
    ).toEqual(
      create(
        'Thread',
        name('name'),
        fn(
          '<init>',
          [],
          [
            assign(name('tries'), lit(3), { declaredType: 'int' }),
            exprStmt(call(undefined, 'setDaemon', lit(true))),
          ],
        ),
        fn('run', [], [exprStmt(call(undefined, 'work', name('tries')))], { annotations: ['Override'] }),
      ),
    );
  });
});

// ---- locations, errors, seed snippets -----------------------------------------------------------

describe('Java locations and syntax errors', () => {
  test('locations are 1-based; expression statements span their expression', async () => {
    const module = await lower(
      'class A {\n  void f() {\n    stmt.executeQuery(sql);\n    String s =\n      "x";\n  }\n}\n',
    );
    const [callStmt, declaration] = methodNamed(module, 'f').body as [Stmt, Stmt];
    expect(callStmt.loc).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 27 });
    expect(declaration.loc).toEqual({ line: 4, column: 12, endLine: 5, endColumn: 10 });
    expect(declaration.kind === 'assign' && declaration.target.loc).toEqual({
      line: 4,
      column: 12,
      endLine: 4,
      endColumn: 13,
    });
  });

  test('CRLF line ends and non-ASCII text keep names and locations right', async () => {
    const module = await lower(
      'class A {\r\n  void f() {\r\n    String s = "héllo 😀"; sink(s);\r\n  }\r\n}\r\n',
    );
    const [declaration, sink] = methodNamed(module, 'f').body;
    expect(shape(declaration)).toEqual(assign(name('s'), lit('héllo 😀'), { declaredType: 'String' }));
    expect(sink.loc).toEqual({ line: 3, column: 28, endLine: 3, endColumn: 35 });
    expect(module.lineCount).toBe(5);
  });

  test('a file with syntax errors still lowers what parsed and reports where the errors are', async () => {
    const module = await lower(
      [
        'public class H {',
        '  void a(HttpServletRequest r) {',
        '    String p = r.getParameter("p");',
        '    %%% garbage &&&',
        '    new FileOutputStream(p);',
        '    if (p != null {',
        '      Runtime.getRuntime().exec(p);',
        '    }',
        '  }',
        '  void b() {',
        '    foo(',
        '  }',
      ].join('\n'),
    );
    expect(module.syntaxErrors).toEqual([
      { line: 4, column: 5, endLine: 4, endColumn: 8 },
      { line: 4, column: 19, endLine: 4, endColumn: 20 },
      { line: 6, column: 18, endLine: 6, endColumn: 18 },
      { line: 11, column: 5, endLine: 11, endColumn: 9 },
      { line: 12, column: 4, endLine: 12, endColumn: 4 },
    ]);
    expect(shape(methodNamed(module, 'a').body)).toEqual([
      assign(name('p'), call(name('r'), 'getParameter', lit('p')), { declaredType: 'String' }),
      // tree-sitter reads `garbage &&&\n new ...` as `garbage && new ...`, skipping the rest.
      exprStmt(bin('&&', name('garbage'), create('FileOutputStream', name('p')))),
      ifStmt(bin('!=', name('p'), lit(null)), [
        exprStmt(call(call(name('Runtime'), 'getRuntime'), 'exec', name('p'))),
      ]),
    ]);
    expect(methodNamed(module, 'b').body).toEqual([]);
  });

  test('every prefix of a file, and the file with a piece cut out, lowers without throwing into a sound IR', async () => {
    const source = [
      'package p;',
      'import java.util.*;',
      '@Controller public class Kitchen<T> extends Base<T> {',
      '  private static final String KEY = "k" + 1;',
      '  static { init(); }',
      '  enum Mode { A, B { void f() {} } }',
      '  public String handle(@RequestParam("q") String q, int... n) throws Exception {',
      '    String line; int i = 0;',
      '    while ((line = reader.readLine()) != null) { use(line, i++); }',
      '    for (int k = 0; k < n.length; k++) { if (k == 2) continue; else break; }',
      '    switch (q) { case "a": case "b": go(); break; default: stop(); }',
      '    int v = switch (i) { case 1 -> 2; default -> { log(); yield i > 3 ? 4 : 5; } };',
      '    try (var in = open(q)) { read(in); } catch (IOException | RuntimeException e) { throw e; } finally { }',
      '    Runnable r = () -> sink(q); Object o = new Object() { public String toString() { return q; } };',
      '    if (o instanceof String s && !s.isEmpty()) { x += s.length(); } else if (o == null) { do { i--; } while (i > 0); }',
      '    return new String[]{q, "\\u0041\\n"}[0] + Kitchen.class + (char) 65 + 0x1F + """',
      '        text""";',
      '  }',
      '}',
    ].join('\n');
    for (let cut = 0; cut <= source.length; cut += 4) {
      for (const text of [source.slice(0, cut), source.slice(0, cut) + source.slice(cut + 6)]) {
        expect(problemsIn(await lower(text))).toEqual([]);
      }
    }
    expect((await lower(source)).syntaxErrors).toEqual([]);
  });

  test('text that is not Java at all lowers to an empty module with errors', async () => {
    const module = await lower('this is ( not } java at all');
    expect(module.syntaxErrors.length).toBeGreaterThan(0);
    expect(module.classes).toEqual([]);
  });
});

describe("the seed article's bare snippets", () => {
  test('a constant and a method without a class: statements and functions', async () => {
    const module = await lower(
      [
        'import javax.crypto.Cipher;',
        '',
        'static final String CIPHER = "DES";',
        '',
        'public void run() {',
        '    cipher = Cipher.getInstance(CIPHER);',
        '}',
      ].join('\n'),
    );
    expect(module.syntaxErrors).toEqual([]);
    expect(module.imports).toEqual([{ module: 'javax.crypto.Cipher', alias: 'Cipher' }]);
    expect(shape(module.statements)).toEqual([
      assign(name('CIPHER'), lit('DES'), { declaredType: 'String', constant: true }),
    ]);
    expect(shape(module.functions)).toEqual([
      {
        name: 'run',
        params: [],
        annotations: [],
        isStatic: false,
        body: [assign(name('cipher'), call(name('Cipher'), 'getInstance', name('CIPHER')))],
      },
    ]);
    expect(module.statements[0].loc.line).toBe(3);
  });

  test('the KMS snippet: top-level declarations and calls in order', async () => {
    const module = await lower(
      [
        'AWSKMS client = AWSKMSClientBuilder.standard().build();',
        'ByteBuffer sourceCipherTextBlob = ByteBuffer.wrap(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 0});',
        'DecryptRequest req = new DecryptRequest()',
        '                         .withCiphertextBlob(sourceCipherTextBlob);',
        'ByteBuffer plainText = client.decrypt(req).getPlaintext();',
        'EncryptRequest res = new EncryptRequest()',
        '                         .withKeyId("NewKeyId")',
        '                         .withPlaintext(plainText);',
        'ByteBuffer ciphertext = client.encrypt(res).getCiphertextBlob();',
      ].join('\n'),
    );
    expect(module.syntaxErrors).toEqual([]);
    expect(shape(module.statements)).toEqual([
      assign(name('client'), call(call(name('AWSKMSClientBuilder'), 'standard'), 'build'), {
        declaredType: 'AWSKMS',
      }),
      assign(
        name('sourceCipherTextBlob'),
        call(name('ByteBuffer'), 'wrap', array(...[1, 2, 3, 4, 5, 6, 7, 8, 9, 0].map(lit))),
        { declaredType: 'ByteBuffer' },
      ),
      assign(
        name('req'),
        call(create('DecryptRequest'), 'withCiphertextBlob', name('sourceCipherTextBlob')),
        {
          declaredType: 'DecryptRequest',
        },
      ),
      assign(name('plainText'), call(call(name('client'), 'decrypt', name('req')), 'getPlaintext'), {
        declaredType: 'ByteBuffer',
      }),
      assign(
        name('res'),
        call(
          call(create('EncryptRequest'), 'withKeyId', lit('NewKeyId')),
          'withPlaintext',
          name('plainText'),
        ),
        { declaredType: 'EncryptRequest' },
      ),
      assign(name('ciphertext'), call(call(name('client'), 'encrypt', name('res')), 'getCiphertextBlob'), {
        declaredType: 'ByteBuffer',
      }),
    ]);
    expect(module.statements.map((stmt) => stmt.loc.line)).toEqual([1, 2, 3, 5, 6, 9]);
  });

  test('the cookie and path traversal snippets lower every step of the flow', async () => {
    const module = await lower(
      [
        'import javax.servlet.http.Cookie;',
        'public static void createCookie() {',
        '    Cookie cookie = new Cookie("name", "value");',
        '}',
        'private String decode(final String val, final String enc) {',
        '    try {',
        '        return java.net.URLDecoder.decode(val, enc);',
        '    } catch (UnsupportedEncodingException e) {',
        '        e.printStackTrace();',
        '    }',
        '    return "";',
        '}',
        'public void pathTraversal(HttpServletRequest request) throws IOException {',
        '    javax.servlet.http.Cookie[] theCookies = request.getCookies();',
        '    String path = "";',
        '    if (theCookies != null) {',
        '        for (javax.servlet.http.Cookie theCookie : theCookies) {',
        '            if (theCookie.getName().equals("thePath")) {',
        '                path = decode(theCookie.getValue(), "UTF-8");',
        '                break;',
        '            }',
        '        }',
        '    }',
        '    if (!path.equals("")) {',
        '        String fileName = path + ".txt";',
        '        String decStr = new String(org.apache.commons.codec.binary.Base64.decodeBase64(',
        '            org.apache.commons.codec.binary.Base64.encodeBase64(fileName.getBytes())));',
        '        java.io.FileOutputStream fileOutputStream = new java.io.FileOutputStream(decStr);',
        '    }',
        '}',
      ].join('\n'),
    );
    expect(module.syntaxErrors).toEqual([]);
    expect(
      module.functions.map((f) => [f.name, f.isStatic, f.params.map((p) => `${p.type} ${p.name}`)]),
    ).toEqual([
      ['createCookie', true, []],
      ['decode', false, ['String val', 'String enc']],
      ['pathTraversal', false, ['HttpServletRequest request']],
    ]);
    expect(shape(methodNamed(module, 'createCookie').body)).toEqual([
      assign(name('cookie'), create('Cookie', lit('name'), lit('value')), { declaredType: 'Cookie' }),
    ]);
    expect(shape(methodNamed(module, 'decode').body)).toEqual([
      {
        kind: 'try',
        body: [
          ret(call(member(member(name('java'), 'net'), 'URLDecoder'), 'decode', name('val'), name('enc'))),
        ],
        handlers: [{ variable: 'e', body: [exprStmt(call(name('e'), 'printStackTrace'))] }],
        finally: [],
      },
      ret(lit('')),
    ]);
    const base64 = member(
      member(member(member(member(name('org'), 'apache'), 'commons'), 'codec'), 'binary'),
      'Base64',
    );
    expect(shape(methodNamed(module, 'pathTraversal').body)).toEqual([
      assign(name('theCookies'), call(name('request'), 'getCookies'), {
        declaredType: 'javax.servlet.http.Cookie[]',
      }),
      assign(name('path'), lit(''), { declaredType: 'String' }),
      ifStmt(bin('!=', name('theCookies'), lit(null)), [
        {
          kind: 'loop',
          variable: name('theCookie'),
          iterable: name('theCookies'),
          body: [
            ifStmt(call(call(name('theCookie'), 'getName'), 'equals', lit('thePath')), [
              assign(
                name('path'),
                call(undefined, 'decode', call(name('theCookie'), 'getValue'), lit('UTF-8')),
              ),
              { kind: 'break' },
            ]),
          ],
        },
      ]),
      ifStmt(unary('!', call(name('path'), 'equals', lit(''))), [
        assign(name('fileName'), bin('+', name('path'), lit('.txt')), { declaredType: 'String' }),
        assign(
          name('decStr'),
          create(
            'String',
            call(base64, 'decodeBase64', call(base64, 'encodeBase64', call(name('fileName'), 'getBytes'))),
          ),
          { declaredType: 'String' },
        ),
        assign(name('fileOutputStream'), create('java.io.FileOutputStream', name('decStr')), {
          declaredType: 'java.io.FileOutputStream',
        }),
      ]),
    ]);
  });
});
