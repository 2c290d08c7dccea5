/**
 * weak-cipher (CWE-327): a cipher that is broken or used in a broken way, found where the cipher
 * is created, with the algorithm evaluated through constants, fields, helpers and branches.
 * - Broken algorithms: DES, Triple DES, RC2, RC4, Blowfish, IDEA, CAST (and PBE schemes on them).
 * - ECB mode, including Java's bare "AES" (which means AES/ECB/PKCS5Padding) and PyCrypto's
 *   `AES.new(key, AES.MODE_ECB)`; RSA's "ECB" in "RSA/ECB/OAEPPadding" is only a name and is not.
 * - RSA with NoPadding (textbook RSA).
 * - A constant IV or nonce: a literal byte array or string, an array never filled
 *   (`new byte[16]`, `Buffer.alloc(16)`), or bytes decoded from a constant.
 * - Node's `crypto.createCipher` (no IV, key derived with one MD5 round).
 */
import type { CallExpr, SourceModule } from '../../ir';
import type { ReviewFinding } from '../../types';
import type { CallEvent, Value } from './constants';
import {
  argument,
  calleeText,
  dottedName,
  FindingSink,
  importOf,
  lastName,
  possibleStrings,
  simpleType,
  sourceExpr,
} from './common';
import { factsOf, type ModuleFacts } from './facts';

const RULE_ID = 'weak-cipher';
const ECB = 'ECB mode, which leaks patterns of the plaintext';

const BROKEN_ALGORITHMS: Record<string, string> = {
  DES: 'DES',
  DESEDE: 'Triple DES',
  DESEDEWRAP: 'Triple DES',
  TRIPLEDES: 'Triple DES',
  '3DES': 'Triple DES',
  DES3: 'Triple DES',
  TDEA: 'Triple DES',
  RC2: 'RC2',
  ARC2: 'RC2',
  RC4: 'RC4',
  ARCFOUR: 'RC4',
  ARC4: 'RC4',
  BLOWFISH: 'Blowfish',
  BF: 'Blowfish',
  IDEA: 'IDEA',
  CAST: 'CAST',
  CAST5: 'CAST',
  CAST128: 'CAST',
  CAST6: 'CAST',
  SKIPJACK: 'Skipjack',
  SEED: 'SEED',
};

/** The broken cipher a name stands for (`DESede` → Triple DES), if it is one. */
function brokenAlgorithm(name: string): string | undefined {
  const upper = name.toUpperCase().replace(/[-_ ]/g, '');
  const direct = BROKEN_ALGORITHMS[upper];
  if (direct) return direct;
  const pbe = /^PBEWITH\w*AND(DESEDE|DES|RC2|RC4|TRIPLEDES)/.exec(upper);
  return pbe ? BROKEN_ALGORITHMS[pbe[1]] : undefined;
}

/** What is wrong with a JCA transformation (`alg/mode/padding`), if anything. */
function transformationProblem(transformation: string): string | undefined {
  const [algorithm = '', mode, padding] = transformation.split('/').map((part) => part.trim().toUpperCase());
  const broken = brokenAlgorithm(algorithm);
  if (broken) return `${broken}, a broken cipher`;
  if (algorithm.startsWith('RSA'))
    return padding === 'NOPADDING' ? 'RSA without padding (textbook RSA)' : undefined;
  if (mode === 'ECB') return ECB;
  if (mode === undefined && /^(AES(_\d+)?|RIJNDAEL)$/.test(algorithm)) {
    return `"${transformation}" alone, which means ECB mode`;
  }
  return undefined;
}

const OPENSSL_BROKEN: [RegExp, string][] = [
  [/^(des-ede3|des-ede|des3)(?=$|-)/, 'Triple DES'],
  [/^(desx|des)(?=$|-)/, 'DES'],
  [/^rc2(?=$|-)/, 'RC2'],
  [/^rc4(?=$|-)/, 'RC4'],
  [/^(bf|blowfish)(?=$|-)/, 'Blowfish'],
  [/^cast5?(?=$|-)/, 'CAST'],
  [/^idea(?=$|-)/, 'IDEA'],
  [/^seed(?=$|-)/, 'SEED'],
];

