import { isHtmlType } from '../analysis/content-types';
import type { CallSite, SinkUse } from '../analysis/model';
import {
  CLEAN,
  deepTaints,
  readProp,
  tainted,
  unionTaints,
  type CategoryName,
  type Taint,
  type Value,
} from '../analysis/values';
import type { Expr } from '../ir';
import {
  isCredentialName,
  isSecretMessage,
  isSecretValueName,
  mentionsSecret,
  wordsOf,
} from './secret-names';
import { isKmsCall } from './sources';
import {
  arg,
  callName,
  XPATH_CALLABLE,
  chainRoot,
  constString,
  KIND,
  nameOfExpr,
  own,
  qualifiedName,
  receiverIs,
  STRING,
} from './support';

/**
 * Library calls that are sinks: the arguments (or receiver) that must not carry data of a
 * category. Each function appends the uses it finds; a call may be a sink of several categories.
 */
export function sinkUses(site: CallSite): SinkUse[] {
  const uses: SinkUse[] = [];
  const add: Add = (category, value, what, at, html) => {
    if (value) uses.push({ category, value, what, at: at?.loc, ...(html && { html }) });
  };
  const name = callName(site);
  sqlSinks(site, name, add);
  pathSinks(site, name, add);
  commandSinks(site, name, add);
  ldapSinks(site, name, add);
  xpathSinks(site, name, add);
  xssSinks(site, name, add);
  trustSinks(site, add);
  kmsSinks(site, add);
  secretUseSinks(site, add);
  credentialSinks(site, name, add);
  return uses;
}

type Add = (
  category: CategoryName,
  value: Value | undefined,
  what: string,
  at?: Expr,
  html?: SinkUse['html'],
) => void;

const descriptions = new WeakMap<CallSite, string>();

function describe(site: CallSite): string {
  let text = descriptions.get(site);
  if (text === undefined) {
    text = describeCall(site);
    descriptions.set(site, text);
  }
  return text;
}

function describeCall(site: CallSite): string {
  if (site.isNew) return `new ${site.method}`;
  const owner = site.receiverType?.startsWith('lib:')
    ? site.receiverType.slice(4)
    : (qualifiedName(site)?.split('.').slice(-2, -1)[0] ?? site.receiverType ?? site.receiverName);
  return owner ? `${owner}.${site.method}` : site.method;
}

// ---- SQL --------------------------------------------------------------------------------------

const JDBC_STATEMENT_METHODS = new Set([
  'execute',
  'executeQuery',
  'executeUpdate',
  'executeLargeUpdate',
  'addBatch',
]);
const JDBC_CONNECTION_METHODS = new Set(['prepareStatement', 'prepareCall', 'nativeSQL']);
const JDBC_TEMPLATE_METHODS = new Set([
  'query',
  'queryForObject',
  'queryForList',
  'queryForMap',
  'queryForRowSet',
  'queryForStream',
  'queryForLong',
  'queryForInt',
  'update',
  'execute',
  'batchUpdate',
  // Spring's R2DBC DatabaseClient and JdbcClient
  'sql',
]);
const ORM_QUERY_METHODS = new Set([
  'createQuery',
  'createNativeQuery',
  'createSQLQuery',
  'createStoredProcedureQuery',
]);
const PYTHON_SQL_METHODS = new Set([
  'execute',
  'executemany',
  'executescript',
  'read_sql',
  'read_sql_query',
  // asyncpg connections and pools, the databases package
  'fetchrow',
  'fetchval',
  'fetch_one',
  'fetch_all',
  'fetch_val',
]);
const JS_SQL_METHODS = new Set([
  'query',
  'execute',
  '$queryRawUnsafe',
  '$executeRawUnsafe',
  'raw',
  'whereRaw',
  'orderByRaw',
  'havingRaw',
  'joinRaw',
  'fromRaw',
  'selectRaw',
  'unsafe',
]);
const SQLITE_METHODS = new Set(['run', 'all', 'get', 'each', 'exec', 'prepare']);

