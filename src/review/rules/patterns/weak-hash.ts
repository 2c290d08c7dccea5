/**
 * weak-hash (CWE-328): MD2, MD4, MD5 and SHA-1 digests, reported where the digest is created,
 * with the algorithm evaluated through constants, fields, helpers and branches.
 *
 * "For security use" is judged as follows: every use counts, except
 * - Python's `usedforsecurity=False` (the standard library's own declaration that the digest is
 *   not a security control), and
 * - a digest whose output is sent as a transfer checksum a protocol defines (S3 `Content-MD5` /
 *   `ContentMD5`, the HTTP `Content-MD5` header): the protocol fixes the algorithm and the check
 *   guards against corruption, not against an attacker.
 * File names, variable names and comments are not used to guess intent.
 */
import type { SourceModule } from '../../ir';
import type { ReviewFinding } from '../../types';
import type { CallEvent, Value } from './constants';
import {
  argument,
  certainlyIs,
  FindingSink,
  importOf,
  lastName,
  possibleStrings,
  sourceExpr,
} from './common';
import { factsOf, type ModuleFacts } from './facts';

const RULE_ID = 'weak-hash';

const WEAK_DIGESTS: Record<string, string> = {
  MD2: 'MD2',
  MD4: 'MD4',
  MD5: 'MD5',
  SHA: 'SHA-1',
  SHA1: 'SHA-1',
  SHA0: 'SHA-0',
  RSAMD5: 'MD5',
  RSASHA1: 'SHA-1',
};

/** The broken digest an algorithm name stands for (`SHA-1` → SHA-1), if it is one. */
function weakDigest(name: string): string | undefined {
  return WEAK_DIGESTS[name.toUpperCase().replace(/[-_ ]/g, '')];
}

/** `MD5withRSA`, `SHA1withECDSA`: a signature over a broken digest. */
function weakSignature(name: string): string | undefined {
  const match = /^(MD2|MD5|SHA1?)with/i.exec(name);
  return match ? weakDigest(match[1]) : undefined;
}

/** The broken digest an algorithm argument may name, through constants and `MessageDigestAlgorithms.MD5`. */
function weakAlgorithm(facts: ModuleFacts, value: Value | undefined, judge = weakDigest): string | undefined {
  if (!value) return undefined;
  for (const name of possibleStrings(facts, value).strings) {
    const weak = judge(name);
    if (weak) return weak;
  }
  for (const leaf of facts.possibleValues(value)) {
    const expr = sourceExpr(leaf);
    if (expr?.kind === 'member' && lastName(expr.object) === 'MessageDigestAlgorithms') {
      const weak = judge(expr.property);
      if (weak) return weak;
    }
  }
  return undefined;
}

const DIGEST_UTILS_METHODS: Record<string, string> = {
  md2: 'MD2',
  md2Hex: 'MD2',
  getMd2Digest: 'MD2',
  md5: 'MD5',
  md5Hex: 'MD5',
  getMd5Digest: 'MD5',
  md5Digest: 'MD5',
  md5DigestAsHex: 'MD5',
  appendMd5DigestAsHex: 'MD5',
  sha: 'SHA-1',
  shaHex: 'SHA-1',
  getShaDigest: 'SHA-1',
  sha1: 'SHA-1',
  sha1Hex: 'SHA-1',
  getSha1Digest: 'SHA-1',
};

interface Weakness {
  digest: string;
  /** How the code asks for it, for the message. */
  via: string;
}

function javaWeakness(facts: ModuleFacts, event: CallEvent): Weakness | undefined {
  const expr = event.expr;
  if (expr.kind === 'new') {
    if (!expr.type.endsWith('DigestUtils')) return undefined;
    const digest = weakAlgorithm(facts, argument(event, 0));
    return digest ? { digest, via: `new ${expr.type}` } : undefined;
  }
  const receiver = lastName(expr.receiver);
  const via = `${receiver}.${expr.method}`;
  if (receiver === 'MessageDigest' && expr.method === 'getInstance') {
    const digest = weakAlgorithm(facts, argument(event, 0));
    return digest ? { digest, via } : undefined;
  }
  if (receiver === 'Signature' && expr.method === 'getInstance') {
    const digest = weakAlgorithm(facts, argument(event, 0), weakSignature);
    return digest ? { digest, via } : undefined;
  }
  if (receiver === 'DigestUtils') {
    const digest =
      DIGEST_UTILS_METHODS[expr.method] ??
      (expr.method === 'getDigest' ? weakAlgorithm(facts, argument(event, 0)) : undefined);
    return digest ? { digest, via } : undefined;
  }
  if (receiver === 'Hashing' && (expr.method === 'md5' || expr.method === 'sha1')) {
    return { digest: expr.method === 'md5' ? 'MD5' : 'SHA-1', via };
  }
  return undefined;
}

const HASHLIB_WEAK: Record<string, string> = { md5: 'MD5', sha1: 'SHA-1', md4: 'MD4' };
const PYCRYPTO_HASHES = new Set(['MD2', 'MD4', 'MD5', 'SHA', 'SHA1']);

