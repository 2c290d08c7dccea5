import { languageOfPath } from '../src/review/parser';
import { lowerFile } from '../src/review/languages';
import type { SourceModule } from '../src/review/ir';
import type { ReviewFinding } from '../src/review/types';
import { PATTERN_DETECTORS } from '../src/review/rules/patterns';
import { detectWeakCipher } from '../src/review/rules/patterns/weak-cipher';
import { RULES } from '../src/review/rules/catalog';

/**
 * Each snippet marks the lines where a finding must be reported with `expect: <rule-id>` in a
 * comment; every other line must have none (of the rules compared).
 */
async function lower(files: Record<string, string>): Promise<SourceModule[]> {
  const modules: SourceModule[] = [];
  for (const [path, text] of Object.entries(files))
    modules.push(await lowerFile(path, text, languageOfPath(path)!));
  return modules;
}

function review(modules: SourceModule[]): ReviewFinding[] {
  return modules.flatMap((module) => PATTERN_DETECTORS.flatMap((detect) => detect(module, modules)));
}

function marked(files: Record<string, string>, rules?: string[]): string[] {
  return Object.entries(files)
    .flatMap(([path, text]) =>
      text
        .split('\n')
        .flatMap((line, index) =>
          [...line.matchAll(/expect: ([a-z-]+)/g)].map((match) => `${path}:${index + 1} ${match[1]}`),
        ),
    )
    .filter((entry) => !rules || rules.some((rule) => entry.endsWith(` ${rule}`)))
    .sort();
}

async function expectMarked(files: Record<string, string>, rules?: string[]): Promise<ReviewFinding[]> {
  const findings = review(await lower(files)).filter((finding) => !rules || rules.includes(finding.ruleId));
  expect(findings.map((finding) => `${finding.path}:${finding.loc.line} ${finding.ruleId}`).sort()).toEqual(
    marked(files, rules),
  );
  return findings;
}

const COOKIE_RULES = ['cookie-without-secure', 'cookie-without-httponly'];

