/**
 * `rampart gate inspector` on recorded API shapes: moto 5.2.1 has no Amazon Inspector (inspector2), so
 * ListFindings answers are shaped like the Inspector2 API reference (Finding, nextToken) and served
 * through aws-sdk-client-mock. Covered: the filters sent, pagination, the severity and score bar at its
 * edges, suppressed and closed findings, what is printed, and bad input.
 */
import {
  Inspector2Client,
  Inspector2ServiceException,
  type ListFindingsCommandInput,
  ListFindingsCommand,
} from '@aws-sdk/client-inspector2';
import { mockClient } from 'aws-sdk-client-mock';
import { ACCOUNT, FUNCTION_ARN, IMAGE_DIGEST, IMAGE_URI, lambdaFinding } from './support/inspector-findings';
import { runCli } from './support/run-cli';

const inspectorMock = mockClient(Inspector2Client);
beforeEach(() => inspectorMock.reset());
afterAll(() => inspectorMock.restore());

const listCalls = () => inspectorMock.commandCalls(ListFindingsCommand);
const requests = (): ListFindingsCommandInput[] => listCalls().map((call) => call.args[0].input);
const equals = (value: string) => ({ comparison: 'EQUALS', value });

describe('the ListFindings requests (recorded API shapes: moto has no inspector2)', () => {
  test('a Lambda function: active findings of its name and account, severity at or above the bar, score from min-score', async () => {
    inspectorMock.on(ListFindingsCommand).resolves({ findings: [] });
    const run = await runCli(
      'gate',
      'inspector',
      '--resource',
      `${FUNCTION_ARN}:live`,
      '--severity',
      'high',
      '--min-score',
      '8',
    );
    expect(run.code).toBe(0);
    expect(requests()).toEqual([
      {
        maxResults: 100,
        filterCriteria: {
          findingStatus: [equals('ACTIVE')],
          severity: [equals('HIGH'), equals('CRITICAL')],
          inspectorScore: [{ lowerInclusive: 8, upperInclusive: 10 }],
          awsAccountId: [equals(ACCOUNT)],
          resourceType: [equals('AWS_LAMBDA_FUNCTION')],
          lambdaFunctionName: [equals('orders-api')],
        },
      },
    ]);
  });

  test('ECR images by URI (digest or tag) and by ARN, each asked in its own region; no score filter by default', async () => {
    inspectorMock.on(ListFindingsCommand).resolves({ findings: [] });
    const imageArn = `arn:aws:ecr:ap-southeast-2:${ACCOUNT}:repository/shop/checkout/${IMAGE_DIGEST}`;
    const tagged = `${ACCOUNT}.dkr.ecr.us-west-2.amazonaws.com/shop/checkout:v1.4.2`;
    const run = await runCli(
      'gate',
      'inspector',
      '--resource',
      `${IMAGE_URI},${tagged}`,
      '--resource',
      imageArn,
    );
    expect(run.code).toBe(0);
    const common = {
      findingStatus: [equals('ACTIVE')],
      severity: [equals('CRITICAL')],
      awsAccountId: [equals(ACCOUNT)],
      resourceType: [equals('AWS_ECR_CONTAINER_IMAGE')],
      ecrImageRepositoryName: [equals('shop/checkout')],
    };
    expect(requests().map((request) => request.filterCriteria)).toEqual([
      { ...common, ecrImageHash: [equals(IMAGE_DIGEST)] },
      { ...common, ecrImageTags: [equals('v1.4.2')] },
      { ...common, ecrImageHash: [equals(IMAGE_DIGEST)] },
    ]);
    const regions = await Promise.all(
      listCalls().map((call) => (call.thisValue as Inspector2Client).config.region()),
    );
    expect(regions).toEqual(['eu-west-1', 'us-west-2', 'ap-southeast-2']);
  });

  test('every page is read, following nextToken until there is none', async () => {
    inspectorMock
      .on(ListFindingsCommand)
      .resolvesOnce({ findings: [lambdaFinding(), lambdaFinding()], nextToken: 'page-2' })
      .resolvesOnce({ findings: [], nextToken: 'page-3' })
      .resolvesOnce({ findings: [lambdaFinding({ inspectorScore: 9.8 })] });
    const run = await runCli('gate', 'inspector', '--resource', FUNCTION_ARN);
    expect(run.code).toBe(1);
    expect(requests().map((request) => request.nextToken)).toEqual([undefined, 'page-2', 'page-3']);
    expect(run.stdout.split('\n')[0]).toBe(
      'inspector: FAIL: 3 active finding(s) at CRITICAL (1 resource(s) checked)',
    );
  });
});