/** What is wrong with an OpenSSL cipher name as Node's crypto takes it (`des-ede3-cbc`, `aes-128-ecb`). */
function opensslCipherProblem(name: string): string | undefined {
  const lower = name.toLowerCase();
  const broken = OPENSSL_BROKEN.find(([pattern]) => pattern.test(lower));
  if (broken) return `${broken[1]}, a broken cipher`;
  if (/(^|-)ecb$/.test(lower)) return ECB;
  return undefined;
}

/** The first problem `judge` finds with a constant string the value may be. */
function firstProblem(
  facts: ModuleFacts,
  value: Value | undefined,
  judge: (name: string) => string | undefined,
): string | undefined {
  for (const name of possibleStrings(facts, value).strings) {
    const problem = judge(name);
    if (problem) return problem;
  }
  return undefined;
}

/** Calls that only convert constant data: their result is as constant as their input. */
const CONVERTERS = new Set([
  'getBytes',
  'encode',
  'decode',
  'from',
  'alloc',
  'fromhex',
  'unhexlify',
  'b64decode',
  'decodeHex',
  'parseHexBinary',
  'decodeBase64',
  'toByteArray',
  'copyOf',
  'bytes',
  'bytearray',
  'Uint8Array',
  'Buffer',
]);

/**
 * Whether every possibility of an IV is the same on every run: literal bytes, a string, an array
 * nobody fills, or a conversion of constants.
 */
function isConstantBytes(facts: ModuleFacts, value: Value | undefined, depth = 0): boolean {
  if (!value || depth > 3) return false;
  const leaves = facts.possibleValues(value);
  return leaves.length > 0 && leaves.every((leaf) => isConstantLeaf(facts, leaf, depth));
}

function isConstantLeaf(facts: ModuleFacts, leaf: Value, depth: number): boolean {
  switch (leaf.kind) {
    case 'const':
      return typeof leaf.value === 'string';
    case 'array':
      return leaf.elements.every((element) => element.kind === 'const') && !facts.isWritten(leaf);
    case 'derived':
      // `new byte[16]`: zeros, unless something fills it.
      return (
        leaf.expr.kind === 'unknown' &&
        leaf.expr.syntax === 'array_creation_expression' &&
        isNeverFilled(facts, leaf)
      );
    case 'instance': {
      const expr = leaf.event.expr;
      const method = expr.kind === 'new' ? simpleType(expr.type) : expr.method;
      if (!CONVERTERS.has(method) || !isNeverFilled(facts, leaf)) return false;
      const receiver = leaf.event.receiver;
      const receiverConstant =
        !receiver || receiver.kind === 'derived' || isConstantBytes(facts, receiver, depth + 1);
      return (
        receiverConstant &&
        leaf.event.args.every((arg) => isConstantBytes(facts, arg, depth + 1) || isSmallNumber(arg))
      );
    }
    default:
      return false;
  }
}

function isSmallNumber(value: Value): boolean {
  return value.kind === 'const' && typeof value.value === 'number';
}

/** A buffer nobody writes to after creating it: not passed to any call that could fill it. */
function isNeverFilled(facts: ModuleFacts, value: Value): boolean {
  return !facts.isWritten(value) && facts.usesAsArgument(value).every(({ event }) => usesAsIv(event));
}

/** Calls that take a buffer as an IV or nonce, or only print it: none of them fills it. */
const IV_USERS =
  /^(IvParameterSpec|GCMParameterSpec|ChaCha20ParameterSpec|RC2ParameterSpec|createCipheriv|createDecipheriv|CBC|CTR|GCM|OFB|CFB|CFB8|new|println|print|log)$/;