function pythonWeakness(facts: ModuleFacts, event: CallEvent): Weakness | undefined {
  const expr = event.expr;
  if (expr.kind !== 'call') return undefined;
  const receiver = lastName(expr.receiver);
  // `hashlib.md5(...)`, or `md5(...)` after `from hashlib import md5` (perhaps under another name)
  const imported = expr.receiver ? undefined : importOf(facts.module, expr.method);
  const hashlibFunction =
    receiver === 'hashlib' ? expr.method : imported?.startsWith('hashlib.') ? imported.slice(8) : undefined;
  if (hashlibFunction) {
    if (certainlyIs(facts, argument(event, undefined, 'usedforsecurity'), false)) return undefined;
    const digest =
      hashlibFunction === 'new'
        ? weakAlgorithm(facts, argument(event, 0, 'name'))
        : HASHLIB_WEAK[hashlibFunction];
    return digest ? { digest, via: `hashlib.${hashlibFunction}` } : undefined;
  }
  if (expr.method === 'new' && receiver && PYCRYPTO_HASHES.has(receiver)) {
    return { digest: weakDigest(receiver)!, via: `${receiver}.new` };
  }
  if (expr.method === 'Hash' && (receiver === 'hashes' || !expr.receiver)) {
    const digest = cryptographyDigest(facts, argument(event, 0, 'algorithm'));
    return digest ? { digest, via: 'hashes.Hash' } : undefined;
  }
  return undefined;
}

/** The broken digest of a pyca/cryptography algorithm object (`hashes.MD5()`, `hashes.SHA1()`). */
function cryptographyDigest(facts: ModuleFacts, algorithm: Value | undefined): string | undefined {
  for (const leaf of algorithm ? facts.possibleValues(algorithm) : []) {
    const created = leaf.kind === 'instance' ? leaf.event.expr : undefined;
    if (created?.kind === 'call' && (created.method === 'MD5' || created.method === 'SHA1')) {
      return weakDigest(created.method);
    }
  }
  return undefined;
}

const JS_DIGEST_PACKAGES: Record<string, string> = {
  md5: 'MD5',
  'js-md5': 'MD5',
  'blueimp-md5': 'MD5',
  'crypto-js/md5': 'MD5',
  sha1: 'SHA-1',
  'js-sha1': 'SHA-1',
  'crypto-js/sha1': 'SHA-1',
};

function javascriptWeakness(facts: ModuleFacts, event: CallEvent): Weakness | undefined {
  const expr = event.expr;
  if (expr.kind !== 'call') return undefined;
  const receiver = lastName(expr.receiver);
  if (expr.method === 'createHash') {
    const digest = weakAlgorithm(facts, argument(event, 0));
    return digest ? { digest, via: `${receiver ?? 'crypto'}.createHash` } : undefined;
  }
  if (receiver === 'CryptoJS' && (expr.method === 'MD5' || expr.method === 'SHA1')) {
    return { digest: weakDigest(expr.method)!, via: `CryptoJS.${expr.method}` };
  }
  const imported = expr.receiver ? undefined : importOf(facts.module, expr.method);
  const digest = imported && JS_DIGEST_PACKAGES[imported];
  return digest ? { digest, via: `${expr.method} from '${imported}'` } : undefined;
}

/** Names a transfer checksum goes by: S3's `ContentMD5` parameter and the `Content-MD5` HTTP header. */
const CHECKSUM_FIELD = /^(with|set)?content-?md5$/i;
const MAX_FOLLOWED = 64;

/** Whether the digest's output is sent as a transfer checksum that a protocol defines. */
function isTransferChecksum(facts: ModuleFacts, event: CallEvent): boolean {
  const queue: Value[] = [event.result];
  const seen = new Set<Value>(queue);
  const follow = (value: Value): void => {
    if (seen.has(value) || seen.size > MAX_FOLLOWED) return;
    seen.add(value);
    queue.push(value);
  };
  for (let i = 0; i < queue.length; i++) {
    const value = queue[i];
    for (const call of facts.callsOn(value)) follow(call.result);
    for (const { event: user, index } of facts.usesAsArgument(value)) {
      const expr = user.expr;
      const keyword = expr.args[index].keyword;
      if (expr.kind === 'call' && CHECKSUM_FIELD.test(expr.method)) return true;
      if (keyword && CHECKSUM_FIELD.test(keyword)) return true;
      if (index > 0 && possibleStrings(facts, user.args[0]).strings.some((name) => CHECKSUM_FIELD.test(name)))
        return true;
      follow(user.result);
    }
    for (const { object, key } of facts.containersOf(value)) {
      if (CHECKSUM_FIELD.test(key)) return true;
      follow(object);
    }
  }
  return false;
}

export function detectWeakHash(module: SourceModule, program?: readonly SourceModule[]): ReviewFinding[] {
  const facts = factsOf(module, program);
  const sink = new FindingSink(RULE_ID, module);
  const find =
    module.language === 'java'
      ? javaWeakness
      : module.language === 'python'
        ? pythonWeakness
        : javascriptWeakness;
  for (const event of facts.calls) {
    const weakness = find(facts, event);
    if (!weakness || isTransferChecksum(facts, event)) continue;
    sink.report(event.expr, event.scope, `${weakness.via} computes ${weakness.digest}, a broken hash`);
  }
  return sink.findings();
}