function sqlSinks(site: CallSite, name: string | undefined, add: Add): void {
  const what = describe(site);
  const first = site.args[0];
  switch (site.language) {
    case 'java':
      if (
        JDBC_STATEMENT_METHODS.has(site.method) &&
        receiverIs(site, KIND.sqlStatement, /^(stmt|statement|st|s)$/i)
      )
        add('sql', first, what);
      else if (
        JDBC_CONNECTION_METHODS.has(site.method) &&
        receiverIs(site, KIND.sqlConnection, /^(conn|connection|con|c|db|cn)$/i)
      )
        add('sql', first, what);
      else if (
        JDBC_TEMPLATE_METHODS.has(site.method) &&
        receiverIs(site, KIND.jdbcTemplate, /jdbc|template/i)
      ) {
        const batch =
          site.method === 'batchUpdate' &&
          site.args.every((value) => value.type === STRING || value.hasConst);
        for (const value of batch ? site.args : [first]) add('sql', value, what);
      } else if (ORM_QUERY_METHODS.has(site.method)) add('sql', first, what);
      return;
    case 'python':
      if (isPythonSqlCall(site)) {
        add('sql', arg(site, 0, 'sql') ?? site.keywords.get('query') ?? site.keywords.get('operation'), what);
      } else if (
        name === 'sqlalchemy.text' ||
        name === 'sqlalchemy.sql.text' ||
        (site.method === 'text' && !site.receiverExpr && site.qualifier?.startsWith('sqlalchemy'))
      ) {
        add('sql', first, 'sqlalchemy.text');
      } else if (site.method === 'raw' && /objects|manager/i.test(receiverText(site.receiverExpr)))
        add('sql', first, what);
      else if (site.method === 'extra' && /objects|filter|all/i.test(receiverText(site.receiverExpr))) {
        for (const keyword of ['where', 'select', 'tables', 'order_by'])
          add('sql', site.keywords.get(keyword), what);
      } else if (site.method === 'RawSQL' || (site.isNew && site.method === 'RawSQL'))
        add('sql', first, 'RawSQL');
      return;
    default:
      if (JS_SQL_METHODS.has(site.method) && site.receiverExpr && !isHttpObject(site))
        add('sql', sqlText(first), what);
      else if (
        SQLITE_METHODS.has(site.method) &&
        receiverIs(site, KIND.sqlConnection, /^(db|database|sqlite|conn|connection)$/i)
      )
        add('sql', first, what);
  }
}

/** DB-API `execute`, asyncpg's `fetchrow`/`fetchval` and `conn.fetch(sql)`, the databases package's `fetch_one`... */
function isPythonSqlCall(site: CallSite): boolean {
  if (site.qualifier?.startsWith('subprocess')) return false;
  if (PYTHON_SQL_METHODS.has(site.method)) return true;
  return site.method === 'fetch' && /^(conn|connection|db|pool|database)$/i.test(site.receiverName ?? '');
}

function sqlText(value: Value | undefined): Value | undefined {
  if (!value?.props || value.type !== 'object') return value;
  return value.props.get('text') ?? value.props.get('sql') ?? value.props.get('query') ?? CLEAN;
}

function isHttpObject(site: CallSite): boolean {
  return (
    site.receiverType === KIND.request ||
    site.receiverType === KIND.response ||
    /^(req|request|res|response|\$|jquery)$/i.test(site.receiverName ?? '')
  );
}

function receiverText(expr: Expr | undefined): string {
  const parts: string[] = [];
  for (let at = expr; at;) {
    if (at.kind === 'name') {
      parts.push(at.name);
      break;
    }
    if (at.kind === 'member') {
      parts.push(at.property);
      at = at.object;
    } else if (at.kind === 'call') {
      parts.push(at.method);
      at = at.receiver;
    } else break;
  }
  return parts.reverse().join('.');
}

// ---- paths ------------------------------------------------------------------------------------

const JAVA_FILE_CONSTRUCTORS = new Set([
  'FileInputStream',
  'FileOutputStream',
  'FileReader',
  'FileWriter',
  'RandomAccessFile',
  'ZipFile',
  'JarFile',
  'FileSystemResource',
  'FileImageInputStream',
  'FileImageOutputStream',
]);
/** Constructors that open a file only when given a file name or File, not a stream or writer. */
const JAVA_MAYBE_FILE_CONSTRUCTORS = new Set(['PrintWriter', 'PrintStream', 'Formatter', 'Scanner']);
const FILES_NON_ACCESS = new Set([
  'exists',
  'notExists',
  'isDirectory',
  'isRegularFile',
  'isReadable',
  'isWritable',
  'isExecutable',
  'isHidden',
  'isSymbolicLink',
  'isSameFile',
  'probeContentType',
  'size',
  'getLastModifiedTime',
]);
const FILE_OBJECT_METHODS = new Set([
  'delete',
  'deleteOnExit',
  'createNewFile',
  'mkdir',
  'mkdirs',
  'renameTo',
  'listFiles',
  'list',
  'setReadable',
  'setWritable',
  'setExecutable',
  'setLastModified',
]);
const COMMONS_FILE_UTILS = new Set([
  'readFileToString',
  'readFileToByteArray',
  'readLines',
  'writeStringToFile',
  'writeByteArrayToFile',
  'writeLines',
  'write',
  'copyFile',
  'copyDirectory',
  'copyInputStreamToFile',
  'copyToFile',
  'deleteQuietly',
  'forceDelete',
  'deleteDirectory',
  'openInputStream',
  'openOutputStream',
  'moveFile',
  'moveDirectory',
  'touch',
  'lineIterator',
]);
const PYTHON_PATH_FUNCTIONS = new Set([
  'open',
  'io.open',
  'codecs.open',
  'os.open',
  'os.remove',
  'os.unlink',
  'os.rmdir',
  'os.removedirs',
  'os.mkdir',
  'os.makedirs',
  'os.rename',
  'os.renames',
  'os.replace',
  'os.chmod',
  'os.chown',
  'os.listdir',
  'os.scandir',
  'os.walk',
  'os.truncate',
  'os.symlink',
  'shutil.copy',
  'shutil.copy2',
  'shutil.copyfile',
  'shutil.copytree',
  'shutil.move',
  'shutil.rmtree',
  'flask.send_file',
  'send_file',
  'fastapi.responses.FileResponse',
  'starlette.responses.FileResponse',
  'tarfile.open',
  'zipfile.ZipFile',
  'FileResponse',
  'django.http.FileResponse',
]);
const PATHLIB_ACCESS = new Set([
  'read_text',
  'read_bytes',
  'write_text',
  'write_bytes',
  'open',
  'unlink',
  'mkdir',
  'rmdir',
  'touch',
  'rename',
  'replace',
  'iterdir',
  'glob',
  'rglob',
]);
const NODE_FS_TWO_PATHS = new Set([
  'rename',
  'renameSync',
  'copyFile',
  'copyFileSync',
  'symlink',
  'symlinkSync',
  'link',
  'linkSync',
  'cp',
  'cpSync',
  'copy',
  'copySync',
  'move',
  'moveSync',
]);
const NODE_FS_NON_ACCESS = new Set([
  'exists',
  'existsSync',
  'stat',
  'statSync',
  'lstat',
  'lstatSync',
  'access',
  'accessSync',
  'constants',
  'realpath',
  'realpathSync',
  'pathExists',
  'pathExistsSync',
]);

