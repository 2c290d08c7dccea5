/** The small typed subset of a CloudFormation template that the pipeline generator writes. */

export type Intrinsic =
  | { Ref: string }
  | { 'Fn::Sub': string }
  | { 'Fn::GetAtt': [string, string] }
  | { 'Fn::Equals': [TemplateValue, TemplateValue] };

export type TemplateValue =
  string | number | boolean | Intrinsic | TemplateValue[] | { [key: string]: TemplateValue | undefined };

export interface Resource {
  Type: string;
  Properties: Record<string, TemplateValue | undefined>;
  DependsOn?: string[];
}

export interface Output {
  Description: string;
  Value: TemplateValue;
}

export interface Template {
  AWSTemplateFormatVersion: '2010-09-09';
  Description: string;
  Rules?: Record<string, { Assertions: { Assert: Intrinsic; AssertDescription: string }[] }>;
  Resources: Record<string, Resource>;
  Outputs: Record<string, Output>;
}

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow' | 'Deny';
  Principal?: TemplateValue;
  Action: string | string[];
  /** Absent only in trust policies, where the role itself is the resource. */
  Resource?: TemplateValue;
  Condition?: Record<string, Record<string, TemplateValue>>;
  [key: string]: TemplateValue | undefined;
}

export const ref = (name: string): Intrinsic => ({ Ref: name });
export const sub = (text: string): Intrinsic => ({ 'Fn::Sub': text });
export const getAtt = (resource: string, attribute: string): Intrinsic => ({
  'Fn::GetAtt': [resource, attribute],
});

/** `arn:${AWS::Partition}:iam::ACCOUNT:role/NAME`, for a role in any account. */
export const roleArn = (accountId: string, roleName: string): Intrinsic =>
  sub(`arn:\${AWS::Partition}:iam::${accountId}:role/${roleName}`);

export function policyDocument(statements: PolicyStatement[]): TemplateValue {
  return { Version: '2012-10-17', Statement: statements };
}