function usesAsIv(event: CallEvent): boolean {
  const expr = event.expr;
  return IV_USERS.test(expr.kind === 'new' ? simpleType(expr.type) : expr.method);
}

/** What is wrong with the cipher a Java call creates, if anything. */
function javaProblem(facts: ModuleFacts, event: CallEvent): string | undefined {
  const expr = event.expr;
  if (expr.kind === 'new') {
    const type = simpleType(expr.type);
    const ivPosition = type === 'IvParameterSpec' ? 0 : type === 'GCMParameterSpec' ? 1 : undefined;
    if (ivPosition === undefined || !isConstantBytes(facts, argument(event, ivPosition))) return undefined;
    return `${type} is built from a constant IV, so equal plaintexts encrypt alike`;
  }
  if (expr.method !== 'getInstance') return undefined;
  const factory = lastName(expr.receiver);
  if (factory === 'Cipher') {
    const problem = firstProblem(facts, argument(event, 0), transformationProblem);
    return problem && `Cipher.getInstance uses ${problem}`;
  }
  if (factory === 'KeyGenerator' || factory === 'SecretKeyFactory') {
    const problem = firstProblem(facts, argument(event, 0), brokenAlgorithm);
    return problem && `${factory}.getInstance creates keys for ${problem}, a broken cipher`;
  }
  return undefined;
}

const PYCRYPTO_BROKEN = new Set(['DES', 'DES3', 'ARC2', 'ARC4', 'Blowfish', 'CAST', 'XOR']);
const PYCRYPTO_CIPHERS = new Set(['AES', 'ChaCha20', 'ChaCha20_Poly1305', 'Salsa20', 'Camellia']);
const CRYPTOGRAPHY_BROKEN = new Set(['TripleDES', 'Blowfish', 'ARC4', 'CAST5', 'IDEA', 'SEED']);
const CRYPTOGRAPHY_IV_MODES = new Set(['CBC', 'CTR', 'OFB', 'CFB', 'CFB8', 'GCM']);

function isModeEcb(facts: ModuleFacts, value: Value | undefined): boolean {
  if (!value) return false;
  return facts.possibleValues(value).some((leaf) => {
    const expr = sourceExpr(leaf);
    return expr?.kind === 'member' && expr.property === 'MODE_ECB';
  });
}

/** A name bound by `from <package> import <name>` from a package matching `pattern`. */
function importedFrom(facts: ModuleFacts, name: string | undefined, pattern: RegExp): boolean {
  const imported = importOf(facts.module, name);
  return imported !== undefined && pattern.test(imported);
}

/** PyCryptodome / PyCrypto: `DES.new(key, ...)`, `AES.new(key, AES.MODE_ECB)`, `AES.new(key, mode, iv)`. */
function pycryptoProblem(facts: ModuleFacts, event: CallEvent, cipher: string): string | undefined {
  if (PYCRYPTO_BROKEN.has(cipher))
    return `${cipher}.new creates a ${brokenAlgorithm(cipher) ?? cipher} cipher, which is broken`;
  if (!PYCRYPTO_CIPHERS.has(cipher) && !importedFrom(facts, cipher, /^(Crypto|Cryptodome)\.Cipher\./))
    return undefined;
  if (isModeEcb(facts, argument(event, 1, 'mode'))) return `${cipher}.new uses ${ECB}`;
  const iv =
    argument(event, 2, 'iv') ?? argument(event, undefined, 'nonce') ?? argument(event, undefined, 'IV');
  return iv && isConstantBytes(facts, iv) ? `${cipher}.new is given a constant IV or nonce` : undefined;
}

/** pyca/cryptography: `algorithms.TripleDES(key)`, `modes.ECB()`, `modes.CBC(constant_iv)`. */
function cryptographyProblem(facts: ModuleFacts, event: CallEvent, method: string): string | undefined {
  if (CRYPTOGRAPHY_BROKEN.has(method))
    return `algorithms.${method} is ${brokenAlgorithm(method) ?? method}, a broken cipher`;
  if (method === 'ECB') return `modes.ECB() encrypts in ${ECB}`;
  if (CRYPTOGRAPHY_IV_MODES.has(method) && isConstantBytes(facts, argument(event, 0))) {
    return `modes.${method} is given a constant IV or nonce`;
  }
  return undefined;
}