describe('weak-cipher', () => {
  it("reports the seed article's DES constant and not its RSA/ECB/OAEPPadding fix (the article's bare snippets)", async () => {
    await expectMarked({
      'Seed.java': `import javax.crypto.Cipher;

static final String CIPHER = "DES";

public void run() {
    cipher = Cipher.getInstance(CIPHER); // expect: weak-cipher
}
`,
    });
    await expectMarked({
      'Fixed.java': `import javax.crypto.Cipher;

static final String CIPHER ="RSA/ECB/OAEPPadding";

public void run() {
    cipher = Cipher.getInstance(CIPHER);
}
`,
    });
  });

  it('judges Java transformations: broken algorithms, ECB, bare AES and textbook RSA, not GCM, CBC, OAEP or ChaCha20', async () => {
    await expectMarked({
      'Ciphers.java': `import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKeyFactory;

class Ciphers {
    void all() throws Exception {
        Cipher.getInstance("DESede/CBC/PKCS5Padding"); // expect: weak-cipher
        Cipher.getInstance("Blowfish/CBC/PKCS5Padding", "BC"); // expect: weak-cipher
        Cipher.getInstance("RC4"); // expect: weak-cipher
        Cipher.getInstance("AES/ECB/PKCS5Padding"); // expect: weak-cipher
        Cipher.getInstance("AES"); // expect: weak-cipher
        Cipher.getInstance("RSA/ECB/NoPadding"); // expect: weak-cipher
        Cipher.getInstance("PBEWithMD5AndDES"); // expect: weak-cipher
        KeyGenerator.getInstance("DES"); // expect: weak-cipher
        SecretKeyFactory.getInstance("DESede"); // expect: weak-cipher
        Cipher.getInstance("AES/GCM/NoPadding");
        Cipher.getInstance("AES/CBC/PKCS5Padding");
        Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        Cipher.getInstance("ChaCha20-Poly1305");
        KeyGenerator.getInstance("AES");
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
    }
}
`,
    });
  });

  it('evaluates the algorithm through concatenation, helpers, ternaries, dead branches and overwrites', async () => {
    await expectMarked({
      'Evaluated.java': `import javax.crypto.Cipher;

class Evaluated {
    private static final String ALGORITHM = "DESede";
    private static final String MODE = "/CBC/PKCS5Padding";
    private static final boolean LEGACY = false;

    private static String legacyTransformation() {
        return "RC2/CBC/PKCS5Padding";
    }

    void concatenated() throws Exception {
        String transformation = ALGORITHM + MODE;
        Cipher.getInstance(transformation); // expect: weak-cipher
    }

    void helper() throws Exception {
        Cipher.getInstance(legacyTransformation()); // expect: weak-cipher
    }

    void runtimeChoice(boolean legacy) throws Exception {
        String algorithm = legacy ? "DESede/ECB/PKCS5Padding" : "AES/GCM/NoPadding";
        Cipher.getInstance(algorithm); // expect: weak-cipher
    }

    void constantChoice() throws Exception {
        String algorithm = LEGACY ? "DESede/ECB/PKCS5Padding" : "AES/GCM/NoPadding";
        Cipher.getInstance(algorithm);
    }

    void deadBranch() throws Exception {
        if (LEGACY) {
            Cipher.getInstance("DES");
        }
        if (2 * 3 == 7) {
            Cipher.getInstance("RC4");
        }
    }

    void overwritten() throws Exception {
        String algorithm = "DES/CBC/PKCS5Padding";
        algorithm = "AES/GCM/NoPadding";
        Cipher.getInstance(algorithm);
    }

    void parameter(String algorithm) throws Exception {
        Cipher.getInstance(algorithm);
    }

    void laterClass() throws Exception {
        Cipher.getInstance(Defaults.TRANSFORMATION);
        Cipher.getInstance(Defaults.LEGACY_TRANSFORMATION); // expect: weak-cipher
    }
}

class Defaults {
    static final String TRANSFORMATION = Flags.LEGACY ? "DES" : "AES/GCM/NoPadding";
    static final String LEGACY_TRANSFORMATION = "DES/CBC/PKCS5Padding";
}

class Flags {
    static final boolean LEGACY = false;
}
`,
    });
  });

  it('follows a constant of a class in another file when given the program', async () => {
    const files = {
      'CryptoSettings.java': `public final class CryptoSettings {
    public static final String TRANSFORMATION = "DESede/ECB/PKCS5Padding";
}
`,
      'TokenCipher.java': `import javax.crypto.Cipher;
import static com.acme.CryptoSettings.TRANSFORMATION;

class TokenCipher {
    void qualified() throws Exception {
        Cipher.getInstance(CryptoSettings.TRANSFORMATION); // expect: weak-cipher
    }

    void staticImport() throws Exception {
        Cipher.getInstance(TRANSFORMATION); // expect: weak-cipher
    }
}
`,
    };
    await expectMarked(files);
    const [settings, tokenCipher] = await lower(files);
    expect(detectWeakCipher(tokenCipher)).toEqual([]);
    expect(detectWeakCipher(settings, [settings, tokenCipher])).toEqual([]);
  });

  it('reports constant IVs, not IVs filled from a secure random source', async () => {
    await expectMarked({
      'Ivs.java': `import java.security.SecureRandom;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

class Ivs {
    private static final byte[] FIXED_IV = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    private final SecureRandom random = new SecureRandom();

    void constant() {
        new IvParameterSpec(new byte[16]); // expect: weak-cipher
        new IvParameterSpec(FIXED_IV); // expect: weak-cipher
        new IvParameterSpec("0123456789abcdef".getBytes()); // expect: weak-cipher
        byte[] zeros = new byte[12];
        new GCMParameterSpec(128, zeros); // expect: weak-cipher
    }

    void random() {
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        new IvParameterSpec(iv);
    }

    void given(byte[] nonce) {
        new GCMParameterSpec(128, nonce);
    }
}
`,
    });
  });

  it('covers PyCryptodome and cryptography', async () => {
    await expectMarked({
      'crypto_use.py': `import os
from Crypto.Cipher import AES, DES, DES3, ARC4, Blowfish
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

LEGACY_MODE = AES.MODE_ECB


def encrypt(key, data):
    DES.new(key, DES.MODE_CBC)  # expect: weak-cipher
    DES3.new(key, DES3.MODE_EAX)  # expect: weak-cipher
    ARC4.new(key)  # expect: weak-cipher
    Blowfish.new(key, Blowfish.MODE_CBC)  # expect: weak-cipher
    AES.new(key, AES.MODE_ECB)  # expect: weak-cipher
    AES.new(key, mode=LEGACY_MODE)  # expect: weak-cipher
    AES.new(key, AES.MODE_CBC, b"\\x00" * 16)  # expect: weak-cipher
    AES.new(key, AES.MODE_GCM, nonce=os.urandom(12))
    AES.new(key, AES.MODE_CBC, iv=os.urandom(16))
    Cipher(algorithms.TripleDES(key), modes.CBC(os.urandom(8)))  # expect: weak-cipher
    Cipher(algorithms.AES(key), modes.ECB())  # expect: weak-cipher
    Cipher(algorithms.AES(key), modes.GCM(os.urandom(12)))
    Cipher(algorithms.ChaCha20(key, os.urandom(16)), mode=None)
`,
    });
  });

  it('covers Node crypto, node-forge and CryptoJS', async () => {
    await expectMarked({
      'cipher.js': `const crypto = require('crypto');
const forge = require('node-forge');
const CryptoJS = require('crypto-js');

const LEGACY = process.env.CIPHER || 'des-ede3-cbc';

function encrypt(key, text) {
  crypto.createCipheriv(LEGACY, key, crypto.randomBytes(8)); // expect: weak-cipher
  crypto.createCipheriv('aes-128-ecb', key, null); // expect: weak-cipher
  crypto.createCipheriv('rc4', key, ''); // expect: weak-cipher
  crypto.createCipheriv('bf-cbc', key, crypto.randomBytes(8)); // expect: weak-cipher
  crypto.createCipher('aes-256-cbc', key); // expect: weak-cipher
  crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0)); // expect: weak-cipher
  crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
  crypto.createCipheriv('chacha20-poly1305', key, crypto.randomBytes(12), { authTagLength: 16 });
  forge.cipher.createCipher('DES-CBC', key); // expect: weak-cipher
  forge.cipher.createCipher('AES-GCM', key);
  CryptoJS.TripleDES.encrypt(text, key); // expect: weak-cipher
  CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.ECB }); // expect: weak-cipher
  CryptoJS.AES.encrypt(text, key);
}

function randomIv(key) {
  const iv = Buffer.alloc(16);
  crypto.randomFillSync(iv);
  return crypto.createCipheriv('aes-256-cbc', key, iv);
}
`,
    });
  });
});

