/**
 * Amazon Inspector findings shaped like the Inspector2 API reference's Finding (ListFindings), for the
 * gate's tests: moto 5.2.1 has no inspector2.
 */
import type { Finding } from '@aws-sdk/client-inspector2';

export const ACCOUNT = '111122223333';
export const REGION = 'us-east-1';
export const FUNCTION_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders-api`;
export const IMAGE_DIGEST = 'sha256:5f3c1a0e8b9d2c4f6a7e8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e';
export const IMAGE_URI = `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/shop/checkout@${IMAGE_DIGEST}`;

let sequence = 0;

/** A package vulnerability finding on the orders-api function; `fields` override any part. */
export function lambdaFinding(fields: Partial<Finding> = {}): Finding {
  sequence += 1;
  return {
    findingArn: `arn:aws:inspector2:${REGION}:${ACCOUNT}:finding/0f6e1c${String(sequence).padStart(26, '0')}`,
    awsAccountId: ACCOUNT,
    type: 'PACKAGE_VULNERABILITY',
    description:
      'python-jwt is a module for generating and verifying JSON Web Tokens. Versions prior to 3.3.4 are subject to authentication bypass by forged tokens.',
    title: 'CVE-2022-39227 - python-jwt',
    remediation: {
      recommendation: {
        text: 'None Provided',
        Url: 'https://nvd.nist.gov/vuln/detail/CVE-2022-39227',
      },
    },
    severity: 'CRITICAL',
    firstObservedAt: new Date('2024-03-14T09:31:02.000Z'),
    lastObservedAt: new Date('2024-03-14T09:31:02.000Z'),
    updatedAt: new Date('2024-03-14T09:31:02.000Z'),
    status: 'ACTIVE',
    resources: [
      {
        type: 'AWS_LAMBDA_FUNCTION',
        id: `${FUNCTION_ARN}:$LATEST`,
        partition: 'aws',
        region: REGION,
        details: {
          awsLambdaFunction: {
            functionName: 'orders-api',
            runtime: 'PYTHON_3_9',
            codeSha256: 'YFgDgEKG3ugvF1+pX64gV6tu9qNuIYNUdgJm8nCxsm4=',
            version: '$LATEST',
            executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/orders-api-role`,
            packageType: 'ZIP',
            architectures: ['X86_64'],
            lastModifiedAt: new Date('2024-03-14T09:26:53.000Z'),
          },
        },
      },
    ],
    inspectorScore: 9.1,
    packageVulnerabilityDetails: {
      vulnerabilityId: 'CVE-2022-39227',
      vulnerablePackages: [
        {
          name: 'python-jwt',
          version: '3.3.3',
          packageManager: 'PYTHONPKG',
          filePath: 'hello_world/python_jwt-3.3.3.dist-info/METADATA',
          fixedInVersion: '3.3.4',
          remediation: 'pip install python-jwt==3.3.4',
        },
      ],
      source: 'NVD',
      cvss: [
        {
          baseScore: 9.1,
          scoringVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N',
          version: '3.1',
          source: 'NVD',
        },
      ],
      sourceUrl: 'https://nvd.nist.gov/vuln/detail/CVE-2022-39227',
      vendorSeverity: 'CRITICAL',
    },
    fixAvailable: 'YES',
    exploitAvailable: 'NO',
    ...fields,
  };
}