function pathSinks(site: CallSite, name: string | undefined, add: Add): void {
  const what = describe(site);
  if (site.language === 'java') {
    if (site.isNew && JAVA_FILE_CONSTRUCTORS.has(site.method)) add('path', site.args[0], what);
    else if (site.isNew && JAVA_MAYBE_FILE_CONSTRUCTORS.has(site.method) && isPathLike(site.args[0]))
      add('path', site.args[0], what);
    else if (name?.startsWith('Files.') && !FILES_NON_ACCESS.has(site.method)) {
      site.args.forEach((value, index) => {
        if (index === 0 || isPathLike(value)) add('path', value, what);
      });
    } else if (FILE_OBJECT_METHODS.has(site.method) && site.receiverType === KIND.file) {
      add('path', site.receiver, what);
      if (site.method === 'renameTo') add('path', site.args[0], what);
    } else if (name?.startsWith('FileUtils.') && COMMONS_FILE_UTILS.has(site.method)) {
      site.args.forEach((value, index) => {
        if (index === 0 || (index === 1 && isPathLike(value))) add('path', value, what);
      });
    } else if (
      (site.method === 'transferTo' && site.receiverType !== KIND.stream && isPathLike(site.args[0])) ||
      (site.method === 'write' && site.receiverType === KIND.upload)
    ) {
      add('path', site.args[0], what);
    } else if (
      ['getResource', 'getResourceAsStream', 'getRealPath'].includes(site.method) &&
      receiverIs(site, KIND.servletContext, /context/i)
    ) {
      add('path', site.args[0], what);
    } else if (
      name === 'ResourceUtils.getFile' ||
      name === 'ImageIO.read' ||
      (name === 'ImageIO.write' && isPathLike(site.args[2]))
    ) {
      add('path', site.method === 'write' ? site.args[2] : site.args[0], what);
    }
    return;
  }
  if (site.language === 'python') {
    const pyName = name ?? (site.receiverExpr ? undefined : site.method);
    if (pyName && PYTHON_PATH_FUNCTIONS.has(pyName)) {
      add(
        'path',
        arg(site, 0, 'file') ?? site.keywords.get('path') ?? site.keywords.get('filename_or_fp'),
        what,
      );
      if (/rename|replace|copy|move|symlink/.test(pyName)) add('path', site.args[1], what);
    } else if (PATHLIB_ACCESS.has(site.method) && site.receiverType === KIND.path) {
      add('path', site.receiver, what);
    }
    return;
  }
  const fsModule = isNodeFs(site);
  if (fsModule && !NODE_FS_NON_ACCESS.has(site.method)) {
    add('path', site.args[0], what);
    if (NODE_FS_TWO_PATHS.has(site.method)) add('path', site.args[1], what);
  } else if (
    (site.method === 'sendFile' || site.method === 'download') &&
    receiverIs(site, KIND.response, /^(res|response|resp)$/)
  ) {
    const options = site.args.find((value, index) => index > 0 && value.type === 'object');
    if (!options?.props?.has('root')) add('path', site.args[0], what);
  }
}

function isNodeFs(site: CallSite): boolean {
  const qualifier = qualifiedName(site) ?? '';
  if (/^(node:)?(fs|fs\/promises|fs-extra|graceful-fs)(\.promises)?\./.test(qualifier)) return true;
  return /^(fs|fsp|fsPromises|fse|fsExtra)$/.test(site.receiverName ?? '') && !site.receiverType;
}