describe('weak-hash', () => {
  it('reports MD5 and SHA-1 in Java, not SHA-256 or a Content-MD5 transfer checksum', async () => {
    await expectMarked({
      'Digests.java': `import com.google.common.hash.Hashing;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import org.apache.commons.codec.digest.DigestUtils;

class Digests {
    private static final String LEGACY = "SHA1";

    void all(String password, byte[] body) throws Exception {
        MessageDigest.getInstance("MD5"); // expect: weak-hash
        MessageDigest.getInstance("SHA-1", "SUN"); // expect: weak-hash
        MessageDigest.getInstance(LEGACY); // expect: weak-hash
        DigestUtils.md5Hex(password); // expect: weak-hash
        DigestUtils.sha1Hex(password); // expect: weak-hash
        Hashing.md5().hashString(password, java.nio.charset.StandardCharsets.UTF_8); // expect: weak-hash
        Signature.getInstance("SHA1withRSA"); // expect: weak-hash
        MessageDigest.getInstance("SHA-256");
        MessageDigest.getInstance("SHA3-256");
        DigestUtils.sha256Hex(password);
        Hashing.sha256();
        Signature.getInstance("SHA256withECDSA");
    }

    void upload(S3Client s3, String key, byte[] report) throws Exception {
        String contentMd5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(report));
        s3.putObject(PutObjectRequest.builder().bucket("reports").key(key).contentMD5(contentMd5).build());
    }
}
`,
    });
  });

  it('honours usedforsecurity=False in Python', async () => {
    await expectMarked({
      'hashing.py': `import hashlib
from hashlib import md5, sha256
from hashlib import sha1 as legacy_digest

WEAK = "sha1"


def digests(password, data):
    hashlib.md5(password.encode())  # expect: weak-hash
    hashlib.sha1(password.encode())  # expect: weak-hash
    hashlib.new(WEAK, data)  # expect: weak-hash
    md5(data)  # expect: weak-hash
    legacy_digest(data)  # expect: weak-hash
    hashlib.md5(data, usedforsecurity=False)
    hashlib.new("md5", data, usedforsecurity=False)
    hashlib.sha256(data)
    sha256(data)
    hashlib.new("sha512", data)
`,
    });
  });

  it('reports createHash with md5 or sha1 in JavaScript and TypeScript', async () => {
    await expectMarked({
      'hash.ts': `import { createHash } from 'crypto';
import md5 from 'md5';

const ALGORITHM: string = 'sha1';

export function fingerprint(token: string): string {
  createHash('md5').update(token).digest('hex'); // expect: weak-hash
  md5(token); // expect: weak-hash
  return createHash(ALGORITHM).update(token).digest('hex'); // expect: weak-hash
}

export function strong(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
`,
    });
  });
});

