import type { SecretRule } from './types';

/**
 * The built-in rules. Each finds its candidates only where one of its keywords occurs, with one of
 * the shapes of matchers.ts: a token with a recognisable start, or an assignment to a name holding
 * the keyword. Both are linear in the input whatever it holds.
 */

/** Characters that may not touch a token: it would be part of a longer word. */
const WORD = 'A-Za-z0-9_';
const BASE64URL = 'A-Za-z0-9_-';
/** Identifier characters of a name in code, config files and environment files. */
const NAME = 'A-Za-z0-9_.-';

const ROTATE = 'Revoke the credential where it was issued, issue a new one, and keep it in a secret store';

export const BUILT_IN_RULES: SecretRule[] = [
  {
    id: 'aws-access-key-id',
    description: 'AWS access key ID (long-term AKIA or temporary ASIA, and the other credential prefixes)',
    severity: 'critical',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    match: {
      kind: 'token',
      anchor: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
      parts: [{ run: 'A-Z2-7', min: 16, max: 16 }],
      boundary: 'A-Za-z0-9',
    },
    examples: ['AKIAIOSFODNN7EXAMPLE'],
    remediation: `${ROTATE}: deactivate and delete the access key in IAM (or let the session expire), check CloudTrail for its use, and use roles instead of keys.`,
  },
  {
    id: 'aws-secret-access-key',
    description:
      'AWS secret access key (40 characters assigned to an AWS secret key name, or near an access key ID)',
    severity: 'critical',
    keywords: [
      'secret_access_key',
      'secretaccesskey',
      'secret-access-key',
      'aws_secret',
      'aws-secret',
      'aws.secret',
      'awssecret',
    ],
    match: {
      kind: 'assignment',
      name: NAME,
      nameMax: 64,
      nameTest: /aws[_.-]?secret|secret[_.-]?access[_.-]?key/i,
      extraOperators: [','],
      quoted: { min: 40, max: 40 },
      bare: { run: 'A-Za-z0-9/+', min: 40, max: 40 },
    },
    minEntropy: 3.5,
    examples: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'],
    nearby: {
      ruleId: 'aws-access-key-id',
      lines: 3,
      run: 'A-Za-z0-9/+',
      length: 40,
      boundary: 'A-Za-z0-9/+=',
      minEntropy: 4.0,
    },
    remediation: `${ROTATE}: deactivate and delete the access key in IAM, check CloudTrail for its use, and use roles instead of keys.`,
  },
  {
    id: 'github-token',
    description: 'GitHub personal access, OAuth, user-to-server, server-to-server or refresh token',
    severity: 'critical',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    match: {
      kind: 'token',
      anchor: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
      parts: [{ run: 'A-Za-z0-9', min: 36, max: 251 }],
      boundary: WORD,
    },
    minEntropy: 3.0,
    remediation: `${ROTATE}: revoke the token in GitHub (Settings > Developer settings), and use GITHUB_TOKEN or a GitHub App in workflows.`,
  },
  {
    id: 'github-fine-grained-token',
    description: 'GitHub fine-grained personal access token',
    severity: 'critical',
    keywords: ['github_pat_'],
    match: {
      kind: 'token',
      anchor: ['github_pat_'],
      parts: [{ run: WORD, min: 80, max: 244 }],
      boundary: WORD,
    },
    minEntropy: 3.0,
    remediation: `${ROTATE}: revoke the token in GitHub (Settings > Developer settings > Fine-grained tokens).`,
  },
  {
    id: 'slack-token',
    description: 'Slack bot, user, app or refresh token',
    severity: 'high',
    keywords: ['xoxa-', 'xoxb-', 'xoxe-', 'xoxe.', 'xoxp-', 'xoxr-', 'xoxs-'],
    match: {
      kind: 'token',
      anchor: ['xoxa-', 'xoxb-', 'xoxe-', 'xoxe.', 'xoxp-', 'xoxr-', 'xoxs-'],
      parts: [{ run: 'A-Za-z0-9.-', min: 10, max: 250 }],
      boundary: BASE64URL,
    },
    minEntropy: 3.0,
    rejectPlaceholders: true,
    remediation: `${ROTATE}: revoke the token in the Slack app's settings (OAuth & Permissions).`,
  },
  {
    id: 'slack-webhook',
    description: 'Slack incoming webhook URL',
    severity: 'high',
    keywords: ['https://hooks.slack.com/'],
    match: {
      kind: 'token',
      anchor: ['https://hooks.slack.com/'],
      parts: [
        { literal: ['services/', 'workflows/', 'triggers/'] },
        { run: 'A-Za-z0-9/_-', min: 20, max: 200 },
      ],
      boundary: '',
    },
    minEntropy: 3.0,
    rejectPlaceholders: true,
    examples: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    remediation: `${ROTATE}: delete the webhook in the Slack app's settings (Incoming Webhooks) and create another.`,
  },
  {
    id: 'private-key',
    description: 'Private key (RSA, EC, DSA, OpenSSH, PGP or PKCS#8, encrypted or not)',
    severity: 'critical',
    keywords: ['-----begin '],
    match: {
      kind: 'token',
      anchor: ['-----BEGIN '],
      parts: [
        { literal: ['RSA ', 'EC ', 'DSA ', 'OPENSSH ', 'ENCRYPTED ', 'PGP ', ''] },
        { literal: ['PRIVATE KEY'] },
        { literal: [' BLOCK', ''] },
        { literal: ['-----'] },
      ],
      boundary: '',
    },
    block: { end: '-----END ', maxLines: 200 },
    remediation:
      'Treat the key as compromised: replace it (new key pair, new certificate), remove the public key wherever it is trusted, and keep private keys out of the repository.',
  },
  {
    id: 'google-api-key',
    description: 'Google API key',
    severity: 'high',
    keywords: ['aiza'],
    match: {
      kind: 'token',
      anchor: ['AIza'],
      parts: [{ run: BASE64URL, min: 35, max: 35 }],
      boundary: BASE64URL,
    },
    remediation: `${ROTATE}: delete or regenerate the key in Google Cloud (APIs & Services > Credentials) and restrict keys to the APIs and referrers that need them.`,
  },
  {
    id: 'stripe-api-key',
    description: 'Stripe secret or restricted API key (live or test)',
    severity: 'critical',
    keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    match: {
      kind: 'token',
      anchor: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
      parts: [{ run: 'A-Za-z0-9', min: 24, max: 247 }],
      boundary: WORD,
    },
    minEntropy: 3.0,
    remediation: `${ROTATE}: roll the key in the Stripe dashboard (Developers > API keys).`,
  },
  {
    id: 'twilio-auth-token',
    description: 'Twilio auth token (32 hexadecimal digits within 3 lines of "twilio")',
    severity: 'high',
    keywords: ['twilio'],
    // Nothing in the token itself says Twilio: it is found by the company it keeps, in whatever
    // syntax (a nested config key, a constructor argument, a curl -u, a table).
    match: { kind: 'near', lines: 3, run: '0-9a-f', length: 32, boundary: 'A-Za-z0-9+/_-' },
    minEntropy: 3.0,
    rejectPlaceholders: true,
    remediation: `${ROTATE}: rotate the auth token, or delete the API key, in the Twilio console.`,
  },
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    severity: 'high',
    keywords: ['sg.'],
    match: {
      kind: 'token',
      anchor: ['SG.'],
      parts: [{ run: BASE64URL, min: 22, max: 22 }, { literal: ['.'] }, { run: BASE64URL, min: 43, max: 43 }],
      boundary: BASE64URL,
    },
    minEntropy: 3.0,
    remediation: `${ROTATE}: delete the key in SendGrid (Settings > API Keys) and create another.`,
  },
  {
    id: 'npm-token',
    description: 'npm access token',
    severity: 'high',
    keywords: ['npm_'],
    match: {
      kind: 'token',
      anchor: ['npm_'],
      parts: [{ run: 'A-Za-z0-9', min: 36, max: 36 }],
      boundary: WORD,
    },
    minEntropy: 3.0,
    remediation: `${ROTATE}: revoke the token on npmjs.com (Access Tokens) and publish with trusted publishing (OIDC).`,
  },
  {
    id: 'npmrc-auth-token',
    description: 'Registry auth token in an .npmrc',
    severity: 'high',
    keywords: ['_authtoken'],
    match: {
      kind: 'assignment',
      name: 'A-Za-z0-9_.:/@-',
      nameMax: 200,
      nameTest: /_authToken$/,
      quoted: { min: 20, max: 512 },
      bare: { run: 'A-Za-z0-9_.+/=-', min: 20, max: 512 },
    },
    minEntropy: 3.0,
    rejectPlaceholders: true,
    remediation: `${ROTATE}: revoke the token at the registry and reference it as \${NPM_TOKEN} in .npmrc instead.`,
  },
  {
    id: 'pypi-token',
    description: 'PyPI API token',
    severity: 'high',
    keywords: ['pypi-ageichlwas5vcmc'],
    match: {
      kind: 'token',
      anchor: ['pypi-AgEIcHlwaS5vcmc'],
      parts: [{ run: BASE64URL, min: 50, max: 400 }],
      boundary: BASE64URL,
    },
    remediation: `${ROTATE}: remove the token on pypi.org (Account settings > API tokens) and publish with trusted publishing.`,
  },
  {
    id: 'jwt',
    description: 'JSON Web Token (a signed bearer credential)',
    severity: 'medium',
    keywords: ['eyj'],
    match: {
      kind: 'token',
      anchor: ['eyJ'],
      parts: [
        { run: BASE64URL, min: 10, max: 2048 },
        { literal: ['.eyJ'] },
        { run: BASE64URL, min: 10, max: 8192 },
        { literal: ['.'] },
        { run: BASE64URL, min: 10, max: 1024 },
      ],
      boundary: BASE64URL,
    },
    examples: [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ],
    remediation:
      'Revoke the token if its issuer allows it (or rotate the signing key), and keep tokens out of code: they are credentials until they expire.',
  },
  {
    id: 'url-credentials',
    description: 'Password in a URL (scheme://user:password@host)',
    severity: 'high',
    keywords: ['://'],
    match: {
      kind: 'token',
      before: { run: 'A-Za-z0-9+.-', min: 2, max: 32 },
      anchor: ['://'],
      parts: [
        { run: '^\\s:@/"\'<>`', min: 0, max: 128 },
        { literal: [':'] },
        { run: '^\\s:@/"\'<>`', min: 3, max: 256 },
        { literal: ['@'] },
        { run: 'A-Za-z0-9.-', min: 1, max: 253 },
      ],
      boundary: '',
      secretPart: 2,
    },
    minEntropy: 2.0,
    rejectPlaceholders: true,
    remediation: `${ROTATE}: change the password, and build the URL from a secret at run time.`,
  },
  {
    id: 'generic-secret',
    description: 'Password, secret, API key or token assigned a literal value',
    severity: 'medium',
    keywords: [
      'password',
      'passwd',
      'pwd',
      'secret',
      'api_key',
      'apikey',
      'api-key',
      'token',
      'credential',
      'private_key',
    ],
    match: {
      kind: 'assignment',
      name: NAME,
      nameMax: 64,
      // Names that hold a keyword but name something else: an id, a path, a hash, a label, a URL…
      nameReject:
        /(?:id|ids|arn|name|names|path|file|dir|url|uri|type|label|field|prompt|hash|length|count|header|policy|version|expiry|expires|timeout|ttl|mode|format|hint|pattern|placeholder|title|description|message|error|endpoint|location|reset|rotation)$/i,
      quoted: { min: 8, max: 256 },
      bare: { run: '^\\s"\'`,;(){}<>[]', min: 8, max: 256 },
      bareMayBeCode: true,
    },
    minEntropy: 3.0,
    rejectPlaceholders: true,
    generic: true,
    remediation: `${ROTATE}, then read it from the environment or a secret store (AWS Secrets Manager, SSM Parameter Store, GitHub secrets).`,
  },
];