/** A value that may be a file name or path (a string, a File, a Path), not a stream or bytes. */
function isPathLike(value: Value | undefined): boolean {
  if (!value) return false;
  const type = value.type;
  return type === undefined || type === STRING || type === KIND.file || type === KIND.path;
}

// ---- OS commands ------------------------------------------------------------------------------

const SHELLS =
  /^(sh|bash|zsh|ksh|dash|ash|csh|tcsh|fish|cmd|cmd\.exe|powershell|powershell\.exe|pwsh|pwsh\.exe)$/i;
const PYTHON_SHELL_STRING = new Set([
  'os.system',
  'os.popen',
  'os.popen2',
  'os.popen3',
  'os.popen4',
  'commands.getoutput',
  'commands.getstatusoutput',
  'subprocess.getoutput',
  'subprocess.getstatusoutput',
  'asyncio.create_subprocess_shell',
]);
const PYTHON_SUBPROCESS = new Set(['call', 'run', 'Popen', 'check_call', 'check_output']);
const NODE_SHELL_STRING = new Set(['exec', 'execSync']);
const NODE_PROGRAM = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);

function commandSinks(site: CallSite, name: string | undefined, add: Add): void {
  const what = describe(site);
  if (site.language === 'java') {
    if (site.method === 'exec' && receiverIs(site, 'lib:Runtime', /^(runtime|rt|r)$/i)) {
      const command = site.args[0];
      add(
        'command',
        command && isSequence(command) ? argvDanger(elementsByIndex(command), command) : command,
        'Runtime.exec',
      );
    } else if (
      (site.isNew && site.method === 'ProcessBuilder') ||
      (site.method === 'command' &&
        receiverIs(site, KIND.processBuilder, /^(pb|builder|processBuilder|process)$/i))
    ) {
      add('command', argvOfCall(site), what);
    } else if (name === 'CommandLine.parse') add('command', site.args[0], what);
    else if (site.method === 'execute' && site.args[0]?.type === KIND.commandLine) {
      add('command', argvDanger(elementsByIndex(site.args[0]), site.args[0]), 'Executor.execute');
    }
    return;
  }
  if (site.language === 'python') {
    const pyName = name ?? '';
    const module = pyName.slice(0, pyName.lastIndexOf('.'));
    if (PYTHON_SHELL_STRING.has(pyName))
      add('command', arg(site, 0, 'cmd') ?? site.keywords.get('command'), what);
    else if (module === 'subprocess' && PYTHON_SUBPROCESS.has(site.method)) {
      const command = arg(site, 0, 'args');
      const shell = site.keywords.get('shell');
      const usesShell = shell !== undefined && !(shell.hasConst && !shell.konst);
      if (!command) return;
      if (usesShell) add('command', tainted(deepTaints(command)), what);
      else
        add('command', isSequence(command) ? argvDanger(elementsByIndex(command), command) : command, what);
    } else if (/^os\.(exec|spawn)/.test(pyName)) {
      add('command', site.args[pyName.startsWith('os.spawn') ? 1 : 0], what);
    } else if (pyName === 'asyncio.create_subprocess_exec' || pyName === 'pty.spawn')
      add('command', site.args[0], what);
    return;
  }
  const fromChildProcess =
    /(^|[.:])child_process(\.|$)/.test(qualifiedName(site) ?? '') ||
    /^(cp|childProcess|child_process)$/.test(site.receiverName ?? '');
  const shelljs = /shelljs|^shell$/.test(site.qualifier ?? '') && site.method === 'exec';
  if ((fromChildProcess && NODE_SHELL_STRING.has(site.method)) || shelljs) add('command', site.args[0], what);
  else if ((fromChildProcess && NODE_PROGRAM.has(site.method)) || (name && EXECA_PROGRAM.test(name)))
    programSinks(site, what, add);
  else if (name && EXECA_COMMAND.test(name)) add('command', site.args[0], what);
}

/**
 * `spawn(file, args, options)`, `execFile`, `execa(file, args)`: the program run, and the arguments
 * when a shell parses them (`spawn('sh', ['-c', line])`, `{ shell: true }`).
 */
function programSinks(site: CallSite, what: string, add: Add): void {
  const options = site.args.find((value, index) => index > 0 && value.type === 'object');
  const shell = options?.props?.get('shell');
  const usesShell = shell !== undefined && !(shell.hasConst && !shell.konst);
  const list = site.args[1]?.type === 'array' ? site.args[1] : undefined;
  add('command', site.args[0], what);
  if (list && (usesShell || SHELLS.test(programName(site.args[0])))) add('command', list, what);
}

/** execa runs a program (`execa(file, args)`) or a command line it splits itself (`execaCommand(line)`). */
const EXECA_PROGRAM = /^execa(\.(execa|execaSync|sync|execaNode|node))?$/;
const EXECA_COMMAND = /^execa\.(command|commandSync|execaCommand|execaCommandSync)$/;