function pythonProblem(facts: ModuleFacts, event: CallEvent): string | undefined {
  const expr = event.expr;
  if (expr.kind !== 'call') return undefined;
  const receiver = lastName(expr.receiver);
  if (expr.method === 'new' && receiver) return pycryptoProblem(facts, event, receiver);
  const fromCryptography =
    receiver === 'algorithms' ||
    receiver === 'modes' ||
    (!expr.receiver && importedFrom(facts, expr.method, /^cryptography\./));
  if (fromCryptography) return cryptographyProblem(facts, event, expr.method);
  if (receiver === 'pyDes' && /^(des|triple_des)$/.test(expr.method)) {
    return `pyDes.${expr.method} is ${expr.method === 'des' ? 'DES' : 'Triple DES'}, a broken cipher`;
  }
  return undefined;
}

const CRYPTOJS_BROKEN = new Set(['DES', 'TripleDES', 'RC4', 'RC4Drop']);

/** CryptoJS: `CryptoJS.DES.encrypt(...)`, `CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.ECB })`. */
function cryptoJsProblem(facts: ModuleFacts, event: CallEvent, cipher: string): string | undefined {
  const expr = event.expr as CallExpr;
  if (CRYPTOJS_BROKEN.has(cipher) && dottedName(expr.receiver)?.includes('.')) {
    return `${cipher}.${expr.method} uses ${brokenAlgorithm(cipher) ?? cipher}, a broken cipher`;
  }
  const options = argument(event, 2);
  const usesEcb =
    options !== undefined &&
    facts.possibleValues(options).some((leaf) => {
      const mode = leaf.kind === 'object' ? leaf.props.get('mode') : undefined;
      const modeExpr = mode && sourceExpr(mode);
      return modeExpr?.kind === 'member' && modeExpr.property === 'ECB';
    });
  return usesEcb ? `${cipher}.${expr.method} uses ${ECB}` : undefined;
}

function javascriptProblem(facts: ModuleFacts, event: CallEvent): string | undefined {
  const expr = event.expr;
  if (expr.kind !== 'call') return undefined;
  const receiver = lastName(expr.receiver);
  switch (expr.method) {
    case 'createCipheriv':
    case 'createDecipheriv': {
      const problem = firstProblem(facts, argument(event, 0), opensslCipherProblem);
      if (problem) return `${expr.method} uses ${problem}`;
      if (!isConstantBytes(facts, argument(event, 2))) return undefined;
      return `${expr.method} is given a constant IV, so equal plaintexts encrypt alike`;
    }
    case 'createCipher':
    case 'createDecipher': {
      if (receiver !== 'cipher')
        return `crypto.${expr.method} derives the key with a single MD5 and uses no IV; it is deprecated`;
      // node-forge: forge.cipher.createCipher('DES-CBC', key)
      const problem = firstProblem(facts, argument(event, 0), opensslCipherProblem);
      return problem && `${calleeText(event)} uses ${problem}`;
    }
    case 'encrypt':
    case 'decrypt':
      return receiver ? cryptoJsProblem(facts, event, receiver) : undefined;
    default:
      return undefined;
  }
}

export function detectWeakCipher(module: SourceModule, program?: readonly SourceModule[]): ReviewFinding[] {
  const facts = factsOf(module, program);
  const sink = new FindingSink(RULE_ID, module);
  const problemOf =
    module.language === 'java'
      ? javaProblem
      : module.language === 'python'
        ? pythonProblem
        : javascriptProblem;
  for (const event of facts.calls) {
    const problem = problemOf(facts, event);
    if (problem) sink.report(event.expr, event.scope, problem);
  }
  return sink.findings();
}
