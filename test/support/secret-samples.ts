import { seededRandom } from '../../src/runtime/seeded-random';
/**
 * Fake secrets in the real formats, made from a seeded generator: the repository holds no
 * secret-shaped string (push protection and Rampart's own scan stay quiet), and every run makes the
 * same values.
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const BASE32 = `${UPPER}234567`;
const BASE64 = `${ALNUM}+/`;
const BASE64URL = `${ALNUM}_-`;
const HEX = '0123456789abcdef';

export class SecretFactory {
  private readonly random: () => number;

  constructor(seed = 42) {
    this.random = seededRandom(seed);
  }

  chars(alphabet: string, length: number): string {
    let text = '';
    for (let index = 0; index < length; index++)
      text += alphabet[Math.floor(this.random() * alphabet.length)];
    return text;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  /** One fake value of each built-in rule, by rule id. */
  sample(ruleId: string): string {
    const make = SAMPLES[ruleId];
    if (!make) throw new Error(`no sample maker for ${ruleId}`);
    return make(this);
  }
}

const base64url = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');

const SAMPLES: Record<string, (factory: SecretFactory) => string> = {
  'aws-access-key-id': (f) => f.pick(['AKIA', 'ASIA']) + f.chars(BASE32, 16),
  'aws-secret-access-key': (f) => f.chars(BASE64, 40),
  'github-token': (f) => `${f.pick(['ghp', 'gho', 'ghu', 'ghs', 'ghr'])}_${f.chars(ALNUM, 36)}`,
  'github-fine-grained-token': (f) => `github_pat_${f.chars(ALNUM, 22)}_${f.chars(ALNUM, 59)}`,
  'slack-token': (f) =>
    `${f.pick(['xoxb', 'xoxp'])}-${f.chars(DIGITS, 12)}-${f.chars(DIGITS, 13)}-${f.chars(ALNUM, 24)}`,
  'slack-webhook': (f) =>
    `https://hooks.slack.com/services/T${f.chars(UPPER + DIGITS, 10)}/B${f.chars(UPPER + DIGITS, 10)}/${f.chars(ALNUM, 24)}`,
  'private-key': (f) => {
    const type = f.pick(['RSA ', 'EC ', 'OPENSSH ', '']);
    const body = Array.from({ length: 6 }, () => f.chars(BASE64, 64)).join('\n');
    return `-----BEGIN ${type}PRIVATE KEY-----\n${body}\n-----END ${type}PRIVATE KEY-----`;
  },
  'google-api-key': (f) => `AIza${f.chars(BASE64URL, 35)}`,
  'stripe-api-key': (f) => `${f.pick(['sk', 'rk'])}_${f.pick(['live', 'test'])}_${f.chars(ALNUM, 24)}`,
  'twilio-auth-token': (f) => f.chars(HEX, 32),
  'sendgrid-api-key': (f) => `SG.${f.chars(BASE64URL, 22)}.${f.chars(BASE64URL, 43)}`,
  'npm-token': (f) => `npm_${f.chars(ALNUM, 36)}`,
  'npmrc-auth-token': (f) => f.chars(ALNUM, 36),
  'pypi-token': (f) => `pypi-AgEIcHlwaS5vcmc${f.chars(BASE64URL, 70)}`,
  jwt: (f) =>
    `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: f.chars(DIGITS, 10), name: f.chars(LOWER, 8) })}.${f.chars(BASE64URL, 43)}`,
  'url-credentials': (f) => `${f.chars(LOWER, 6)}${f.pick(['!', '#', '9'])}${f.chars(ALNUM, 10)}`,
  'generic-secret': (f) => f.chars(ALNUM + '!#%&*', 18),
};

/**
 * A line that holds `secret` the way rule `ruleId` expects to find it, in a file of `language`
 * (the surroundings a real file would have).
 */
export function lineWith(
  ruleId: string,
  secret: string,
  language: 'env' | 'js' | 'py' | 'yaml' | 'json' = 'js',
): string {
  const assign = (name: string) => {
    switch (language) {
      case 'env':
        return `${name.toUpperCase()}=${secret}`;
      case 'py':
        return `${name} = "${secret}"`;
      case 'yaml':
        return `${name}: "${secret}"`;
      case 'json':
        return `  "${name}": "${secret}",`;
      default:
        return `const ${name} = '${secret}';`;
    }
  };
  switch (ruleId) {
    case 'aws-secret-access-key':
      return assign('aws_secret_access_key');
    case 'twilio-auth-token':
      return assign('twilio_auth_token');
    case 'npmrc-auth-token':
      return `//registry.npmjs.org/:_authToken=${secret}`;
    case 'url-credentials':
      return assign('database_url').replace(
        secret,
        `postgres://app:${secret}@db.internal.example.com:5432/app`,
      );
    case 'generic-secret':
      return assign('db_password');
    default:
      return assign('credential_value');
  }
}