/** A constant program's file name (`/bin/sh` is `sh`), or ''. */
function programName(program: Value | undefined): string {
  return constString(program)?.split(/[/\\]/).pop() ?? '';
}

function isSequence(value: Value): boolean {
  return (
    value.type === 'array' ||
    value.props !== undefined ||
    value.length !== undefined ||
    (value.rest !== undefined && value.type !== STRING)
  );
}

/** The elements of an array or list by index, when every index is known. */
function elementsByIndex(value: Value): Value[] | undefined {
  if (value.rest || !value.props) return undefined;
  const elements: Value[] = [];
  for (let index = 0; value.props.has(String(index)); index++) elements.push(value.props.get(String(index))!);
  return elements.length === value.props.size ? elements : undefined;
}

/** The argument vector of `new ProcessBuilder(...)` / `pb.command(...)`: varargs or one list. */
function argvOfCall(site: CallSite): Value {
  if (site.args.length === 1 && isSequence(site.args[0]!))
    return argvDanger(elementsByIndex(site.args[0]!), site.args[0]!);
  return argvDanger(site.args.length > 0 ? [...site.args] : undefined, site.args[0] ?? CLEAN);
}

/**
 * The data that can inject a command into an argument vector: the program itself, or, when the
 * program is a shell, every later argument (the shell parses them). Arguments of a fixed,
 * non-shell program cannot start another command. Unknown vectors are taken whole.
 */
function argvDanger(elements: readonly Value[] | undefined, whole: Value): Value {
  if (!elements || elements.length === 0) return tainted(deepTaints(whole));
  const program = elements[0]!;
  const programName = constString(program);
  if (programName === undefined) return tainted(deepTaints(program));
  if (!SHELLS.test(programName.split(/[/\\]/).pop() ?? '')) return CLEAN;
  let taints: readonly Taint[] = [];
  for (const element of elements.slice(1)) taints = unionTaints(taints, deepTaints(element));
  return tainted(taints);
}

// ---- LDAP -------------------------------------------------------------------------------------

function ldapSinks(site: CallSite, name: string | undefined, add: Add): void {
  const what = describe(site);
  const searchLike = [
    'search',
    'searchForObject',
    'searchForEntry',
    'authenticate',
    'search_s',
    'search_st',
    'search_ext',
    'search_ext_s',
    'searchForContext',
    'find',
  ];
  if (!searchLike.includes(site.method) && name !== 'Filter.create') return;
  if (name === 'Filter.create') {
    add('ldap', site.args[0], what);
    return;
  }
  if (site.method === 'find' && site.language !== 'java') return;
  if (site.qualifier === 're' || site.receiverType === STRING) return;
  const named = /ldap|ctx|context|dir|conn|connection|template|client|^l$|^ld$|server|directory/i;
  // UnboundID's search(base, SearchScope.SUB, filter, ...) is recognisable by its scope argument alone.
  const unboundIdScope = /SearchScope\./.test(site.args[1]?.ref ?? '');
  if (!receiverIs(site, KIND.ldap, named) && !unboundIdScope) return;
  if (site.language === 'java') {
    const stringish = (value: Value | undefined) =>
      value !== undefined && (value.type === undefined || value.type === STRING);
    const scopeSecond = site.args[1]?.ref !== undefined && site.args.length >= 3;
    const filterAt = scopeSecond ? 2 : 1;
    if (stringish(site.args[0])) add('ldap', site.args[0], what);
    if (stringish(site.args[filterAt])) add('ldap', site.args[filterAt], what);
  } else if (site.language === 'python') {
    [0, 1, 2].forEach((index) => add('ldap', site.args[index], what));
    for (const keyword of ['base', 'filterstr', 'search_base', 'search_filter'])
      add('ldap', site.keywords.get(keyword), what);
  } else {
    add('ldap', site.args[0], what);
    const options = site.args[1];
    add('ldap', options?.type === 'object' ? options.props?.get('filter') : options, what);
  }
}

// ---- XPath ------------------------------------------------------------------------------------

const JAVA_XPATH_METHODS = new Set(['evaluate', 'compile', 'evaluateExpression']);
const DOM4J_XPATH_METHODS = new Set([
  'selectNodes',
  'selectSingleNode',
  'createXPath',
  'valueOf',
  'numberValueOf',
  'selectObject',
]);
const PYTHON_TREE_FIND = new Set(['find', 'findall', 'findtext', 'iterfind']);

