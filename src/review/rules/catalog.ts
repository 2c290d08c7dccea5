import type { Language } from '../ir';
import type { RuleMeta } from '../types';

const ALL: Language[] = ['java', 'python', 'javascript', 'typescript'];
const cwe = (id: number) => `https://cwe.mitre.org/data/definitions/${id}.html`;

/** Every rule the review runs, with what it finds and how to fix it; ids are stable. */
export const RULES: RuleMeta[] = [
  {
    id: 'hardcoded-credentials',
    cwe: ['CWE-798'],
    severity: 'critical',
    title: 'Hard-coded credentials',
    description:
      'A password, secret key, token or AWS access key is written in the source code and used to authenticate. Anyone who can read the code, its history or the built artifact can use the credential, and it cannot be rotated without a new release.',
    remediation:
      'Remove the credential from the code and rotate it. Read it at run time from the environment, AWS Secrets Manager or SSM Parameter Store; for AWS use the default credential provider chain (instance profile, task role, SSO or profile) instead of keys. Monitor the revoked key in CloudTrail for attempted use.',
    fixedExample: [
      'AwsCredentialsProvider provider = DefaultCredentialsProvider.create();',
      'S3Client s3 = S3Client.builder().credentialsProvider(provider).build();',
      'String dbPassword = System.getenv("DB_PASSWORD");',
    ].join('\n'),
    helpUri: cwe(798),
    tags: ['security', 'secrets', 'aws', 'owasp-top10'],
    languages: ALL,
    kind: 'pattern',
  },
  {
    id: 'static-aws-credentials',
    cwe: ['CWE-798'],
    severity: 'high',
    title: 'AWS SDK client given static credentials',
    description:
      'An AWS SDK client or credentials provider is built from fixed access keys instead of the default credential provider chain. Long-lived keys end up in configuration or code, are shared between environments, and are not rotated automatically.',
    remediation:
      'Build clients without explicit credentials so the SDK uses the default provider chain (environment, web identity, SSO, instance or task role). Where a different identity is needed, assume a role with STS instead of passing keys.',
    fixedExample: [
      'S3Client s3 = S3Client.builder()',
      '    .region(Region.EU_WEST_1)',
      '    .build(); // default credential provider chain',
    ].join('\n'),
    helpUri: 'https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html',
    tags: ['security', 'secrets', 'aws'],
    languages: ALL,
    kind: 'pattern',
  },
  {
    id: 'weak-cipher',
    cwe: ['CWE-327'],
    severity: 'high',
    title: 'Weak or misused cipher',
    description:
      'Data is encrypted with a broken or outdated algorithm (DES, 3DES, RC2, RC4, Blowfish) or an unsafe mode (ECB, or a block cipher without an IV or padding). Such encryption can be broken or leaks patterns of the plaintext.',
    remediation:
      'Use AES-GCM (or ChaCha20-Poly1305) with a random 96-bit IV for each message, or RSA with OAEP padding for key wrapping. Prefer a vetted library such as the AWS Encryption SDK or AWS KMS.',
    fixedExample: [
      'Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");',
      'byte[] iv = new byte[12];',
      'new SecureRandom().nextBytes(iv);',
      'cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));',
    ].join('\n'),
    helpUri: cwe(327),
    tags: ['security', 'crypto', 'owasp-top10'],
    languages: ALL,
    kind: 'pattern',
  },
  {
    id: 'weak-hash',
    cwe: ['CWE-328'],
    severity: 'medium',
    title: 'Weak hash for a security use',
    description:
      'MD5 or SHA-1 is used where collision or preimage resistance matters (signatures, integrity checks, password storage). Both are broken: collisions can be produced cheaply.',
    remediation:
      'Use SHA-256 or stronger for integrity, HMAC-SHA-256 for message authentication, and a password hashing function (Argon2, bcrypt, scrypt or PBKDF2) for passwords.',
    fixedExample: 'MessageDigest digest = MessageDigest.getInstance("SHA-256");',
    helpUri: cwe(328),
    tags: ['security', 'crypto', 'owasp-top10'],
    languages: ALL,
    kind: 'pattern',
  },
  {
    id: 'insecure-random',
    cwe: ['CWE-330'],
    severity: 'medium',
    title: 'Predictable random value used for security',
    description:
      'A token, password, session identifier, salt, IV, nonce or similar secret is produced by a predictable generator (java.util.Random, Math.random, Python random, RandomStringUtils). Its output can be predicted from a few observed values, so the secret can be guessed.',
    remediation:
      'Generate security values with a cryptographically secure generator: java.security.SecureRandom, Python secrets (token_urlsafe, token_bytes), Node crypto.randomBytes or crypto.randomUUID, and window.crypto.getRandomValues in browsers.',
    fixedExample: [
      'SecureRandom random = new SecureRandom();',
      'byte[] token = new byte[32];',
      'random.nextBytes(token);',
      'String resetToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);',
    ].join('\n'),
    helpUri: cwe(330),
    tags: ['security', 'crypto', 'owasp-top10'],
    languages: ALL,
    kind: 'pattern',
  },
  {
    id: 'cookie-without-secure',
    cwe: ['CWE-614'],
    severity: 'medium',
    title: 'Cookie without the Secure flag',
    description:
      'A cookie is created without the Secure attribute, so the browser also sends it over plain HTTP, where it can be read or changed by anyone on the network path.',
    remediation:
      'Mark the cookie Secure (cookie.setSecure(true), secure=True, { secure: true }) and serve the application over HTTPS only.',
    fixedExample: [
      'Cookie cookie = new Cookie("session", value);',
      'cookie.setSecure(true);',
      'cookie.setHttpOnly(true);',
      'response.addCookie(cookie);',
    ].join('\n'),
    helpUri: cwe(614),
    tags: ['security', 'cookies', 'owasp-top10'],
    languages: ALL,
    kind: 'pattern',
  },
  {
    id: 'cookie-without-httponly',
    cwe: ['CWE-1004'],
    severity: 'medium',
    title: 'Cookie without the HttpOnly flag',
    description:
      'A cookie is created without the HttpOnly attribute, so scripts in the page can read it; one cross-site scripting flaw is then enough to steal the session.',
    remediation:
      'Mark the cookie HttpOnly (cookie.setHttpOnly(true), httponly=True, { httpOnly: true }) unless scripts genuinely need to read it.',
    fixedExample: [
      'Cookie cookie = new Cookie("session", value);',
      'cookie.setHttpOnly(true);',
      'cookie.setSecure(true);',
      'response.addCookie(cookie);',
    ].join('\n'),
    helpUri: cwe(1004),
    tags: ['security', 'cookies'],
    languages: ALL,
    kind: 'pattern',
  },
  {
    id: 'kms-decrypt-then-encrypt',
    cwe: ['CWE-311'],
    severity: 'medium',
    title: 'KMS plaintext decrypted and re-encrypted in application code',
    description:
      'Data is decrypted with AWS KMS Decrypt and the plaintext is passed to KMS Encrypt under another key. The plaintext is exposed in the application (memory, logs, crash dumps) for no reason: KMS can re-encrypt it server side.',
    remediation:
      'Call KMS ReEncrypt with the ciphertext and the destination key: the plaintext never leaves KMS. Grant kms:ReEncryptFrom on the source key and kms:ReEncryptTo on the destination key.',
    fixedExample: [
      'ReEncryptRequest req = new ReEncryptRequest()',
      '    .withCiphertextBlob(sourceCipherTextBlob)',
      '    .withDestinationKeyId("NewKeyId");',
      'ByteBuffer ciphertext = client.reEncrypt(req).getCiphertextBlob();',
    ].join('\n'),
    helpUri: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html',
    tags: ['security', 'crypto', 'aws'],
    languages: ALL,
    kind: 'taint',
  },
  {
    id: 'path-traversal',
    cwe: ['CWE-22'],
    severity: 'high',
    title: 'Path traversal',
    description:
      'A file system path is built from data the user controls (a parameter, header, cookie or upload name) and used to read, write or delete a file. Sequences such as ../ or an absolute path let an attacker reach files outside the intended directory.',
    remediation:
      'Do not build paths from user input where an identifier or allow-list will do. Otherwise keep only the file name (FilenameUtils.getName, os.path.basename, path.basename), or resolve the path, normalise it and check that it still starts with the base directory before using it.',
    fixedExample: [
      'Path base = Paths.get("/srv/files").toRealPath();',
      'Path target = base.resolve(name).normalize();',
      'if (!target.startsWith(base)) {',
      '    throw new IllegalArgumentException("invalid file name");',
      '}',
      'byte[] content = Files.readAllBytes(target);',
    ].join('\n'),
    helpUri: cwe(22),
    tags: ['security', 'injection', 'owasp-top10'],
    languages: ALL,
    kind: 'taint',
  },
  {
    id: 'sql-injection',
    cwe: ['CWE-89'],
    severity: 'critical',
    title: 'SQL injection',
    description:
      'A SQL statement is built by concatenating or formatting data the user controls and then executed. The data can change the statement: read or modify other rows, bypass authentication or run other statements.',
    remediation:
      'Use parameterized queries (PreparedStatement with ?, cursor.execute(sql, params), db.query(sql, [params])) or an ORM query API; never build SQL text from input. Validate identifiers (column or table names) against an allow-list.',
    fixedExample: [
      'PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");',
      'ps.setString(1, name);',
      'ResultSet rs = ps.executeQuery();',
    ].join('\n'),
    helpUri: cwe(89),
    tags: ['security', 'injection', 'owasp-top10'],
    languages: ALL,
    kind: 'taint',
  },
  {
    id: 'ldap-injection',
    cwe: ['CWE-90'],
    severity: 'high',
    title: 'LDAP injection',
    description:
      'An LDAP search filter or distinguished name is built from data the user controls. Characters such as *, (, ) and \\ change the filter, so an attacker can match other entries or bypass an authentication check.',
    remediation:
      'Encode values for LDAP filters (ESAPI encodeForLDAP, Spring LdapEncoder.filterEncode, ldap3 escape_filter_chars) or use a filter builder that encodes (Spring LDAP LdapQueryBuilder, UnboundID Filter.createEqualityFilter, search filter arguments {0}).',
    fixedExample: [
      'String filter = "(&(objectClass=person)(uid={0}))";',
      'NamingEnumeration<SearchResult> results =',
      '    ctx.search("ou=people,dc=example,dc=com", filter, new Object[] {uid}, controls);',
    ].join('\n'),
    helpUri: cwe(90),
    tags: ['security', 'injection', 'owasp-top10'],
    languages: ['java', 'python', 'javascript', 'typescript'],
    kind: 'taint',
  },
  {
    id: 'xpath-injection',
    cwe: ['CWE-643'],
    severity: 'high',
    title: 'XPath injection',
    description:
      'An XPath expression is built from data the user controls. Quotes and operators in the data change the query, so an attacker can read other nodes of the document or bypass a check made with it.',
    remediation:
      'Keep the expression constant and pass the user data as an XPath variable (XPathVariableResolver, lxml xpath(expr, name=value)), or validate the value against a strict allow-list before use.',
    fixedExample: [
      'xpath.setXPathVariableResolver(v -> "user".equals(v.getLocalPart()) ? userName : null);',
      'String role = xpath.evaluate("/users/user[@name=$user]/role", document);',
    ].join('\n'),
    helpUri: cwe(643),
    tags: ['security', 'injection', 'owasp-top10'],
    languages: ALL,
    kind: 'taint',
  },
  {
    id: 'os-command-injection',
    cwe: ['CWE-78'],
    severity: 'critical',
    title: 'OS command injection',
    description:
      "An operating system command is built from data the user controls and run through a shell (or the user chooses the program). Shell metacharacters such as ;, |, && and $( ) let an attacker run any command with the application's privileges.",
    remediation:
      'Avoid the shell: run a fixed program with an argument list (ProcessBuilder("ping", "-c", "3", host), subprocess.run([...]) without shell=True, execFile). Validate arguments against an allow-list or strict pattern, and use a library API instead of a command where one exists.',
    fixedExample: [
      'if (!host.matches("[A-Za-z0-9.-]{1,253}")) {',
      '    throw new IllegalArgumentException("invalid host");',
      '}',
      'Process p = new ProcessBuilder("/bin/ping", "-c", "3", host).start();',
    ].join('\n'),
    helpUri: cwe(78),
    tags: ['security', 'injection', 'owasp-top10'],
    languages: ALL,
    kind: 'taint',
  },
  {
    id: 'cross-site-scripting',
    cwe: ['CWE-79'],
    severity: 'high',
    title: 'Cross-site scripting',
    description:
      "Data the user controls is written into an HTML response or the page without encoding. A script in the data runs in other users' browsers with their session: it can steal cookies, act on their behalf or change the page.",
    remediation:
      'Render through a template engine that escapes by default, or encode for the output context (OWASP Encoder Encode.forHtml, Spring HtmlUtils.htmlEscape, Python html.escape, escape-html). Never assign user data to innerHTML; use textContent. Add a Content-Security-Policy.',
    fixedExample: [
      'response.setContentType("text/html;charset=UTF-8");',
      'response.getWriter().println("<p>Hello, " + Encode.forHtml(name) + "</p>");',
    ].join('\n'),
    helpUri: cwe(79),
    tags: ['security', 'injection', 'owasp-top10'],
    languages: ALL,
    kind: 'taint',
  },
  {
    id: 'trust-boundary-violation',
    cwe: ['CWE-501'],
    severity: 'medium',
    title: 'Trust boundary violation',
    description:
      'Data the user controls is stored in the server-side session without validation. Code that later reads the session trusts it as if the server had put it there, mixing trusted and untrusted data.',
    remediation:
      'Validate the data (type, format, allow-list) before storing it in the session, or keep it out of the session and store only values the server derived itself.',
    fixedExample: [
      'String role = request.getParameter("role");',
      'if (!ALLOWED_ROLES.contains(role)) {',
      '    throw new IllegalArgumentException("unknown role");',
      '}',
      'request.getSession().setAttribute("role", role);',
    ].join('\n'),
    helpUri: cwe(501),
    tags: ['security', 'injection'],
    languages: ALL,
    kind: 'taint',
  },
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}