describe('cookie-without-secure and cookie-without-httponly', () => {
  it("reports the seed article's cookie and not its setSecure(true) fix for the Secure rule (the article's bare snippets)", async () => {
    await expectMarked({
      'Seed.java': `import javax.servlet.http.Cookie;

public static void createCookie() {
    Cookie cookie = new Cookie("name", "value"); // expect: cookie-without-secure expect: cookie-without-httponly
}
`,
    });
    await expectMarked({
      'Fixed.java': `import javax.servlet.http.Cookie;

public static void createCookie() {
    Cookie cookie = new Cookie("name", "value"); // expect: cookie-without-httponly
    cookie.setSecure(true);
}
`,
    });
  });

  it('follows servlet cookies through aliases, helpers, factories, loops, dead branches and the last setter', async () => {
    await expectMarked(
      {
        'Servlet.java': `import java.util.List;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

class Servlet {
    private static final boolean SECURE = true;

    void hardened(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("sid", token);
        Cookie alias = cookie;
        alias.setSecure(SECURE);
        alias.setHttpOnly(true);
        response.addCookie(cookie);
    }

    void flagsOff(HttpServletResponse response, String token, boolean https) {
        Cookie off = new Cookie("off", token); // expect: cookie-without-secure expect: cookie-without-httponly
        off.setSecure(false);
        off.setHttpOnly(https);
        Cookie overwritten = new Cookie("overwritten", token); // expect: cookie-without-httponly
        overwritten.setSecure(true);
        overwritten.setHttpOnly(true);
        overwritten.setHttpOnly(false);
    }

    void deadBranch(String token) {
        Cookie cookie = new Cookie("dead", token); // expect: cookie-without-secure
        if (1 + 1 == 3) {
            cookie.setSecure(true);
        }
        cookie.setHttpOnly(true);
    }

    void otherCookie(String token) {
        Cookie first = new Cookie("first", token); // expect: cookie-without-secure
        Cookie second = new Cookie("second", token);
        first.setHttpOnly(true);
        second.setSecure(true);
        second.setHttpOnly(true);
    }

    void helper(HttpServletResponse response, String token) {
        response.addCookie(harden(new Cookie("helped", token)));
    }

    private static Cookie harden(Cookie cookie) {
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        return cookie;
    }

    void factory(HttpServletResponse response, String token) {
        Cookie made = plain(token);
        made.setSecure(true);
        made.setHttpOnly(true);
        response.addCookie(made);
    }

    private static Cookie plain(String token) {
        return new Cookie("made", token);
    }

    void loop(HttpServletResponse response, String a, String b) {
        Cookie session = new Cookie("session", a);
        Cookie csrf = new Cookie("csrf", b);
        for (Cookie cookie : List.of(session, csrf)) {
            cookie.setSecure(true);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }

    void deleted(HttpServletResponse response) {
        Cookie gone = new Cookie("sid", ""); // expect: cookie-without-secure expect: cookie-without-httponly
        gone.setMaxAge(0);
        response.addCookie(gone);
    }
}
`,
      },
      COOKIE_RULES,
    );
  });

  it('covers Spring ResponseCookie, JAX-RS NewCookie and raw Set-Cookie headers', async () => {
    await expectMarked(
      {
        'Spring.java': `import org.springframework.http.ResponseCookie;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.NewCookie;

class Spring {
    void builders(String jwt) {
        ResponseCookie.from("a", jwt).httpOnly(true).path("/").build(); // expect: cookie-without-secure
        ResponseCookie.from("b", jwt).secure(true).httpOnly(true).build();
        ResponseCookie.ResponseCookieBuilder builder = ResponseCookie.from("c", jwt); // expect: cookie-without-httponly
        builder.secure(true);
        builder.build();
    }

    void jaxRs(String token) {
        new NewCookie("sid", token); // expect: cookie-without-secure expect: cookie-without-httponly
        new NewCookie("sid", token, "/", null, null, 3600, true, true);
        new NewCookie("sid", token, "/", null, 1, null, 3600, true); // expect: cookie-without-httponly
        new NewCookie.Builder("sid").value(token).secure(true).httpOnly(true).build();
        new NewCookie.Builder("sid").value(token).httpOnly(true).build(); // expect: cookie-without-secure
    }

    void headers(HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", "api=" + token + "; Path=/; HttpOnly"); // expect: cookie-without-secure
        response.setHeader("Set-Cookie", "api=" + token + "; Path=/; Secure; HttpOnly; SameSite=Strict");
        response.setHeader("Set-Cookie", "api=" + token + "; Secure"); // expect: cookie-without-httponly
        response.setHeader("Set-Cookie", token);
    }
}
`,
      },
      COOKIE_RULES,
    );
  });

  it('covers Flask, Django and FastAPI set_cookie, flag dictionaries and settings', async () => {
    await expectMarked(
      {
        'views.py': `from flask import Flask, make_response

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False  # expect: cookie-without-secure

FLAGS = {"secure": True, "httponly": True, "samesite": "Lax"}


@app.post("/login")
def login():
    response = make_response("ok")
    response.set_cookie("token", "t", httponly=True)  # expect: cookie-without-secure
    response.set_cookie("token", "t", secure=True)  # expect: cookie-without-httponly
    response.set_cookie("token", "t", secure=False, httponly=True)  # expect: cookie-without-secure
    response.set_cookie("token", "t", secure=True, httponly=True)
    response.set_cookie("token", "t", **FLAGS)
    response.set_cookie("token", "t", 3600, None, "/", None, True, True)
    response.set_signed_cookie("token", "t", salt="s", secure=True, httponly=True)
    response.headers["Set-Cookie"] = "token=t; Path=/; HttpOnly"  # expect: cookie-without-secure
    return response
`,
        'settings.py': `SESSION_COOKIE_HTTPONLY = False  # expect: cookie-without-httponly
SESSION_COOKIE_SECURE = True
`,
      },
      COOKIE_RULES,
    );
  });

  it('covers Express, express-session, Koa, SvelteKit and Next.js cookies', async () => {
    await expectMarked(
      {
        'server.js': `const express = require('express');
const session = require('express-session');

const app = express();
const COOKIE_OPTIONS = { secure: true, httpOnly: true, sameSite: 'strict' };

app.use(session({ secret: process.env.SECRET, cookie: { secure: false } })); // expect: cookie-without-secure
app.use(session({ secret: process.env.SECRET, cookie: { secure: true } }));

app.post('/login', (req, res) => {
  res.cookie('sid', req.sessionID); // expect: cookie-without-secure expect: cookie-without-httponly
  res.cookie('sid', req.sessionID, { httpOnly: true }); // expect: cookie-without-secure
  res.cookie('sid', req.sessionID, COOKIE_OPTIONS);
  res.cookie('sid', req.sessionID, { httpOnly: true, secure: req.secure }); // expect: cookie-without-secure
  res.cookie('sid', req.sessionID, { ...COOKIE_OPTIONS, maxAge: 1000 });
  res.cookie('sid', req.sessionID, { ...COOKIE_OPTIONS, secure: false }); // expect: cookie-without-secure
  res.setHeader('Set-Cookie', ['a=1; Secure; HttpOnly', 'b=2; HttpOnly']); // expect: cookie-without-secure
  res.send('ok');
});
`,
        'koa.ts': `export async function login(ctx: any): Promise<void> {
  ctx.cookies.set('sid', ctx.state.sid);
  ctx.cookies.set('sid', ctx.state.sid, { httpOnly: false }); // expect: cookie-without-httponly
}
`,
        'hooks.server.ts': `import type { Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
  event.cookies.set('sid', event.locals.sid, { path: '/' });
  event.cookies.set('theme', 'dark', { path: '/', httpOnly: false }); // expect: cookie-without-httponly
  return resolve(event);
};
`,
        'next.ts': `import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';

export async function POST(): Promise<NextResponse> {
  const store = await cookies();
  store.set('theme', 'dark'); // expect: cookie-without-secure expect: cookie-without-httponly
  const response = NextResponse.json({ ok: true });
  response.cookies.set({ name: 'sid', value: 'v', httpOnly: true, secure: true });
  return response;
}
`,
      },
      COOKIE_RULES,
    );
  });
});