function xpathSinks(site: CallSite, name: string | undefined, add: Add): void {
  const what = describe(site);
  const first = site.args[0];
  if (site.language === 'java') {
    if (JAVA_XPATH_METHODS.has(site.method) && receiverIs(site, KIND.xpath, /xpath|^xp$|compiler/i))
      add('xpath', first, what);
    else if (
      DOM4J_XPATH_METHODS.has(site.method) &&
      !site.receiver?.ref &&
      receiverIs(site, KIND.xmlDocument, /doc|document|root|node|element|xml/i)
    )
      add('xpath', first, what);
    return;
  }
  if (site.qualifier === XPATH_CALLABLE && !site.receiverExpr) {
    add('xpath', first, 'a compiled XPath evaluator');
    return;
  }
  if (site.language === 'python') {
    if (site.method === 'xpath') add('xpath', arg(site, 0, '_path'), what);
    else if (name && /(^|\.)etree\.(XPath|ETXPath)$/.test(name)) add('xpath', first, what);
    else if (PYTHON_TREE_FIND.has(site.method) && site.receiverType === KIND.xmlDocument)
      add('xpath', arg(site, 0, 'path'), what);
    else if (name === 'elementpath.select') add('xpath', site.args[1], what);
    return;
  }
  if (/(^|\.)xpath\.(select|select1|evaluate|parse)$/.test(name ?? '')) add('xpath', first, what);
  else if (site.method === 'evaluate' && site.receiver?.ref === 'document') add('xpath', first, what);
  else if (/^evaluateXPath/.test(site.method)) add('xpath', first, what);
  else if ((site.method === 'find' || site.method === 'get') && site.receiverType === KIND.xmlDocument)
    add('xpath', first, what);
}

// ---- cross-site scripting ---------------------------------------------------------------------

const WRITER_METHODS = new Set(['print', 'println', 'write', 'append', 'format', 'printf']);
const PYTHON_HTML_RESPONSES = new Set([
  'make_response',
  'flask.make_response',
  'flask.Response',
  'Response',
  'render_template_string',
  'flask.render_template_string',
  'Markup',
  'markupsafe.Markup',
  'flask.Markup',
  'HttpResponse',
  'django.http.HttpResponse',
  'HttpResponseBadRequest',
  'HttpResponseNotFound',
  'HttpResponseForbidden',
  'HttpResponseServerError',
  'mark_safe',
  'django.utils.safestring.mark_safe',
  'SafeString',
  'jinja2.Template',
  'Template',
  'HTMLResponse',
  'fastapi.responses.HTMLResponse',
  'starlette.responses.HTMLResponse',
]);
/** Responses whose type is given by a keyword argument, and that are plain text or JSON without one. */
const PYTHON_TYPED_RESPONSES = new Set([
  'fastapi.Response',
  'fastapi.responses.Response',
  'starlette.responses.Response',
  'aiohttp.web.Response',
  'web.Response',
]);
const CONTENT_TYPE_KEYWORDS = ['mimetype', 'content_type', 'media_type'];
/** WebFlux's `ServerResponse.ok()...bodyValue(html)`: a string body is plain text unless declared HTML. */
const WEBFLUX_BODY_METHODS = new Set(['bodyValue', 'body', 'syncBody']);
const JQUERY_HTML = new Set(['html', 'append', 'prepend', 'after', 'before', 'replaceWith', 'wrap']);

function xssSinks(site: CallSite, name: string | undefined, add: Add): void {
  const what = describe(site);
  if (site.language === 'java') {
    if (WRITER_METHODS.has(site.method) && site.receiverType === KIND.writer) {
      site.args.forEach((value) => add('xss', value, 'the HTTP response writer'));
    } else if (WEBFLUX_BODY_METHODS.has(site.method) && chainRoot(site.receiverExpr) === 'ServerResponse') {
      add('xss', site.args[0], 'the HTTP response body', undefined, 'declared');
    }
    return;
  }
  if (site.language === 'python') {
    const pyName = name ?? (site.receiverExpr ? undefined : site.method);
    const typed = pyName !== undefined && PYTHON_TYPED_RESPONSES.has(pyName);
    if (pyName && (typed || PYTHON_HTML_RESPONSES.has(pyName))) {
      const body =
        arg(site, 0, 'response') ??
        site.keywords.get('content') ??
        site.keywords.get('source') ??
        site.keywords.get('text') ??
        site.keywords.get('body');
      const keyword = CONTENT_TYPE_KEYWORDS.find((key) => site.keywords.has(key));
      const declared = keyword ? constString(site.keywords.get(keyword)) : undefined;
      const html = declared === undefined ? !typed : isHtmlType(declared);
      if (html && isTextBody(body)) add('xss', body, what);
    }
    return;
  }
  const innerHtml = site.method === '<jsx>' ? site.keywords.get('dangerouslySetInnerHTML') : undefined;
  if (innerHtml) add('xss', innerHtml.props?.get('__html') ?? innerHtml, 'dangerouslySetInnerHTML');
  else if (
    ['send', 'write', 'end'].includes(site.method) &&
    receiverIs(site, KIND.response, /^(res|response|resp|ctx\.res)$/)
  ) {
    if (isTextBody(site.args[0])) add('xss', site.args[0], 'the HTTP response');
  } else if (site.method === 'send' && site.receiverType === KIND.textReply) {
    if (isTextBody(site.args[0])) add('xss', site.args[0], 'the HTTP response', undefined, 'declared');
  } else if (site.method === 'response' && site.receiverType === KIND.hapiToolkit) {
    if (isTextBody(site.args[0])) add('xss', site.args[0], 'the HTTP response');
  } else if ((site.method === 'write' || site.method === 'writeln') && site.receiver?.ref === 'document') {
    site.args.forEach((value) => add('xss', value, 'document.write'));
  } else if (site.method === 'insertAdjacentHTML') add('xss', site.args[1], 'insertAdjacentHTML');
  else if (JQUERY_HTML.has(site.method) && isJquery(site.receiverExpr))
    add('xss', site.args[0], `jQuery .${site.method}()`);
}

