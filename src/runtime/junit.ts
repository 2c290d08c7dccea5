/** JUnit XML as CodeBuild test reports (and most CI viewers) read it: one suite of test cases. */

export interface JUnitCase {
  name: string;
  className: string;
  /** Why it failed; absent when it passed. */
  failure?: { message: string; type: string; details?: string };
}

export interface JUnitSuite {
  /** The `<testsuites>` name, e.g. "rampart review". */
  tool: string;
  name: string;
  seconds: number;
  timestamp?: string;
  properties?: [string, string][];
  cases: JUnitCase[];
}

/** For XML and HTML, text and attribute values alike; drops the control characters XML forbids. */
export function escapeMarkup(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
  };
  return text
    .replace(/[^\t\n\r\u0020-\uFFFF]/g, '')
    .replace(/[&<>"']/g, (character) => entities[character] as string);
}

function caseXml(testCase: JUnitCase): string {
  const opening = `    <testcase name="${escapeMarkup(testCase.name)}" classname="${escapeMarkup(testCase.className)}" time="0"`;
  const failure = testCase.failure;
  if (!failure) return `${opening}/>`;
  const attributes = `message="${escapeMarkup(failure.message)}" type="${escapeMarkup(failure.type)}"`;
  const element = failure.details
    ? `      <failure ${attributes}>${escapeMarkup(failure.details)}</failure>`
    : `      <failure ${attributes}/>`;
  return [`${opening}>`, element, '    </testcase>'].join('\n');
}

function propertiesXml(properties: [string, string][]): string[] {
  if (properties.length === 0) return [];
  return [
    '    <properties>',
    ...properties.map(
      ([name, value]) => `      <property name="${escapeMarkup(name)}" value="${escapeMarkup(value)}"/>`,
    ),
    '    </properties>',
  ];
}

export function junitXml(suite: JUnitSuite): string {
  const failures = suite.cases.filter((testCase) => testCase.failure).length;
  const seconds = suite.seconds.toFixed(3);
  const counts = `tests="${suite.cases.length}" failures="${failures}" errors="0"`;
  const timestamp = suite.timestamp ? ` timestamp="${escapeMarkup(suite.timestamp)}"` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeMarkup(suite.tool)}" ${counts} time="${seconds}">`,
    `  <testsuite name="${escapeMarkup(suite.name)}" ${counts} skipped="0" time="${seconds}"${timestamp}>`,
    ...propertiesXml(suite.properties ?? []),
    ...suite.cases.map(caseXml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
