/**
 * Names that mean a secret. Used twice: a literal stored under a credential's name is a
 * hard-coded credential, and a predictable random value stored, returned or passed under a
 * secret's name (token, salt, IV...) is insecure randomness.
 */

/** The words of an identifier, lower case: `apiToken` → api, token; `JWT_SECRET` → jwt, secret. */
const MAX_CACHED_NAMES = 50_000;
const cachedWords = new Map<string, string[]>();

export function wordsOf(name: string): string[] {
  let words = cachedWords.get(name);
  if (!words) {
    if (cachedWords.size >= MAX_CACHED_NAMES) cachedWords.clear();
    words = splitWords(name);
    cachedWords.set(name, words);
  }
  return words;
}

function splitWords(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
  return words.flatMap((word, index) =>
    word === 'card' && words[index - 1] === 'gift'
      ? []
      : word === 'gift' && words[index + 1] === 'card'
        ? ['giftcard']
        : [word],
  );
}

const CREDENTIAL_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'credential',
  'credentials',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'clientsecret',
  'authkey',
  'bearer',
]);

/** Words before `key`/`secret` that make it a credential (`api key`, `signing key`). */
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'private',
  'secret',
  'signing',
  'encryption',
  'master',
  'auth',
  'client',
  'app',
  'account',
  'storage',
  'shared',
  'hmac',
  'jwt',
]);

/** Last words that make the name about a secret rather than the secret itself. */
const META_WORDS = new Set([
  'name',
  'names',
  'id',
  'ids',
  'env',
  'var',
  'variable',
  'param',
  'parameter',
  'field',
  'label',
  'header',
  'prompt',
  'message',
  'msg',
  'pattern',
  'regex',
  'file',
  'path',
  'url',
  'uri',
  'endpoint',
  'length',
  'len',
  'size',
  'type',
  'policy',
  'prefix',
  'suffix',
  'format',
  'hint',
  'placeholder',
  'column',
  'attr',
  'attribute',
  'property',
  'prop',
  'arn',
  'ttl',
  'expiry',
  'expiration',
  'expires',
  'timeout',
  'count',
  'min',
  'max',
  'enabled',
  'required',
  'hash',
  'hashed',
  'digest',
  'encoder',
  'validator',
  'mask',
  'masked',
  'mode',
  'source',
  'provider',
  'manager',
  'service',
  'repository',
  'store',
  'config',
  'settings',
  'location',
  'dir',
  'directory',
  'ref',
  'key',
  'version',
  'class',
  'algorithm',
  'alg',
  'charset',
  'encoding',
  'scope',
  'scopes',
  'audience',
  'issuer',
  'owner',
  'user',
  'username',
  'login',
  'error',
  'exception',
  'reset',
  'request',
  'response',
  'cookie',
  'parser',
  'generator',
  'factory',
  'builder',
  'handler',
  'filter',
  'check',
  'valid',
  'strength',
  'rules',
  'rule',
  'sent',
  'bucket',
  'table',
  'query',
  'template',
]);

/** First words that make the name a question or an action about a secret (`isPasswordValid`). */
const ACTION_WORDS = new Set([
  'is',
  'has',
  'get',
  'check',
  'validate',
  'verify',
  'forgot',
  'should',
  'can',
  'use',
  'show',
]);

/** Words for other secret values a predictable generator must not produce. */
const SECRET_VALUE_WORDS = new Set([
  'otp',
  'totp',
  'hotp',
  'nonce',
  'salt',
  'iv',
  'csrf',
  'xsrf',
  'sessionid',
  'sid',
  'session',
  'pin',
  'passcode',
  'challenge',
  'verifier',
  'apikey',
  'voucher',
  'coupon',
  'giftcard',
]);

const CODE_QUALIFIERS = new Set([
  'reset',
  'verification',
  'verify',
  'activation',
  'confirm',
  'confirmation',
  'invite',
  'invitation',
  'auth',
  'mfa',
  'recovery',
  'login',
  'access',
  'security',
  'one',
  'magic',
  'gift',
  'card',
  'promo',
  'redeem',
  'redemption',
  'referral',
]);