describe('the bar (recorded API shapes: moto has no inspector2)', () => {
  const at = (score: number) => lambdaFinding({ inspectorScore: score, title: `score ${score}` });

  test('--min-score is inclusive: a score of exactly 8 fails the gate, 7.9 does not', async () => {
    inspectorMock.on(ListFindingsCommand).resolves({ findings: [at(7.9), at(8)] });
    const run = await runCli('gate', 'inspector', '--resource', FUNCTION_ARN, '--min-score', '8');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('CRITICAL 8  score 8');
    expect(run.stdout).not.toContain('score 7.9');
  });

  test("the article's rule, CRITICAL with a score above 8: --min-score 8.1 passes a score of exactly 8", async () => {
    inspectorMock.on(ListFindingsCommand).resolves({ findings: [at(8)] });
    const exactly8 = await runCli('gate', 'inspector', '--resource', FUNCTION_ARN, '--min-score', '8.1');
    expect(exactly8.code).toBe(0);
    inspectorMock.on(ListFindingsCommand).resolves({ findings: [at(8.1)] });
    const above = await runCli('gate', 'inspector', '--resource', FUNCTION_ARN, '--min-score', '8.1');
    expect(above.code).toBe(1);
    expect(requests().at(-1)?.filterCriteria?.inspectorScore).toEqual([
      { lowerInclusive: 8.1, upperInclusive: 10 },
    ]);
  });

  test('a finding without an Inspector score does not meet a --min-score, but meets a severity-only bar', async () => {
    inspectorMock
      .on(ListFindingsCommand)
      .resolves({ findings: [lambdaFinding({ inspectorScore: undefined })] });
    expect((await runCli('gate', 'inspector', '--resource', FUNCTION_ARN, '--min-score', '0')).code).toBe(0);
    const severityOnly = await runCli('gate', 'inspector', '--resource', FUNCTION_ARN);
    expect(severityOnly.code).toBe(1);
    expect(severityOnly.stdout).toContain('CRITICAL no score  CVE-2022-39227 - python-jwt');
  });

  test('suppressed and closed findings, and severities below the bar, never fail the gate', async () => {
    inspectorMock.on(ListFindingsCommand).resolves({
      findings: [
        lambdaFinding({ status: 'SUPPRESSED' }),
        lambdaFinding({ status: 'CLOSED' }),
        lambdaFinding({ severity: 'HIGH' }),
        lambdaFinding({ severity: 'UNTRIAGED' }),
      ],
    });
    const run = await runCli('gate', 'inspector', '--resource', FUNCTION_ARN);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('inspector: PASS: no active finding at CRITICAL (1 resource(s) checked)\n');
    const high = await runCli('gate', 'inspector', '--resource', FUNCTION_ARN, '--severity', 'HIGH');
    expect(high.code).toBe(1);
    expect(high.stdout.split('\n')[0]).toBe(
      'inspector: FAIL: 1 active finding(s) at HIGH or above (1 resource(s) checked)',
    );
  });

  test('no findings at all: the gate passes for every resource', async () => {
    inspectorMock.on(ListFindingsCommand).resolves({ findings: [] });
    const run = await runCli('gate', 'inspector', '--resource', FUNCTION_ARN, '--resource', IMAGE_URI);
    expect(run).toEqual({
      code: 0,
      stdout: 'inspector: PASS: no active finding at CRITICAL (2 resource(s) checked)\n',
      stderr: '',
    });
  });
});

