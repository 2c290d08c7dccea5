/**
 * static-aws-credentials (CWE-798): an AWS SDK client or credentials provider given fixed
 * credentials instead of the default provider chain, whatever the credentials' origin (literals,
 * environment variables, properties files, injected settings): fixed keys are long-lived, are not
 * rotated by the SDK, and bypass roles, profiles and instance or container credentials.
 *
 * Not reported: temporary credentials obtained from STS in the same code (`assumeRole`,
 * `AssumeRoleCommand`, `getSessionToken`, `getFederationToken` results wrapped in a static provider),
 * which is the standard way to use another account's role; and every provider that resolves
 * credentials itself (default chain, profile, instance/container, web identity, STS providers).
 */
import type { SourceModule } from '../../ir';
import type { ReviewFinding } from '../../types';
import type { CallEvent, Value } from './constants';
import {
  argument,
  dottedName,
  FindingSink,
  importOf,
  lastName,
  positionalCount,
  simpleType,
  sourceExpr,
} from './common';
import { factsOf, type ModuleFacts } from './facts';

const RULE_ID = 'static-aws-credentials';

const STS_METHODS =
  /^(assume_?role(_?with_?(web_?identity|saml))?|get_?session_?token|get_?federation_?token)$/i;
const STS_REQUESTS =
  /^(AssumeRole(WithWebIdentity|WithSAML)?|GetSessionToken|GetFederationToken)(Command|Request)$/;

/** A call that returns temporary credentials from STS. */
function isStsCall(event: CallEvent): boolean {
  const expr = event.expr;
  return expr.kind === 'new' ? STS_REQUESTS.test(simpleType(expr.type)) : STS_METHODS.test(expr.method);
}

function fromSts(facts: ModuleFacts, value: Value | undefined): boolean {
  return value !== undefined && facts.derivesFrom(value, isStsCall);
}

/** `new BasicAWSCredentials(...)` and its kin, for the v1 client constructors taking credentials. */
const V1_CREDENTIALS = new Set(['BasicAWSCredentials', 'BasicSessionCredentials']);
const V2_CREDENTIALS = new Set(['AwsBasicCredentials', 'AwsSessionCredentials']);

function createdAs(facts: ModuleFacts, value: Value | undefined, types: Set<string>): boolean {
  if (!value) return false;
  return facts.possibleValues(value).some((leaf) => {
    if (leaf.kind !== 'instance') return false;
    const expr = leaf.event.expr;
    return expr.kind === 'new'
      ? types.has(simpleType(expr.type))
      : types.has(lastName(expr.receiver) ?? '') && expr.method === 'create';
  });
}

/** A function (lambda) given as a provider that returns credentials built in place. */
function returnsStaticCredentials(facts: ModuleFacts, value: Value | undefined): boolean {
  if (!value) return false;
  return facts
    .possibleValues(value)
    .some(
      (leaf) =>
        leaf.kind === 'function' &&
        facts
          .returnsOf(leaf.fn)
          .some(
            (returned) =>
              createdAs(facts, returned, V2_CREDENTIALS) || createdAs(facts, returned, V1_CREDENTIALS),
          ),
    );
}

function javaProblem(facts: ModuleFacts, event: CallEvent): string | undefined {
  const expr = event.expr;
  if (expr.kind === 'new') {
    const type = simpleType(expr.type);
    const credentials = argument(event, 0);
    if (type === 'AWSStaticCredentialsProvider') {
      return fromSts(facts, credentials)
        ? undefined
        : 'AWSStaticCredentialsProvider gives the SDK fixed credentials instead of the default provider chain';
    }
    if (
      /^(Amazon|AWS)\w*Client$/.test(type) &&
      createdAs(facts, credentials, V1_CREDENTIALS) &&
      !fromSts(facts, credentials)
    ) {
      return `new ${type} is given fixed credentials instead of the default provider chain`;
    }
    return undefined;
  }
  if (lastName(expr.receiver) === 'StaticCredentialsProvider' && expr.method === 'create') {
    return fromSts(facts, argument(event, 0))
      ? undefined
      : 'StaticCredentialsProvider.create gives the SDK fixed credentials instead of the default provider chain';
  }
  if (
    expr.method === 'credentialsProvider' &&
    returnsStaticCredentials(facts, argument(event, 0)) &&
    !fromSts(facts, argument(event, 0))
  ) {
    return 'credentialsProvider is given a lambda returning fixed credentials instead of the default provider chain';
  }
  return undefined;
}

const BOTO_KEYWORDS = ['aws_secret_access_key', 'aws_access_key_id', 'aws_session_token'];

/** A keyword argument (or `**kwargs` dictionary entry) that is given and not None. */
function botoKeyword(facts: ModuleFacts, event: CallEvent, keyword: string): Value | undefined {
  const explicit = argument(event, undefined, keyword);
  if (explicit) return isNone(facts, explicit) ? undefined : explicit;
  for (const [index, arg] of event.expr.args.entries()) {
    if (!arg.spread) continue;
    for (const leaf of facts.possibleValues(event.args[index])) {
      const value = leaf.kind === 'object' ? leaf.props.get(keyword) : undefined;
      if (value && !isNone(facts, value)) return value;
    }
  }
  return undefined;
}

function isNone(facts: ModuleFacts, value: Value): boolean {
  const leaves = facts.possibleValues(value);
  return (
    leaves.length > 0 &&
    leaves.every((leaf) => leaf.kind === 'const' && (leaf.value === null || leaf.value === ''))
  );
}