/** A response body sent as text: objects and arrays are sent as JSON, streams are files' contents. */
export function isTextBody(body: Value | undefined): body is Value {
  return (
    body !== undefined &&
    body.type !== 'object' &&
    body.type !== 'array' &&
    body.type !== KIND.json &&
    body.type !== KIND.stream
  );
}

function isJquery(expr: Expr | undefined): boolean {
  const root = chainRoot(expr);
  return root === '$' || root === 'jQuery' || (expr?.kind === 'name' && expr.name.startsWith('$'));
}

// ---- trust boundary ---------------------------------------------------------------------------

function trustSinks(site: CallSite, add: Add): void {
  if (isSessionWrite(site)) {
    const what =
      site.method === 'setAttribute' || site.method === 'putValue'
        ? 'HttpSession.setAttribute'
        : 'the session';
    add('trust', site.args[1], what);
    add('trust', site.args[0], what);
  }
}

/**
 * `session.setAttribute(k, v)`; `put(k, v)` on a Micronaut session or a WebFlux session's
 * attributes; `set(k, v)` on a Node session (`@fastify/secure-session`, hapi's yar).
 */
function isSessionWrite(site: CallSite): boolean {
  if (site.method === 'setAttribute' || site.method === 'putValue')
    return receiverIs(site, KIND.session, /session/i);
  const setters = site.language === 'java' ? ['put', 'putIfAbsent'] : ['set'];
  return setters.includes(site.method) && site.receiverType === KIND.session && site.args.length >= 2;
}

// ---- KMS --------------------------------------------------------------------------------------

function kmsSinks(site: CallSite, add: Add): void {
  if (site.isNew && site.method === 'EncryptCommand') {
    const input = site.args[0];
    add('kmsEncrypt', input?.props?.get('Plaintext') ?? input, 'KMS EncryptCommand');
    return;
  }
  if (site.method === 'send' && site.args[0]?.type === 'EncryptCommand') {
    add('kmsEncrypt', site.args[0], 'KMS EncryptCommand');
    return;
  }
  if (site.method !== 'encrypt' || !isKmsCall(site)) return;
  const plaintext = site.keywords.get('Plaintext');
  if (plaintext) add('kmsEncrypt', plaintext, 'KMS Encrypt');
  const request = site.args[0];
  if (request)
    add(
      'kmsEncrypt',
      request.type === 'object' ? (request.props?.get('Plaintext') ?? CLEAN) : request,
      'KMS Encrypt',
    );
}

// ---- secret values (insecure-random) ----------------------------------------------------------

const KEY_VALUE_METHODS = new Set([
  'put',
  'setProperty',
  'setAttribute',
  'setHeader',
  'addHeader',
  'set',
  'putValue',
  'header',
  'setdefault',
  'add',
]);

function secretUseSinks(site: CallSite, add: Add): void {
  const what = describe(site);
  if (site.isNew) {
    if (site.method === 'IvParameterSpec' || site.method === 'SecretKeySpec')
      add('secretUse', site.args[0], `${site.method} (a cryptographic key or IV)`);
    else if (
      site.method === 'GCMParameterSpec' ||
      site.method === 'PBEKeySpec' ||
      site.method === 'PBEParameterSpec'
    )
      add('secretUse', site.args[1], `${site.method} (a salt or IV)`);
    else if (site.method === 'Cookie') add('secretUse', site.args[1], 'a cookie value');
    return;
  }
  if (site.method === 'cookie' || site.method === 'set_cookie') {
    add('secretUse', arg(site, 1, 'value'), 'a cookie value');
    return;
  }
  if (isSessionWrite(site)) {
    add('secretUse', site.args[1], 'a session attribute');
    return;
  }
  if (KEY_VALUE_METHODS.has(site.method) && site.args.length >= 2) {
    const key = constString(site.args[0]) ?? nameOfExpr(site.argExprs[0]);
    if (key && isSecretValueName(key)) {
      add('secretUse', site.args[1], `the ${key} value`);
      return;
    }
  }
  const setter = site.method.replace(/^(set|with|put|store|save|update)(?=[A-Z_])/, '');
  if (setter !== site.method && isSecretValueName(setter) && site.args.length >= 1) {
    add('secretUse', site.args[site.args.length - 1], what);
    return;
  }
  // Handing a value to something that keeps or sends secrets: `otpStore.set(phone, code)`, `resetCodeMailer.send(...)`,
  // `mailer.send(to, "Your verification code", body)`.
  const receiverType =
    site.receiverType && !site.receiverType.startsWith('lib:') && site.receiverType !== STRING
      ? site.receiverType
      : undefined;
  if (
    mentionsSecret(site.method) ||
    (site.receiverName && mentionsSecret(site.receiverName)) ||
    (receiverType && mentionsSecret(receiverType)) ||
    site.args.some((value) => isSecretMessage(constString(value)))
  ) {
    site.args.forEach((value) => add('secretUse', value, what));
  }
}