describe('static-aws-credentials', () => {
  it('reports Java SDK v1 and v2 static providers and client constructors, not provider chains or STS credentials', async () => {
    await expectMarked(
      {
        'Clients.java': `import com.amazonaws.auth.*;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClient;
import com.amazonaws.services.securitytoken.AWSSecurityTokenService;
import com.amazonaws.services.securitytoken.model.AssumeRoleRequest;
import com.amazonaws.services.securitytoken.model.Credentials;
import software.amazon.awssdk.auth.credentials.*;
import software.amazon.awssdk.services.s3.S3Client;

class Clients {
    private static final boolean STATIC_KEYS = false;

    void v1(String id, String secret) {
        AmazonS3ClientBuilder.standard()
            .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(id, secret))) // expect: static-aws-credentials
            .build();
        new AmazonDynamoDBClient(new BasicAWSCredentials(id, secret)); // expect: static-aws-credentials
        AmazonS3ClientBuilder.standard().withCredentials(new DefaultAWSCredentialsProviderChain()).build();
        AmazonS3ClientBuilder.standard().withCredentials(new ProfileCredentialsProvider("ops")).build();
        if (STATIC_KEYS) {
            new AWSStaticCredentialsProvider(new BasicAWSCredentials(id, secret));
        }
    }

    void v2() {
        AwsBasicCredentials basic = AwsBasicCredentials.create(System.getenv("KEY"), System.getenv("SECRET"));
        S3Client.builder().credentialsProvider(StaticCredentialsProvider.create(basic)).build(); // expect: static-aws-credentials
        S3Client.builder().credentialsProvider(() -> AwsBasicCredentials.create("id", "secret")).build(); // expect: static-aws-credentials
        S3Client.builder().credentialsProvider(DefaultCredentialsProvider.create()).build();
    }

    void crossAccount(AWSSecurityTokenService sts, String roleArn) {
        Credentials temporary = sts.assumeRole(new AssumeRoleRequest().withRoleArn(roleArn)).getCredentials();
        BasicSessionCredentials session = new BasicSessionCredentials(
            temporary.getAccessKeyId(), temporary.getSecretAccessKey(), temporary.getSessionToken());
        AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(session)).build();
    }
}
`,
      },
      ['static-aws-credentials'],
    );
  });

  it("leaves the seed article's credentials example to hardcoded-credentials: no client or provider is built there", async () => {
    await expectMarked(
      {
        'Seed.java': `import com.amazonaws.auth.AWSCredentials;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.auth.DefaultAWSCredentialsProviderChain;

static String myKeyId ="AKIAX742FUDUQXXXXXXX";
static String mySecretKey = "MySecretKey";

public static void main(String[] args) {
    AWSCredentials creds = getCreds(myKeyId, mySecretKey);
}

static AWSCredentials getCreds(String id, String key) {
    return new BasicAWSCredentials(id, key);
}

static AWSCredentials getCredsFixed() {
    DefaultAWSCredentialsProviderChain creds =
        new DefaultAWSCredentialsProviderChain();
    return creds.getCredentials();
}
`,
      },
      ['static-aws-credentials'],
    );
  });

  it('reports boto3 given keys, not profiles, the default chain or assumed-role credentials', async () => {
    await expectMarked({
      'aws.py': `import os

import boto3

KEYS = {"aws_access_key_id": os.environ["ID"], "aws_secret_access_key": os.environ["SECRET"]}


def clients(role_arn):
    boto3.client("s3", aws_access_key_id=os.environ["ID"], aws_secret_access_key=os.environ["SECRET"])  # expect: static-aws-credentials
    boto3.resource("dynamodb", **KEYS)  # expect: static-aws-credentials
    boto3.Session(os.environ["ID"], os.environ["SECRET"])  # expect: static-aws-credentials
    boto3.client("s3")
    boto3.Session(profile_name="ops").client("sqs")
    boto3.client("s3", aws_access_key_id=None, aws_secret_access_key=None)
    credentials = boto3.client("sts").assume_role(RoleArn=role_arn, RoleSessionName="x")["Credentials"]
    boto3.client(
        "s3",
        aws_access_key_id=credentials["AccessKeyId"],
        aws_secret_access_key=credentials["SecretAccessKey"],
        aws_session_token=credentials["SessionToken"],
    )
`,
    });
  });

  it('reports JavaScript SDK v2 and v3 clients given keys, not credential providers or STS results', async () => {
    await expectMarked({
      'aws.ts': `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { fromIni } from '@aws-sdk/credential-providers';

const credentials = { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! };

export async function clients(roleArn: string): Promise<void> {
  new S3Client({ region: 'us-east-1', credentials }); // expect: static-aws-credentials
  new AWS.S3({ accessKeyId: 'id', secretAccessKey: 'secret' }); // expect: static-aws-credentials
  AWS.config.update({ accessKeyId: 'id', secretAccessKey: 'secret', region: 'us-east-1' }); // expect: static-aws-credentials
  new AWS.Credentials('id', 'secret'); // expect: static-aws-credentials
  new S3Client({ region: 'us-east-1' });
  new S3Client({ credentials: fromIni({ profile: 'ops' }) });
  const sts = new STSClient({});
  const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'x' }));
  new S3Client({
    credentials: {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken,
    },
  });
}
`,
    });
  });
});

describe('findings', () => {
  it('carry the catalog severity, the reporting expression and a fingerprint that ignores line moves', async () => {
    const text = `import javax.crypto.Cipher;

class A {
    void run() throws Exception {
        Cipher.getInstance("DES");
    }
}
`;
    const [finding] = review(await lower({ 'A.java': text }));
    const [moved] = review(await lower({ 'A.java': `\n\n${text}` }));
    expect(finding).toMatchObject({
      ruleId: 'weak-cipher',
      severity: RULES.find((rule) => rule.id === 'weak-cipher')!.severity,
      path: 'A.java',
      loc: { line: 5, column: 9, endLine: 5, endColumn: 34 },
      message: 'Cipher.getInstance uses DES, a broken cipher',
    });
    expect(moved.loc.line).toBe(7);
    expect(moved.fingerprint).toBe(finding.fingerprint);
  });
});