function pythonProblem(facts: ModuleFacts, event: CallEvent): string | undefined {
  const expr = event.expr;
  if (expr.kind !== 'call') return undefined;
  const given = BOTO_KEYWORDS.map((keyword) => botoKeyword(facts, event, keyword)).filter(
    (value): value is Value => !!value,
  );
  const call = dottedName(expr.receiver) ? `${dottedName(expr.receiver)}.${expr.method}` : expr.method;
  if (given.length > 0) {
    return given.some((value) => fromSts(facts, value))
      ? undefined
      : `${call} is given fixed AWS keys instead of the default credential chain`;
  }
  const receiver = lastName(expr.receiver);
  const isSession =
    expr.method === 'Session' &&
    (receiver === 'boto3' ||
      receiver === 'session' ||
      importOf(facts.module, 'Session')?.startsWith('boto3'));
  if (isSession && positionalCount(event) >= 2 && !fromSts(facts, argument(event, 1))) {
    return `${call} is given fixed AWS keys instead of the default credential chain`;
  }
  if (
    expr.method === 'set_credentials' &&
    positionalCount(event) >= 2 &&
    !fromSts(facts, argument(event, 1))
  ) {
    return `${call} sets fixed AWS keys instead of using the default credential chain`;
  }
  return undefined;
}

const JS_KEYS = ['secretAccessKey', 'accessKeyId'];

/** The secret of a credentials object literal `{ accessKeyId, secretAccessKey }`, if the value is one. */
function staticKeysIn(facts: ModuleFacts, value: Value | undefined): Value | undefined {
  if (!value) return undefined;
  for (const leaf of facts.possibleValues(value)) {
    if (leaf.kind === 'object') {
      const key = JS_KEYS.map((name) => leaf.props.get(name)).find((prop) => prop !== undefined);
      if (key) return key;
    }
    if (leaf.kind === 'function') {
      const returned = facts
        .returnsOf(leaf.fn)
        .map((result) => staticKeysIn(facts, result))
        .find((key) => key);
      if (returned) return returned;
    }
  }
  return undefined;
}

/** Client options carrying static keys: `{ credentials: { accessKeyId, ... } }` (v3) or `{ accessKeyId, ... }` (v2). */
function staticKeysInOptions(facts: ModuleFacts, options: Value | undefined): Value | undefined {
  if (!options) return undefined;
  for (const leaf of facts.possibleValues(options)) {
    if (leaf.kind !== 'object') continue;
    const direct = JS_KEYS.map((name) => leaf.props.get(name)).find((prop) => prop !== undefined);
    if (direct) return direct;
    const nested = staticKeysIn(facts, leaf.props.get('credentials'));
    if (nested) return nested;
  }
  return undefined;
}

function isAwsCredentialsType(facts: ModuleFacts, type: string): boolean {
  if (simpleType(type) !== 'Credentials') return false;
  if (type.includes('.')) return /^(AWS|aws|AWS_SDK|sdk)\./.test(type);
  return /aws-sdk/.test(importOf(facts.module, type) ?? '');
}

function javascriptProblem(facts: ModuleFacts, event: CallEvent): string | undefined {
  const expr = event.expr;
  if (expr.kind === 'new') {
    if (isAwsCredentialsType(facts, expr.type)) {
      const secret = argument(event, 1) ?? staticKeysIn(facts, argument(event, 0));
      return fromSts(facts, secret ?? argument(event, 0))
        ? undefined
        : `new ${expr.type} holds fixed AWS keys instead of using the default provider chain`;
    }
    const keys = staticKeysInOptions(facts, argument(event, 0));
    if (keys && !fromSts(facts, keys))
      return `new ${expr.type} is given fixed AWS keys instead of the default provider chain`;
    return undefined;
  }
  if (expr.method === 'update' && lastName(expr.receiver) === 'config') {
    const keys = staticKeysInOptions(facts, argument(event, 0));
    if (keys && !fromSts(facts, keys))
      return `${dottedName(expr.receiver) ?? 'config'}.update sets fixed AWS keys instead of the default provider chain`;
  }
  return undefined;
}

function javascriptAssignments(facts: ModuleFacts, sink: FindingSink): void {
  for (const { stmt, value, scope } of facts.assigns) {
    const target = stmt.target;
    if (target.kind !== 'member' || target.property !== 'credentials' || lastName(target.object) !== 'config')
      continue;
    const keys = staticKeysIn(facts, value);
    if (keys && !fromSts(facts, keys) && sourceExpr(value)?.kind === 'object') {
      sink.report(
        stmt.value,
        scope,
        `${dottedName(target) ?? 'config.credentials'} is set to fixed AWS keys instead of the default provider chain`,
      );
    }
  }
}

export function detectStaticAwsCredentials(
  module: SourceModule,
  program?: readonly SourceModule[],
): ReviewFinding[] {
  const facts = factsOf(module, program);
  const sink = new FindingSink(RULE_ID, module);
  const language = module.language;
  const problemOf =
    language === 'java' ? javaProblem : language === 'python' ? pythonProblem : javascriptProblem;
  for (const event of facts.calls) {
    const problem = problemOf(facts, event);
    if (problem) sink.report(event.expr, event.scope, problem);
  }
  if (language === 'javascript' || language === 'typescript') javascriptAssignments(facts, sink);
  return sink.findings();
}
