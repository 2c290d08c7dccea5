/**
 * CloudFormation templates as moto's CloudFormation cannot fully show them: a reader for the YAML
 * short forms, and a renderer that resolves one resource's properties (parameters, pseudo
 * parameters, conditions, the stack's physical ids and exports) so that a test can make what moto's
 * CloudFormation skips with the service's own API, and compare.
 */
import { readFileSync } from 'node:fs';
import { DescribeStackResourcesCommand, ListExportsCommand } from '@aws-sdk/client-cloudformation';
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import { cloudFormationIn, REGION } from './local-aws';

export interface CfnTemplate {
  Parameters?: Record<string, { Type: string; Default?: string }>;
  Conditions?: Record<string, unknown>;
  Resources: Record<string, { Type: string; Condition?: string; Properties?: Record<string, unknown> }>;
}

/** Reads a template, turning the short forms (`!Sub x`, `!GetAtt a.b`) into CloudFormation's JSON forms. */
export function readCfnTemplate(file: string): CfnTemplate {
  const document = parseDocument(readFileSync(file, 'utf8'), { logLevel: 'silent' });
  if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]?.message}`);
  return toCfnJson(document.contents) as CfnTemplate;
}

function toCfnJson(node: unknown): unknown {
  let value: unknown;
  if (isMap(node)) {
    value = Object.fromEntries(
      node.items.map((pair) => [
        String(isScalar(pair.key) ? pair.key.value : pair.key),
        toCfnJson(pair.value),
      ]),
    );
  } else if (isSeq(node)) {
    value = node.items.map(toCfnJson);
  } else if (isScalar(node)) {
    value = node.value;
  } else {
    throw new Error(`unexpected YAML node ${String(node)}`);
  }
  const tag = (node as Node).tag;
  if (!tag?.startsWith('!')) return value;
  const name = tag.slice(1);
  if (name === 'Ref' || name === 'Condition') return { [name]: value };
  if (name === 'GetAtt' && typeof value === 'string') return { 'Fn::GetAtt': value.split('.') };
  return { [`Fn::${name}`]: value };
}

const NO_VALUE = Symbol('AWS::NoValue');

interface Scope {
  accountId: string;
  stackName: string;
  parameters: Record<string, string | string[]>;
  resources: Record<string, { ref: string; attributes: Record<string, string> }>;
  exports: Record<string, string>;
  conditions: Record<string, unknown>;
}

/**
 * The properties of one resource as CloudFormation would pass them: parameters, pseudo parameters,
 * conditions and the stack's physical ids substituted. It knows the few intrinsic functions the
 * bootstrap and pipeline templates use; anything else throws.
 */
export async function renderResource(stack: {
  accountId: string;
  stackName: string;
  templateFile: string;
  /** The parameters the stack was created with. */
  parameters: Record<string, string | string[]>;
  logicalId: string;
}): Promise<Record<string, unknown>> {
  const { accountId, stackName, templateFile, logicalId } = stack;
  const template = readCfnTemplate(templateFile);
  const cfn = cloudFormationIn(accountId);
  // The values the stack was created with, as given: moto's DescribeStacks shows a list parameter as a
  // Python list repr, and NoEcho ones as ****.
  const given = stack.parameters;
  const parameters: Scope['parameters'] = {};
  for (const [name, declaration] of Object.entries(template.Parameters ?? {})) {
    const value = joined(given[name]) ?? declaration.Default ?? '';
    parameters[name] = declaration.Type === 'CommaDelimitedList' ? value.split(',') : value;
  }
  const { StackResources } = await cfn.send(new DescribeStackResourcesCommand({ StackName: stackName }));
  const resources: Scope['resources'] = {};
  for (const resource of StackResources ?? []) {
    if (!resource.LogicalResourceId || !resource.PhysicalResourceId) continue;
    const id = resource.PhysicalResourceId;
    const arn: Record<string, string> = {
      'AWS::S3::Bucket': `arn:aws:s3:::${id}`,
      'AWS::KMS::Key': `arn:aws:kms:${REGION}:${accountId}:key/${id}`,
      'AWS::IAM::Role': `arn:aws:iam::${accountId}:role/${id}`,
    };
    resources[resource.LogicalResourceId] = {
      ref: id,
      attributes:
        resource.ResourceType && arn[resource.ResourceType] ? { Arn: arn[resource.ResourceType] } : {},
    };
  }
  const { Exports } = await cfn.send(new ListExportsCommand({}));
  const scope: Scope = {
    accountId,
    stackName,
    parameters,
    resources,
    exports: Object.fromEntries((Exports ?? []).map((item) => [item.Name, item.Value])),
    conditions: template.Conditions ?? {},
  };
  const resource = template.Resources[logicalId];
  if (!resource) throw new Error(`${templateFile} has no resource ${logicalId}`);
  return render(resource.Properties ?? {}, scope) as Record<string, unknown>;
}

function joined(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

function render(node: unknown, scope: Scope): unknown {
  if (Array.isArray(node)) return node.map((item) => render(item, scope)).filter((item) => item !== NO_VALUE);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node);
  const [first] = entries;
  if (entries.length === 1 && first && (first[0] === 'Ref' || first[0].startsWith('Fn::'))) {
    return intrinsic(first[0], first[1], scope);
  }
  return Object.fromEntries(
    entries.map(([key, value]) => [key, render(value, scope)]).filter(([, value]) => value !== NO_VALUE),
  );
}

function intrinsic(name: string, argument: unknown, scope: Scope): unknown {
  const args = argument as unknown[];
  switch (name) {
    case 'Ref':
      return ref(argument as string, scope);
    case 'Fn::GetAtt': {
      const [resource, attribute] = args as [string, string];
      const value = scope.resources[resource]?.attributes[attribute];
      if (value === undefined) throw new Error(`cannot render GetAtt ${resource}.${attribute}`);
      return value;
    }
    case 'Fn::Sub': {
      const [text, variables] = (typeof argument === 'string' ? [argument, {}] : argument) as [
        string,
        Record<string, unknown>,
      ];
      return text.replace(/\$\{([^}]+)\}/g, (_, key: string) => {
        if (key.startsWith('!')) return `\${${key.slice(1)}}`;
        if (key in variables) return String(render(variables[key], scope));
        if (key.includes('.')) return String(intrinsic('Fn::GetAtt', key.split('.'), scope));
        return String(ref(key, scope));
      });
    }
    case 'Fn::Join':
      return (render(args[1], scope) as string[]).join(args[0] as string);
    case 'Fn::Split':
      return (render(args[1], scope) as string).split(args[0] as string);
    case 'Fn::If':
      return render(condition(args[0] as string, scope) ? args[1] : args[2], scope);
    case 'Fn::ImportValue': {
      const exportName = render(argument, scope) as string;
      const value = scope.exports[exportName];
      if (value === undefined) throw new Error(`no export ${exportName}`);
      return value;
    }
    default:
      throw new Error(`the test renderer does not know ${name}`);
  }
}

function ref(name: string, scope: Scope): unknown {
  const pseudo: Record<string, unknown> = {
    'AWS::Partition': 'aws',
    'AWS::AccountId': scope.accountId,
    'AWS::Region': REGION,
    'AWS::StackName': scope.stackName,
    'AWS::NoValue': NO_VALUE,
  };
  if (name in pseudo) return pseudo[name];
  if (name in scope.parameters) return scope.parameters[name];
  const resource = scope.resources[name];
  if (!resource) throw new Error(`cannot render Ref ${name}`);
  return resource.ref;
}

function condition(name: string, scope: Scope): boolean {
  const evaluate = (node: unknown): boolean => {
    const [[fn, argument]] = Object.entries(node as Record<string, unknown>) as [[string, unknown[]]];
    switch (fn) {
      case 'Fn::Equals':
        return JSON.stringify(render(argument[0], scope)) === JSON.stringify(render(argument[1], scope));
      case 'Fn::Not':
        return !evaluate(argument[0]);
      case 'Fn::And':
        return argument.every(evaluate);
      case 'Fn::Or':
        return argument.some(evaluate);
      case 'Condition':
        return condition(argument as unknown as string, scope);
      default:
        throw new Error(`the test renderer does not know condition ${fn}`);
    }
  };
  return evaluate(scope.conditions[name]);
}
