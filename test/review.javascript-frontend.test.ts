import type { Expr, Language, SourceModule } from '../src/review/ir';
import {
  arr,
  assign,
  bin,
  block,
  call,
  concat,
  cond,
  create,
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

const LANGUAGE_OF: Record<string, Language> = { js: 'javascript', ts: 'typescript', tsx: 'typescript' };

function lowerScript(text: string, extension: 'js' | 'ts' | 'tsx' = 'js'): Promise<SourceModule> {
  return lower(`src/app.${extension}`, text, LANGUAGE_OF[extension]);
}

/** The location-free module statements of a snippet. */
async function statementsOf(text: string, extension: 'js' | 'ts' | 'tsx' = 'js'): Promise<unknown> {
  return shape((await lowerScript(text, extension)).statements);
}

/** The value of the last statement `v = <expression>;`, after any statements hoisted before it. */
async function valueOf(expression: string, extension: 'js' | 'ts' | 'tsx' = 'js'): Promise<unknown> {
  const statements = (await statementsOf(`v = ${expression};\n`, extension)) as Shape[];
  return statements[statements.length - 1].value;
}

const EXPRESS_APP = `'use strict';
const express = require('express');
const cp = require('child_process');
const { exec, spawn: run } = require('child_process');
const readFile = require('fs').promises.readFile;
import crypto, { createHash as hash, randomBytes } from 'crypto';
import * as path from 'path';
import { default as mysql } from 'mysql2';
import 'dotenv/config';

const app = express();

// GET /users/:id
app.get('/users/:id', async (req, res) => {
  const { id, name = 'guest' } = req.query;
  const sql = \`SELECT * FROM users WHERE id = \${id} AND name = '\${name}'\`;
  const rows = await db.query(sql, { timeout: 30 });
  exec('ls ' + req.params.dir, (err, out) => res.send(out));
  res.cookie('session', token, { httpOnly: true, ...cookieDefaults });
  return res.json(rows);
});

module.exports = app;
`;

describe('an Express application', () => {
  let module: SourceModule;
  beforeAll(async () => {
    module = await lowerScript(EXPRESS_APP);
  });

  test('ES imports and require calls are imports; named bindings are module.name', () => {
    expect(module.imports).toEqual([
      { module: 'express', alias: 'express' },
      { module: 'child_process', alias: 'cp' },
      { module: 'child_process.exec', alias: 'exec' },
      { module: 'child_process.spawn', alias: 'run' },
      { module: 'fs.promises.readFile', alias: 'readFile' },
      { module: 'crypto', alias: 'crypto' },
      { module: 'crypto.createHash', alias: 'hash' },
      { module: 'crypto.randomBytes', alias: 'randomBytes' },
      { module: 'path', alias: 'path' },
      { module: 'mysql2', alias: 'mysql' },
    ]);
  });

  test('require declarations are also assignments; destructuring goes through one temporary for a call', () => {
    const requireCall = (module: string) => call(undefined, 'require', lit(module));
    expect(shape(module.statements.slice(0, 7))).toEqual([
      expr(lit('use strict')),
      assign(name('express'), requireCall('express'), { constant: true }),
      assign(name('cp'), requireCall('child_process'), { constant: true }),
      assign(name('$tmp0'), requireCall('child_process')),
      assign(name('exec'), index(name('$tmp0'), lit('exec')), { constant: true }),
      assign(name('run'), index(name('$tmp0'), lit('spawn')), { constant: true }),
      assign(name('readFile'), member(member(requireCall('fs'), 'promises'), 'readFile'), { constant: true }),
    ]);
  });

  test('the handler: destructured query, template literal, keyword-less options objects, arrow callbacks', () => {
    const handler = shape(module.statements[8]);
    const query = dotted('req.query');
    expect(handler).toEqual(
      expr(
        call(
          name('app'),
          'get',
          lit('/users/:id'),
          lambda(
            [param('req'), param('res')],
            [
              assign(name('id'), index(query, lit('id')), { constant: true }),
              assign(name('name'), bin('??', index(query, lit('name')), lit('guest')), { constant: true }),
              assign(
                name('sql'),
                concat(
                  lit('SELECT * FROM users WHERE id = '),
                  name('id'),
                  lit(" AND name = '"),
                  name('name'),
                  lit("'"),
                ),
                { constant: true },
              ),
              assign(
                name('rows'),
                un('await', call(name('db'), 'query', name('sql'), obj(['timeout', lit(30)]))),
                {
                  constant: true,
                },
              ),
              expr(
                call(
                  undefined,
                  'exec',
                  bin('+', lit('ls '), dotted('req.params.dir')),
                  lambda([param('err'), param('out')], [ret(call(name('res'), 'send', name('out')))]),
                ),
              ),
              expr(
                call(
                  name('res'),
                  'cookie',
                  lit('session'),
                  name('token'),
                  obj(['httpOnly', lit(true)], [undefined, name('cookieDefaults')]),
                ),
              ),
              ret(call(name('res'), 'json', name('rows'))),
            ],
          ),
        ),
      ),
    );
    expect(shape(module.statements[9])).toEqual(assign(dotted('module.exports'), name('app')));
  });

  test('comments, line count, no shared nodes, sound locations', () => {
    expect(module.comments).toEqual([{ line: 13, text: '// GET /users/:id' }]);
    expect(module.lineCount).toBe(23);
    expect(module.language).toBe('javascript');
    expect(problemsIn(module)).toEqual([]);
    expect(module.statements[8].loc).toEqual({ line: 14, column: 1, endLine: 21, endColumn: 3 });
  });
});

const NEST_CONTROLLER = `import { Controller, Get, Param, Body } from '@nestjs/common';

@Controller('users')
export class UsersController extends BaseController<User> implements OnInit {
  private readonly password: string = 'hunter2';
  static instances = 0;
  #secret = process.env.SECRET!;
  name: string;

  constructor(private readonly db: Db, public cache?: Cache) {
    super();
  }

  @Get(':id')
  async find(@Param('id') id: string, @Body() { filter, page = 1 }: Query, ...rest: string[]): Promise<User> {
    const sql = ('SELECT ' + filter) as string;
    return this.db.query<User>(sql satisfies string, [id])!;
  }

  static create(): UsersController {
    return new UsersController(null as unknown as Db);
  }

  get total(): number {
    return UsersController.instances;
  }
}

export default function (req: Request): Response {
  return handle(<Request>req);
}

export const handler = async (event: APIGatewayEvent) => event.body;
enum Level { Low, High = 'high', Next }
`;

describe('a NestJS controller in TypeScript', () => {
  let module: SourceModule;
  beforeAll(async () => {
    module = await lowerScript(NEST_CONTROLLER, 'ts');
  });

  test('class: superclass without type arguments, fields with initialisers, readonly fields are constant', () => {
    expect(module.classes).toHaveLength(1);
    const [controller] = module.classes;
    expect(controller.name).toBe('UsersController');
    expect(controller.superclass).toBe('BaseController');
    expect(shape(controller.fields)).toEqual([
      assign(name('password'), lit('hunter2'), { constant: true, declaredType: 'string' }),
      assign(name('instances'), lit(0)),
      assign(name('#secret'), dotted('process.env.SECRET')),
    ]);
  });

  test('constructor is "<init>"; parameter properties assign this.<name>', () => {
    expect(shape(functionNamed(module, '<init>'))).toEqual(
      fn(
        '<init>',
        [param('db', { type: 'Db' }), param('cache', { type: 'Cache' })],
        [
          assign(member(name('this'), 'db'), name('db')),
          assign(member(name('this'), 'cache'), name('cache')),
          expr(call(undefined, 'super')),
        ],
        { className: 'UsersController' },
      ),
    );
  });

  test('method and parameter decorators are annotations with their arguments; a destructured parameter is $param<i>; types are dropped from expressions', () => {
    expect(shape(functionNamed(module, 'find'))).toEqual(
      fn(
        'find',
        [
          param('id', { type: 'string', annotations: ['Param'], annotationArgs: [[{ value: lit('id') }]] }),
          param('$param1', { type: 'Query', annotations: ['Body'] }),
          param('rest', { type: 'string[]' }),
        ],
        [
          assign(name('filter'), index(name('$param1'), lit('filter'))),
          assign(name('page'), bin('??', index(name('$param1'), lit('page')), lit(1))),
          assign(name('sql'), bin('+', lit('SELECT '), name('filter')), { constant: true }),
          ret(call(member(name('this'), 'db'), 'query', name('sql'), arr(name('id')))),
        ],
        { className: 'UsersController', annotations: ['Get'], annotationArgs: [[{ value: lit(':id') }]] },
      ),
    );
  });

  test('static methods, getters, `as unknown as` casts and new with the type as written', () => {
    expect(shape(functionNamed(module, 'create'))).toEqual(
      fn('create', [], [ret(create('UsersController', lit(null)))], {
        className: 'UsersController',
        isStatic: true,
      }),
    );
    expect(shape(functionNamed(module, 'total').body)).toEqual([ret(dotted('UsersController.instances'))]);
  });

  test('export default of an anonymous function is a function named "default"; exported arrows stay assignments', () => {
    expect(shape(functionNamed(module, 'default'))).toEqual(
      fn('default', [param('req', { type: 'Request' })], [ret(call(undefined, 'handle', name('req')))]),
    );
    expect(shape(module.statements)).toEqual([
      assign(
        name('handler'),
        lambda([param('event', { type: 'APIGatewayEvent' })], [ret(dotted('event.body'))]),
        { constant: true },
      ),
      assign(name('Level'), obj(['Low', lit(0)], ['High', lit('high')], ['Next', unknown('enum_member')]), {
        constant: true,
      }),
    ]);
    expect(module.imports.map((entry) => entry.module)).toEqual([
      '@nestjs/common.Controller',
      '@nestjs/common.Get',
      '@nestjs/common.Param',
      '@nestjs/common.Body',
    ]);
    expect(problemsIn(module)).toEqual([]);
  });
});

const COMPONENT = `import React from 'react';

export function Comment({ body, author }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Layout.Card title={author.name} {...rest} hidden>
      Posted by <b>{author.name}</b>
      <div className="body" dangerouslySetInnerHTML={{ __html: body }} />
      {open && <p onClick={() => setOpen(!open)}>{body}</p>}
      <>{/* nothing */}</>
    </Layout.Card>
  );
}
`;

describe('a TSX component', () => {
  test('JSX elements are "<jsx>" calls on their tag: attributes are keyword arguments, children positional', async () => {
    const module = await lowerScript(COMPONENT, 'tsx');
    const jsx = (tag: Shape | undefined, ...values: Parameters<typeof call>[2][]) =>
      call(tag, '<jsx>', ...values);
    expect(shape(functionNamed(module, 'Comment'))).toEqual(
      fn(
        'Comment',
        [param('$param0', { type: 'Props' })],
        [
          assign(name('body'), index(name('$param0'), lit('body'))),
          assign(name('author'), index(name('$param0'), lit('author'))),
          assign(name('$tmp0'), call(undefined, 'useState', lit(false))),
          assign(name('open'), index(name('$tmp0'), lit(0)), { constant: true }),
          assign(name('setOpen'), index(name('$tmp0'), lit(1)), { constant: true }),
          ret(
            jsx(
              dotted('Layout.Card'),
              kw('title', dotted('author.name')),
              spread(name('rest')),
              kw('hidden', lit(true)),
              lit('Posted by'),
              jsx(name('b'), dotted('author.name')),
              jsx(
                name('div'),
                kw('className', lit('body')),
                kw('dangerouslySetInnerHTML', obj(['__html', name('body')])),
              ),
              bin(
                '&&',
                name('open'),
                jsx(
                  name('p'),
                  kw('onClick', lambda([], [ret(call(undefined, 'setOpen', un('!', name('open'))))])),
                  name('body'),
                ),
              ),
              jsx(undefined),
            ),
          ),
        ],
      ),
    );
    expect(module.comments).toEqual([{ line: 10, text: '/* nothing */' }]);
    expect(module.syntaxErrors).toEqual([]);
    expect(problemsIn(module)).toEqual([]);
  });
});

describe('statements', () => {
  test('let/var are not constant; declarations without a value assign nothing; TypeScript types are declaredType', async () => {
    expect(
      await statementsOf(
        'let a = 1, b; var c = a; let d: Map<string, number> = new Map<string, number>();',
        'ts',
      ),
    ).toEqual([
      assign(name('a'), lit(1)),
      assign(name('c'), name('a')),
      assign(name('d'), create('Map'), { declaredType: 'Map' }),
    ]);
  });

  test('assignments, compound and logical assignments, updates; assignments inside expressions run first', async () => {
    expect(
      await statementsOf('a = b = c; total += price; opts.x ??= 1; i++; --j; if ((m = re.exec(s))) use(m);'),
    ).toEqual([
      assign(name('b'), name('c')),
      assign(name('a'), name('b')),
      assign(name('total'), bin('+', name('total'), name('price'))),
      assign(dotted('opts.x'), bin('??', dotted('opts.x'), lit(1))),
      assign(name('i'), bin('+', name('i'), lit(1))),
      assign(name('j'), bin('-', name('j'), lit(1))),
      assign(name('m'), call(name('re'), 'exec', name('s'))),
      ifThen(name('m'), [expr(call(undefined, 'use', name('m')))]),
    ]);
  });

  test('destructuring assignments: nested patterns, holes, defaults, rest, computed keys', async () => {
    expect(
      await statementsOf(
        "({ user: { name }, [key]: value, 'x-id': xid, ...others } = body); [, second, ...tail] = list;",
      ),
    ).toEqual([
      assign(name('name'), index(index(name('body'), lit('user')), lit('name'))),
      assign(name('value'), index(name('body'), name('key'))),
      assign(name('xid'), index(name('body'), lit('x-id'))),
      assign(name('others'), unknown('rest_pattern', name('body'))),
      assign(name('second'), index(name('list'), lit(1))),
      assign(name('tail'), unknown('rest_pattern', name('list'))),
    ]);
  });

  test('if/else chains and blocks', async () => {
    expect(await statementsOf('if (a) { x(); } else if (b) y(); else { z(); }\n{ w(); }')).toEqual([
      ifThen(
        name('a'),
        [expr(call(undefined, 'x'))],
        [ifThen(name('b'), [expr(call(undefined, 'y'))], [expr(call(undefined, 'z'))])],
      ),
      block(expr(call(undefined, 'w'))),
    ]);
  });

  test('switch: constant cases compare with ===, others are unknown; empty cases share a body; fallthrough; default last', async () => {
    const text = `switch (action()) {
  case 'read':
  case 'list':
    read();
    break;
  case LIMIT:
    warn();
  case 2:
    two();
    return;
  default:
    other();
}`;
    const subject = name('$tmp0');
    expect(await statementsOf(text)).toEqual([
      assign(subject, call(undefined, 'action')),
      ifThen(
        bin('||', bin('===', subject, lit('read')), bin('===', subject, lit('list'))),
        [expr(call(undefined, 'read'))],
        [
          ifThen(
            unknown('switch_case', subject, name('LIMIT')),
            [expr(call(undefined, 'warn')), expr(call(undefined, 'two')), ret()],
            [
              ifThen(
                bin('===', subject, lit(2)),
                [expr(call(undefined, 'two')), ret()],
                [expr(call(undefined, 'other'))],
              ),
            ],
          ),
        ],
      ),
    ]);
  });

  test('classic for: init before the loop, update at the end of the body; for-of/in bind their variable', async () => {
    const text = `for (let i = 0, n = items.length; i < n; i++) { if (skip) continue; send(items[i]); }
for (;;) break;
for (const [key, value] of Object.entries(headers)) res.set(key, value);
for (k in obj) keys.push(k);`;
    expect(await statementsOf(text)).toEqual([
      assign(name('i'), lit(0)),
      assign(name('n'), dotted('items.length')),
      {
        kind: 'loop',
        test: bin('<', name('i'), name('n')),
        body: [
          ifThen(name('skip'), [jump('continue')]),
          expr(call(undefined, 'send', index(name('items'), name('i')))),
          assign(name('i'), bin('+', name('i'), lit(1))),
        ],
      },
      { kind: 'loop', body: [jump('break')] },
      {
        kind: 'loop',
        variable: name('$tmp0'),
        iterable: call(name('Object'), 'entries', name('headers')),
        body: [
          assign(name('key'), index(name('$tmp0'), lit(0)), { constant: true }),
          assign(name('value'), index(name('$tmp0'), lit(1)), { constant: true }),
          expr(call(name('res'), 'set', name('key'), name('value'))),
        ],
      },
      {
        kind: 'loop',
        variable: name('k'),
        iterable: name('obj'),
        body: [expr(call(name('keys'), 'push', name('k')))],
      },
    ]);
  });

  test('while repeats hoisted test statements at the end of its body; do-while; labels are blocks', async () => {
    expect(
      await statementsOf(
        'while ((line = reader.next())) out.push(line);\ndo { n--; } while (n > 0);\nouter: for (;;) { break outer; }',
      ),
    ).toEqual([
      assign(name('line'), call(name('reader'), 'next')),
      {
        kind: 'loop',
        test: name('line'),
        body: [
          expr(call(name('out'), 'push', name('line'))),
          assign(name('line'), call(name('reader'), 'next')),
        ],
      },
      {
        kind: 'loop',
        test: bin('>', name('n'), lit(0)),
        body: [assign(name('n'), bin('-', name('n'), lit(1)))],
      },
      block({ kind: 'loop', body: [jump('break')] }),
    ]);
  });

  test('try/catch/finally, a destructured catch parameter, throw', async () => {
    const text = `try { risky(); } catch (err) { log(err); throw new AppError(err.message); } finally { done(); }
try { a(); } catch ({ message }) { log(message); }
try { b(); } catch { c(); }`;
    expect(await statementsOf(text)).toEqual([
      {
        kind: 'try',
        body: [expr(call(undefined, 'risky'))],
        handlers: [
          {
            variable: 'err',
            body: [
              expr(call(undefined, 'log', name('err'))),
              thrown(create('AppError', dotted('err.message'))),
            ],
          },
        ],
        finally: [expr(call(undefined, 'done'))],
      },
      {
        kind: 'try',
        body: [expr(call(undefined, 'a'))],
        handlers: [
          {
            variable: '$tmp0',
            body: [
              assign(name('message'), index(name('$tmp0'), lit('message'))),
              expr(call(undefined, 'log', name('message'))),
            ],
          },
        ],
        finally: [],
      },
      {
        kind: 'try',
        body: [expr(call(undefined, 'b'))],
        handlers: [{ body: [expr(call(undefined, 'c'))] }],
        finally: [],
      },
    ]);
  });

  test('nested function declarations are hoisted to the start of their body as function values', async () => {
    const module = await lowerScript(
      'function outer(x) { return inner(x); function inner(y) { return y; } }',
    );
    expect(shape(functionNamed(module, 'outer').body)).toEqual([
      assign(name('inner'), { kind: 'function', fn: fn('inner', [param('y')], [ret(name('y'))]) }),
      ret(call(undefined, 'inner', name('x'))),
    ]);
  });

  test('classes: JavaScript fields, static blocks, computed and string method names, class expressions', async () => {
    const module = await lowerScript(`class Store extends events.EventEmitter {
  static count = 1;
  #token = 'abc';
  pending;
  static { Store.count = 2; }
  'quoted name'() {}
  *[Symbol.iterator]() {}
}
const Anonymous = class { run() {} };`);
    expect(
      module.classes.map((decl) => [decl.name, decl.superclass, decl.methods.map((method) => method.name)]),
    ).toEqual([
      ['Store', 'events.EventEmitter', ['<clinit>', 'quoted name', '[Symbol.iterator]']],
      ['<class>', undefined, ['run']],
    ]);
    expect(shape(module.classes[0].fields)).toEqual([
      assign(name('count'), lit(1)),
      assign(name('#token'), lit('abc')),
    ]);
    expect(module.classes[0].methods[0].isStatic).toBe(true);
    expect(shape(module.statements)).toEqual([
      assign(name('Anonymous'), name('<class>'), { constant: true }),
    ]);
  });

  test("TypeScript `import x = require('m')` is an import; `export default class` is a class named default", async () => {
    const module = await lowerScript(
      "import fs = require('fs');\nexport default class extends Base { run() { return fs.readFileSync(p); } }",
      'ts',
    );
    expect(module.imports).toEqual([{ module: 'fs', alias: 'fs' }]);
    expect(module.classes.map((decl) => [decl.name, decl.superclass])).toEqual([['default', 'Base']]);
    expect(shape(functionNamed(module, 'run').body)).toEqual([
      ret(call(name('fs'), 'readFileSync', name('p'))),
    ]);
  });

  test('TypeScript-only declarations lower to nothing; namespaces are blocks', async () => {
    const text = `interface A { x: string }
type B = A | null;
declare const C: string;
declare function D(): void;
namespace N { export const inner = 1; }`;
    expect(await statementsOf(text, 'ts')).toEqual([
      block(assign(name('inner'), lit(1), { constant: true })),
    ]);
  });
});

describe('expressions', () => {
  test('literals: strings with escapes, numbers, booleans, null and undefined, regular expressions', async () => {
    expect(
      await valueOf(
        String.raw`['a\'b\n\x41\u{1F600}', "tab\t", 0x1F, 1_000, 2.5e3, 10n, true, false, null, undefined, /ab+c/gi]`,
      ),
    ).toEqual(
      arr(
        lit("a'b\nA\u{1F600}"),
        lit('tab\t'),
        lit(31),
        lit(1000),
        lit(2500),
        lit(10),
        lit(true),
        lit(false),
        lit(null),
        lit(null),
        unknown('regex', lit('/ab+c/gi')),
      ),
    );
  });

  test('template literals are "+" chains starting with a string; tagged templates are calls with (strings, ...values)', async () => {
    expect(await valueOf('`${count} items\\n${total}`')).toEqual(
      concat(lit(''), name('count'), lit(' items\n'), name('total')),
    );
    expect(await valueOf('`plain`')).toEqual(lit('plain'));
    expect(await valueOf('sql`SELECT * FROM t WHERE id = ${id}`')).toEqual(
      call(undefined, 'sql', arr(lit('SELECT * FROM t WHERE id = '), lit('')), name('id')),
    );
  });

  test('members: optional chaining is member access, computed access is index (constant keys stay literal)', async () => {
    expect(await valueOf("req?.headers?.['x-user'] ?? user.profile[key]")).toEqual(
      bin('??', index(dotted('req.headers'), lit('x-user')), index(dotted('user.profile'), name('key'))),
    );
    expect(await valueOf('this.#secret')).toEqual(member(name('this'), '#secret'));
  });

  test('calls: spreads, optional calls, callee expressions as receivers of "<call>", dynamic import', async () => {
    expect(await valueOf('fn(...args, last)')).toEqual(
      call(undefined, 'fn', spread(name('args')), name('last')),
    );
    expect(await valueOf('cb?.(err)')).toEqual(call(undefined, 'cb', name('err')));
    expect(await valueOf("handlers['exec'](cmd)")).toEqual(
      call(index(name('handlers'), lit('exec')), '<call>', name('cmd')),
    );
    expect(await valueOf("require('x')('y')")).toEqual(
      call(call(undefined, 'require', lit('x')), '<call>', lit('y')),
    );
    expect(await valueOf("import('./module.js')")).toEqual(call(undefined, 'import', lit('./module.js')));
    expect(await valueOf('(0, helpers.run)(x)')).toEqual(call(dotted('helpers.run'), '<call>', name('x')));
  });

  test('new keeps the type as written, without type arguments', async () => {
    expect(await valueOf("new AWS.S3({ region: 'us-east-1' })")).toEqual(
      create('AWS.S3', obj(['region', lit('us-east-1')])),
    );
    expect(await valueOf('new Map<string, Buffer>()', 'ts')).toEqual(create('Map'));
    expect(await valueOf('new Date')).toEqual(create('Date'));
  });

  test('operators: binary, logical, nullish, unary typeof/void/delete, await, conditional', async () => {
    expect(await valueOf('typeof a === "string" && !b || c instanceof D')).toEqual(
      bin(
        '||',
        bin('&&', bin('===', un('typeof', name('a')), lit('string')), un('!', name('b'))),
        bin('instanceof', name('c'), name('D')),
      ),
    );
    expect(await valueOf('void 0')).toEqual(un('void', lit(0)));
    expect(await valueOf('delete cache[key]')).toEqual(un('delete', index(name('cache'), name('key'))));
    expect(await valueOf('await (ready ? load() : fallback)')).toEqual(
      un('await', cond(name('ready'), call(undefined, 'load'), name('fallback'))),
    );
    expect(await valueOf("'k' in obj")).toEqual(bin('in', lit('k'), name('obj')));
  });

  test('object literals: shorthand, methods, numeric and string keys; computed keys and spreads have no key', async () => {
    expect(
      await valueOf(
        "{ id, 'content-type': type, 42: answer, [dynamic]: d, ['fixed']: f, ...rest, get(x) { return x; } }",
      ),
    ).toEqual(
      obj(
        ['id', name('id')],
        ['content-type', name('type')],
        ['42', name('answer')],
        [undefined, name('d')],
        ['fixed', name('f')],
        [undefined, name('rest')],
        ['get', { kind: 'function', fn: fn('get', [param('x')], [ret(name('x'))]) }],
      ),
    );
  });

  test('arrays with spreads, sequences, function expressions and generators', async () => {
    expect(await valueOf('[first, ...more]')).toEqual(
      arr(name('first'), unknown('spread_element', name('more'))),
    );
    const statements = await statementsOf('v = (log(x), x + 1);');
    expect(statements).toEqual([
      expr(call(undefined, 'log', name('x'))),
      assign(name('v'), bin('+', name('x'), lit(1))),
    ]);
    expect(await valueOf('function named(a = 1, { b }) { return b; }')).toEqual({
      kind: 'function',
      fn: fn(
        'named',
        [param('a'), param('$param1')],
        [assign(name('b'), index(name('$param1'), lit('b'))), ret(name('b'))],
      ),
    });
    expect(await valueOf('function* () { yield 1; }')).toEqual({
      kind: 'function',
      fn: fn('<lambda>', [], [expr(unknown('yield_expression', lit(1)))]),
    });
  });

  test('TypeScript wrappers are their operand: as, !, satisfies, <T>x, f<T>', async () => {
    expect(await valueOf('(input as string)!.trim() satisfies string', 'ts')).toEqual(
      call(name('input'), 'trim'),
    );
    expect(await valueOf('<string>raw', 'ts')).toEqual(name('raw'));
    expect(await valueOf('parse<Config>(text)', 'ts')).toEqual(call(undefined, 'parse', name('text')));
  });
});

describe('comments, syntax errors and locations', () => {
  test('line and block comments are collected with their first line', async () => {
    const module = await lowerScript(
      '/**\n * Doc.\n */\nconst a = 1; // rampart-ignore: weak-hash legacy\n/* x */',
    );
    expect(module.comments).toEqual([
      { line: 1, text: '/**\n * Doc.\n */' },
      { line: 4, text: '// rampart-ignore: weak-hash legacy' },
      { line: 5, text: '/* x */' },
    ]);
    expect(module.lineCount).toBe(5);
  });

  test('locations are 1-based, in UTF-16 columns', async () => {
    const module = await lowerScript("const s = 'ünïcødé 😀' + tail;");
    expect(module.statements[0]).toMatchObject({
      loc: { line: 1, column: 7, endLine: 1, endColumn: 30 },
      value: { right: { name: 'tail', loc: { line: 1, column: 26, endLine: 1, endColumn: 30 } } },
    });
  });

  test('a file with syntax errors lowers what parsed; errors in expressions leave their neighbours in place', async () => {
    const text = `app.post('/run', (req, res) => {
  const cmd = req.body.cmd;
  exec(cmd, ) , );
  const x: = 5;
});
function healthy() { return 'ok'; }
`;
    const module = await lowerScript(text, 'ts');
    expect(module.syntaxErrors).toEqual([
      { line: 3, column: 15, endLine: 3, endColumn: 18 },
      { line: 4, column: 10, endLine: 4, endColumn: 11 },
    ]);
    const handler = module.statements[0] as { expr: { args: { value: { fn: { body: unknown } } }[] } };
    expect(shape(handler.expr.args[1].value.fn.body)).toEqual([
      assign(name('cmd'), dotted('req.body.cmd'), { constant: true }),
      expr(call(undefined, 'exec', name('cmd'))),
      assign(name('x'), lit(5), { constant: true }),
    ]);
    expect(shape(functionNamed(module, 'healthy').body)).toEqual([ret(lit('ok'))]);
    expect(problemsIn(module)).toEqual([]);
  });

  test('a concatenation of 20,000 terms lowers without exhausting the stack', async () => {
    const terms = Array.from({ length: 20000 }, (_, i) => `t${i}`);
    const module = await lowerScript(`const q = ${terms.join(' + ')};`);
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

  test('the JavaScript grammar reads JSX too, and an empty file is an empty module', async () => {
    expect(await valueOf('<Frame src={url} />')).toEqual(
      call(name('Frame'), '<jsx>', kw('src', name('url'))),
    );
    const empty = await lowerScript('', 'ts');
    expect(empty).toEqual({
      path: 'src/app.ts',
      language: 'typescript',
      imports: [],
      classes: [],
      functions: [],
      statements: [],
      comments: [],
      syntaxErrors: [],
      lineCount: 0,
    });
  });
});

describe('decorators with arguments', () => {
  test('parameter and method decorators keep their arguments (NestJS pipes), what they would hoist is dropped', async () => {
    const module = await lowerScript(
      `class C {
  @Get(':id')
  @Header('Content-Type', 'text/plain')
  @Public
  m(@Param('id', ParseIntPipe) id: string, @Query('u', new ParseUUIDPipe({ version: '4' })) u, @Body() b) {}
}`,
      'ts',
    );
    const method = functionNamed(module, 'm');
    expect(method.annotations).toEqual(['Get', 'Header', 'Public']);
    expect(shape(method.annotationArgs)).toEqual([
      [{ value: lit(':id') }],
      [{ value: lit('Content-Type') }, { value: lit('text/plain') }],
      [],
    ]);
    expect(shape(method.params)).toEqual([
      param('id', {
        type: 'string',
        annotations: ['Param'],
        annotationArgs: [[{ value: lit('id') }, { value: name('ParseIntPipe') }]],
      }),
      param('u', {
        annotations: ['Query'],
        annotationArgs: [
          [{ value: lit('u') }, { value: create('ParseUUIDPipe', obj(['version', lit('4')])) }],
        ],
      }),
      param('b', { annotations: ['Body'] }),
    ]);
    expect(method.body).toEqual([]);
    expect(problemsIn(module)).toEqual([]);
  });
});
