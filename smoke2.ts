import { SecretScanner } from './src/secrets/engine';
import { BUILT_IN_RULES } from './src/secrets/rules';
const text = `aws_access_key_id = AKIAQYLPMN5HHHFPZAM2
aws_secret_access_key = kUMLQ9TGW4x3ypqAGqR6Ewq0MezKT1Wyc3ZvXbxT
example = AKIAIOSFODNN7EXAMPLE
token: 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
-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA1c7+9z5Pad7OejecsQ0bu3aozN3tihPmljnnudb9G3HECdnH
-----END RSA PRIVATE KEY-----
db = postgres://admin:s3cr3tP4ss@db.example.com/app
password = "hunter2-correct-horse"
password = getPassword()
password: \${DB_PASSWORD}
const url = "https://example.com/path";
id,AKIAQYLPMN5HHHFPZAM3,kUMLQ9TGW4x3ypqAGqR6Ewq0MezKT1Wyc3ZvXbxU
slack = "xoxb-2222222222-3333333333333-AbCdEfGhIjKlMnOpQrStUvWx" # rampart:allow-secret
google: AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe
SLACK = "xoxb-2222222222-3333333333333-AbCdEfGhIjKlMnOpQrStUvWx"
{"client_secret": "Zx8kq2Lm9Pw4Rt7Yv1Bn"}
sendgrid SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
`;
const lines = text.split('\n');
const s = new SecretScanner(BUILT_IN_RULES);
for (const r of s.scan({ lines, originOf: (i) => ({ path: 'x', line: i + 1 }) })) console.log(r.finding.line, r.finding.column, r.finding.ruleId, r.finding.preview, r.finding.example);