describe('what a failing gate prints (recorded API shapes: moto has no inspector2)', () => {
  test('each finding, worst first: severity, score, title, resource, package with installed and fixed version, remediation', async () => {
    const functionFindings = [
      lambdaFinding({ severity: 'HIGH', inspectorScore: 7.5, title: 'CVE-2023-0286 - openssl' }),
      lambdaFinding(),
    ];
    const imageFindings = [
      lambdaFinding({
        title: 'CVE-2024-3094 - xz-utils',
        inspectorScore: 10,
        remediation: {
          recommendation: {
            text: 'Upgrade your installed software packages to the proposed fixed in version and release.',
          },
        },
        packageVulnerabilityDetails: {
          vulnerabilityId: 'CVE-2024-3094',
          source: 'DEBIAN_CVE',
          vulnerablePackages: [
            {
              name: 'xz-utils',
              version: '5.6.0',
              epoch: 1,
              release: '0.1',
              packageManager: 'OS',
              fixedInVersion: 'NotAvailable',
            },
          ],
        },
      }),
    ];
    inspectorMock.on(ListFindingsCommand).callsFake((input: ListFindingsCommandInput) => ({
      findings: input.filterCriteria?.lambdaFunctionName ? functionFindings : imageFindings,
    }));
    const run = await runCli(
      'gate',
      'inspector',
      '--resource',
      FUNCTION_ARN,
      '--resource',
      IMAGE_URI,
      '--severity',
      'HIGH',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'inspector: FAIL: 3 active finding(s) at HIGH or above (2 resource(s) checked)',
        '  CRITICAL 10  CVE-2024-3094 - xz-utils',
        `    resource:    ${IMAGE_URI}`,
        '    package:     xz-utils 1:5.6.0-0.1 → fixed in NotAvailable',
        '    remediation: Upgrade your installed software packages to the proposed fixed in version and release.',
        '  CRITICAL 9.1  CVE-2022-39227 - python-jwt',
        `    resource:    ${FUNCTION_ARN}`,
        '    package:     python-jwt 3.3.3 → fixed in 3.3.4',
        '    fix:         pip install python-jwt==3.3.4',
        '    remediation: None Provided',
        '    see:         https://nvd.nist.gov/vuln/detail/CVE-2022-39227',
        '  HIGH 7.5  CVE-2023-0286 - openssl',
        `    resource:    ${FUNCTION_ARN}`,
        '    package:     python-jwt 3.3.3 → fixed in 3.3.4',
        '    fix:         pip install python-jwt==3.3.4',
        '    remediation: None Provided',
        '    see:         https://nvd.nist.gov/vuln/detail/CVE-2022-39227',
        '',
      ].join('\n'),
    );
  });

  test('Inspector refusing the call ends the gate with exit 1 naming the resource and region', async () => {
    inspectorMock.on(ListFindingsCommand).rejects(
      new Inspector2ServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'Invoking account does not have access to the resource.',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    const run = await runCli('gate', 'inspector', '--resource', FUNCTION_ARN);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `rampart gate inspector: Inspector ListFindings for ${FUNCTION_ARN} in us-east-1 failed: AccessDeniedException: Invoking account does not have access to the resource.\n`,
    );
  });
});

describe('rampart gate inspector: bad input exits 2 before any call', () => {
  test.each([
    [['gate', 'inspector'], ['error: rampart gate inspector: --resource is required']],
    [
      ['gate', 'inspector', '--resource', 'orders-api'],
      [
        'error: --resource "orders-api" is not a Lambda function ARN, an ECR image ARN (arn:aws:ecr:REGION:ACCOUNT:repository/NAME/sha256:DIGEST) or an ECR image URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME@sha256:DIGEST or …/NAME:TAG)',
      ],
    ],
    [
      [
        'gate',
        'inspector',
        '--resource',
        `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/shop/checkout`,
        '--severity',
        'SEVERE',
        '--min-score',
        '11',
      ],
      [
        expect.stringMatching(
          /^error: --resource "111122223333\.dkr\.ecr\.eu-west-1\.amazonaws\.com\/shop\/checkout" is not /,
        ),
        'error: --severity "SEVERE" is not one of INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL',
        'error: --min-score "11" must be a number from 0 to 10, e.g. 8 or 7.5',
      ],
    ],
    [
      ['gate', 'inspector', '--resource', FUNCTION_ARN, '--min-score', 'high'],
      ['error: --min-score "high" must be a number from 0 to 10, e.g. 8 or 7.5'],
    ],
  ])('%j', async (argv, problems) => {
    const run = await runCli(...argv);
    expect([run.code, run.stderr.trimEnd().split('\n')]).toEqual([2, problems]);
    expect(inspectorMock.calls()).toHaveLength(0);
  });
});