// ---- hard-coded credentials -------------------------------------------------------------------

/** Constructors and factories taking credentials: the indices of their secret arguments. */
const CREDENTIAL_ARGUMENTS: Record<string, number[]> = {
  BasicAWSCredentials: [1],
  BasicSessionCredentials: [1, 2],
  'AwsBasicCredentials.create': [1],
  'AwsSessionCredentials.create': [1, 2],
  'DriverManager.getConnection': [2],
  PasswordAuthentication: [1],
  UsernamePasswordCredentials: [1],
  UsernamePasswordAuthenticationToken: [1],
  'Algorithm.HMAC256': [0],
  'Algorithm.HMAC384': [0],
  'Algorithm.HMAC512': [0],
  'MongoCredential.createCredential': [2],
  'jwt.sign': [1],
  'jwt.verify': [1],
  'jwt.encode': [1],
  'jwt.decode': [1],
  'jsonwebtoken.sign': [1],
  'jsonwebtoken.verify': [1],
  'AWS.Credentials': [1],
  Credentials: [1],
};

const CREDENTIAL_KEYWORDS =
  /^(aws_secret_access_key|aws_session_token|password|passwd|pwd|secret|secret_key|api_key|apikey|token|access_token|client_secret|private_key)$/;

function credentialSinks(site: CallSite, name: string | undefined, add: Add): void {
  const key = site.isNew ? site.method : (name ?? '');
  const indices = own(CREDENTIAL_ARGUMENTS, key);
  const what = describe(site);
  for (const index of indices ?? []) add('credential', site.args[index], what);
  for (const [keyword, value] of site.keywords) {
    if (CREDENTIAL_KEYWORDS.test(keyword) || isCredentialName(keyword))
      add('credential', value, `${what}(${keyword}=...)`, keywordExpr(site, keyword));
  }
  if (site.isNew) return;
  if (KEY_VALUE_METHODS.has(site.method) && site.args.length >= 2) {
    const keyName = constString(site.args[0]) ?? nameOfExpr(site.argExprs[0]);
    if (keyName && isCredentialName(keyName)) add('credential', site.args[1], `the ${keyName} setting`);
    return;
  }
  const setter = site.method.replace(/^(set|with)(?=[A-Z_])/, '');
  if (site.args.length === 1 && isCredentialName(setter) && wordsOf(setter).length <= 3)
    add('credential', site.args[0], what);
}

function keywordExpr(site: CallSite, keyword: string): Expr | undefined {
  const expr = site.expr;
  return expr.args.find((argument) => argument.keyword === keyword)?.value;
}

// ---- view return values -----------------------------------------------------------------------

/** What a returned value exposes: a Spring REST handler's or a Flask view's body is the HTML response. */
export function responseBody(value: Value): Value | undefined {
  if (value.type === KIND.responseEntity) return readProp(value, 'body');
  if (value.type === 'object' || value.type === KIND.json) return undefined;
  if (value.type === 'array') return value.props?.get('0');
  return value;
}

/** A call of the program's own code that receives a secret: `resetCodeMailer.send(email, code)`, `tokens.store(token)`. */
export function userCallSinks(
  site: CallSite,
  calleeClass: string | undefined,
  params: readonly string[],
): SinkUse[] {
  const uses: SinkUse[] = [];
  const add: Add = (category, value, what) => {
    if (value) uses.push({ category, value, what });
  };
  const what = describe(site);
  if (
    (calleeClass && mentionsSecret(calleeClass)) ||
    (site.receiverName && mentionsSecret(site.receiverName))
  ) {
    site.args.forEach((value) => add('secretUse', value, what));
    return uses;
  }
  const setter = site.method.replace(/^(set|with|put|store|save|update|send)(?=[A-Z_])/, '');
  const wholeCallIsSecret = setter !== site.method && isSecretValueName(setter);
  site.args.forEach((value, index) => {
    const param = params[index];
    if (wholeCallIsSecret) add('secretUse', value, what);
    else if (param && isSecretValueName(param)) add('secretUse', value, `${what}(${param})`);
  });
  return uses;
}
