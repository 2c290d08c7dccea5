/** The ARN partition of a region: aws, aws-cn or aws-us-gov. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function roleArn(accountId: string, roleName: string, region: string): string {
  return `arn:${partitionOf(region)}:iam::${accountId}:role/${roleName}`;
}