function isAboutSecret(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  if (ACTION_WORDS.has(words[0]!) && words.length > 1) return false;
  const last = words[words.length - 1]!;
  if (last === 'key' || last === 'secret') {
    const before = words[words.length - 2];
    if (before === undefined) return last === 'secret';
    if (CREDENTIAL_WORDS.has(before) && before !== 'secret') return false;
    return KEY_QUALIFIERS.has(before) || CREDENTIAL_WORDS.has(before);
  }
  return !META_WORDS.has(last);
}

/** A name meaning a credential: password, secret, token, API key... */
export function isCredentialName(name: string): boolean {
  const words = wordsOf(name);
  if (!isAboutSecret(words)) return false;
  if (words.some((word) => CREDENTIAL_WORDS.has(word))) return true;
  return words.some(
    (word, index) => (word === 'key' || word === 'secret') && KEY_QUALIFIERS.has(words[index - 1] ?? ''),
  );
}

/** A name meaning any secret value: a credential, or a session id, CSRF token, salt, IV, nonce, OTP, reset code, key. */
export function isSecretValueName(name: string): boolean {
  if (isCredentialName(name)) return true;
  const words = wordsOf(name);
  if (words.length === 1 && (words[0] === 'key' || words[0] === 'code')) return words[0] === 'key';
  if (!isAboutSecret(words) && !(words[words.length - 1] === 'id' && words.includes('session'))) return false;
  if (words.some((word) => SECRET_VALUE_WORDS.has(word))) return true;
  return words.some(
    (word, index) =>
      (word === 'code' && CODE_QUALIFIERS.has(words[index - 1] ?? '')) ||
      (word === 'key' && index > 0) ||
      (word === 'time' && words[index - 1] === 'one'),
  );
}

const PLACEHOLDER =
  /^(change[-_ ]?me|changeit|replace[-_ ]?me|todo|tbd|fixme|none|null|nil|undefined|dummy|placeholder|redacted|secret|password|passwd|pass|token|test|example|sample|bearer|basic|default|n\/a|unknown|empty|hidden|masked)$/i;

/**
 * Whether a string literal can be a real credential: not empty, not a placeholder or mask
 * (`********`, `<password>`, `${DB_PASSWORD}`, `changeme`), not the name of an environment
 * variable or property that holds the secret, not a sentence, URL or path.
 */
export function isCredentialLiteral(value: string): boolean {
  const text = value.trim();
  if (text.length < 4 || /\s/.test(text)) return false;
  if (/^(.)\1*$/.test(text) || PLACEHOLDER.test(text)) return false;
  if (/^(<.*>|\$\{.*\}|\{\{.*\}\}|%\(.*\)s|\$[A-Z_][A-Z0-9_]*|%[A-Z_]+%|#\{.*\})$/.test(text)) return false;
  if (/\byour[-_ ]?/i.test(text) && /(key|secret|token|pass)/i.test(text)) return false;
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(text)) return false;
  if (/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/.test(text)) return false;
  if (/^(https?:\/\/|\/|\.\/|classpath:|file:|arn:)/i.test(text) && !/:\/\/[^/\s:@]+:[^/\s@]+@/.test(text))
    return false;
  return true;
}

/** What a store or sender of one-time secrets is named for (`VerificationStore`, `verification_codes`). */
const ONE_TIME_SECRET_PURPOSES = new Set([
  'verification',
  'activation',
  'confirmation',
  'recovery',
  'invitation',
]);

/** Whether a container, service or type name is about secrets (`otpStore`, `ResetCodeMailer`, `passwordEncoder`). */
export function mentionsSecret(name: string): boolean {
  const words = wordsOf(name);
  return words.some(
    (word, index) =>
      CREDENTIAL_WORDS.has(word) ||
      SECRET_VALUE_WORDS.has(word) ||
      ONE_TIME_SECRET_PURPOSES.has(word) ||
      ((word === 'code' || word === 'key') &&
        (CODE_QUALIFIERS.has(words[index - 1] ?? '') || KEY_QUALIFIERS.has(words[index - 1] ?? ''))),
  );
}

/** A message that says it carries a secret: "Your verification code", "Reset your password". */
const SECRET_MESSAGE =
  /\b(verification|confirmation|activation|reset|security|login|sign[- ]?in|access|one[- ]time)\s+(code|pin|link|token)\b|\b(password|passcode|otp)\b/i;

export function isSecretMessage(text: string | undefined): boolean {
  return text !== undefined && SECRET_MESSAGE.test(text);
}
