/**
 * The corpora of `npm run bench:secrets`: the labelled corpus made from test/fixtures/secrets (its
 * `{{secret:…}}` markers filled with fake secrets at run time, so the repository holds none), and a
 * large generated corpus of ordinary code and config text for throughput.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_RULES } from '../src/secrets/rules';
import { seededRandom } from '../src/runtime/seeded-random';
import { lineWith, SecretFactory } from '../test/support/secret-samples';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'secrets');

/** A secret a rule must report: where, which rule, and whether it is a published example. */
export interface Label {
  path: string;
  line: number;
  ruleId: string;
  example: boolean;
  /** The value, only to mask it in the report of a miss. */
  secret: string;
}

export interface LabelledCorpus {
  labels: Label[];
  files: number;
  /** Lines of negatives/ holding a rule keyword or a long token-like run, and no published example. */
  hardNegativeLines: number;
}

/** `{{secret:RULES[:FORMAT][|json]}}`: each of RULES (joined by `+`) must report a FORMAT-shaped secret. */
const MARKER = /\{\{secret:([a-z0-9+-]+)(?::([a-z0-9-]+))?(\|json)?\}\}/g;
const RULE_IDS = new Set(BUILT_IN_RULES.map((rule) => rule.id));
const KEYWORDS = [...new Set(BUILT_IN_RULES.flatMap((rule) => rule.keywords))];
const TOKEN_RUN = /[A-Za-z0-9+/=_-]{16,}/;

/** Relative `/`-separated paths of the files below `root`, sorted. */
function filesBelow(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesBelow(root, path) : [path];
    })
    .sort();
}

/**
 * Fills the markers of one template. A multi-line secret (a PEM key) continues at the indentation of
 * its line, or on the same line with `\n` escapes when the marker ends in `|json`.
 */
function fillTemplate(
  path: string,
  template: string,
  factory: SecretFactory,
): { text: string; labels: Label[] } {
  const lines: string[] = [];
  const labels: Label[] = [];
  for (const line of template.split('\n')) {
    const indent = /^\s*/.exec(line)?.[0] ?? '';
    let filled = '';
    let last = 0;
    for (const match of line.matchAll(MARKER)) {
      const [marker, rules = '', format, json] = match;
      const ruleIds = rules.split('+');
      const secret = factory.sample(format ?? ruleIds[0] ?? '');
      filled += line.slice(last, match.index);
      const lineNumber = lines.length + filled.split('\n').length;
      for (const ruleId of ruleIds) {
        if (!RULE_IDS.has(ruleId)) throw new Error(`${path}: ${marker} names no built-in rule`);
        labels.push({ path, line: lineNumber, ruleId, example: false, secret });
      }
      filled += json ? secret.replaceAll('\n', '\\n') : secret.replaceAll('\n', `\n${indent}`);
      last = (match.index ?? 0) + marker.length;
    }
    filled += line.slice(last);
    if (filled.includes('{{secret:')) throw new Error(`${path}: malformed marker in "${line}"`);
    lines.push(...filled.split('\n'));
  }
  return { text: lines.join('\n'), labels };
}

/** Published example credentials (the rules' `examples`): to be reported, flagged as examples. */
function exampleLabels(path: string, text: string): Label[] {
  return text
    .split('\n')
    .flatMap((line, index) =>
      BUILT_IN_RULES.flatMap((rule) =>
        (rule.examples ?? [])
          .filter((example) => line.includes(example))
          .map((example) => ({ path, line: index + 1, ruleId: rule.id, example: true, secret: example })),
      ),
    );
}

function isHardNegative(line: string): boolean {
  const lower = line.toLowerCase();
  return TOKEN_RUN.test(line) || KEYWORDS.some((keyword) => lower.includes(keyword));
}

/** Writes positives/ (markers filled from `seed`) and negatives/ (as committed) below `target`. */
export function writeLabelledCorpus(target: string, seed: number): LabelledCorpus {
  const factory = new SecretFactory(seed);
  const corpus: LabelledCorpus = { labels: [], files: 0, hardNegativeLines: 0 };
  for (const path of filesBelow(FIXTURES).filter((file) => /^(positives|negatives)\//.test(file))) {
    const { text, labels } = fillTemplate(path, readFileSync(join(FIXTURES, path), 'utf8'), factory);
    const examples = exampleLabels(path, text);
    mkdirSync(join(target, path, '..'), { recursive: true });
    writeFileSync(join(target, path), text);
    corpus.labels.push(...labels, ...examples);
    corpus.files++;
    if (path.startsWith('negatives/')) {
      const exampleLines = new Set(examples.map((label) => label.line));
      corpus.hardNegativeLines += text
        .split('\n')
        .filter((line, index) => !exampleLines.has(index + 1) && isHardNegative(line)).length;
    }
  }
  return corpus;
}

// ---- The generated corpus for throughput ----

export interface CorpusLevel {
  megabytes: number;
  /** Holds the next smaller level's folder too: scanning it scans everything up to this size. */
  dir: string;
  bytes: number;
  files: number;
  /** Fake secrets written in (one per line). */
  planted: number;
}

const WORDS = (
  'user order item account invoice payment customer product cart price total count index value result ' +
  'request response config options handler client server cache queue event message record field table ' +
  'status error retry timeout limit offset page size name title label region bucket stream buffer ' +
  'session profile tenant report metric trace span batch job task worker schedule policy'
).split(' ');
const SENTENCE_WORDS = (
  'the a of to and in is for on with that this by from be are as it at or not we when if ' +
  'must should can will each every new old first last next returns reads writes keeps drops ' +
  'request order user cache queue file value list map error retry time limit page record'
).split(' ');

type Language = 'env' | 'js' | 'py' | 'yaml' | 'json';

interface FileKind {
  ext: string;
  /** The shape lineWith() writes a planted secret in. */
  language: Language;
  lines: string[];
  /** Ordinary lines that mention passwords, tokens and secrets without holding one. */
  keywordLines: string[];
}

/** Line shapes: %w a word, %W a capitalised word, %n a number, %s a sentence, %u a URL. */
const KINDS: FileKind[] = [
  {
    ext: 'ts',
    language: 'js',
    lines: [
      "import { %W%W } from './%w/%w';",
      'export async function %w%W(%w: %W, %w = %n): Promise<%W[]> {',
      '  const %w = await this.%w.%w(%w, { %w: %n, %w: true });',
      "  if (!%w) throw new Error('%s');",
      '  return %w.filter((%w) => %w.%w > %n).map((%w) => %w.%w);',
      '}',
      '// %s.',
      "  logger.info('%s', { %w, %w, msg: %w.message });",
      '  %w.%w = %w?.%w ?? %n;',
      "  const response = await fetch('%u', { method: 'POST', body: JSON.stringify(%w) });",
      '',
      '  for (const %w of %w.%ws) total += %w.%w * %n;',
    ],
    keywordLines: [
      '  const token = await this.auth.getToken(%w);',
      '  if (password.length < %n) return { error: PASSWORD_TOO_SHORT };',
      '  headers.Authorization = `Bearer ${token}`;',
      '  const secretName = process.env.SECRET_NAME ?? `%w/%w`;',
      '  password: string;',
      '  const apiKey = config.%w.apiKey;',
    ],
  },
  {
    ext: 'py',
    language: 'py',
    lines: [
      'from %w.%w import %W%W',
      'def %w_%w(%w, %w=%n):',
      '    """%s."""',
      '    %w = self.%w.get(%w, %n)',
      '    if not %w:',
      '        raise ValueError("%s")',
      '    return [%w.%w for %w in %w if %w.%w > %n]',
      '    # %s',
      '    logger.debug("%s", %w)',
      '    response = requests.get("%u", timeout=%n)',
      '',
    ],
    keywordLines: [
      '    token = os.environ.get("API_TOKEN")',
      '    password = getpass.getpass("%s: ")',
      '    secret = client.get_secret_value(SecretId=secret_id)["SecretString"]',
      '    if not check_password(user, password):',
    ],
  },
  {
    ext: 'go',
    language: 'js',
    lines: [
      'func (s *%W) %W%W(ctx context.Context, %w string) (*%W, error) {',
      '\t%w, err := s.%w.Get%W(ctx, %w)',
      '\tif err != nil {',
      '\t\treturn nil, fmt.Errorf("%s: %w", err)',
      '\t}',
      '\t// %s.',
      '\tfor _, %w := range %w.%Ws {',
      '\t\t%w += %w.%W * %n',
      '}',
      '',
    ],
    keywordLines: [
      '\ttoken := os.Getenv("GITHUB_TOKEN")',
      '\tif len(password) < %n {',
      '\tsecret, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: &arn})',
    ],
  },
  {
    ext: 'java',
    language: 'js',
    lines: [
      'import com.acme.%w.%W%W;',
      '    public %W %w%W(%W %w, int %w) {',
      '        final %W %w = this.%w.find%W(%w);',
      '        if (%w == null) throw new IllegalStateException("%s");',
      '        return %w.stream().filter(x -> x.get%W() > %n).collect(Collectors.toList());',
      '    }',
      '    /** %s. */',
      '        LOG.info("%s {}", %w);',
      '',
    ],
    keywordLines: [
      '        String token = tokenService.issueToken(%w);',
      '        if (!encoder.matches(password, user.getPasswordHash())) {',
      '    @Value("${app.%w.secret}") private String secret;',
    ],
  },
  {
    ext: 'yaml',
    language: 'yaml',
    lines: [
      '%w:',
      '  %w: %n',
      '  %w_%w: "%w-%w"',
      '    - name: %w-%w',
      '      image: ghcr.io/acme/%w:%n',
      '  # %s',
      '  url: %u',
      '      %w: true',
    ],
    keywordLines: [
      '        - name: DB_PASSWORD',
      '          valueFrom: { secretKeyRef: { name: %w, key: password } }',
      '  token: ${{ secrets.GITHUB_TOKEN }}',
      '  password: ${DB_PASSWORD}',
    ],
  },
  {
    ext: 'json',
    language: 'json',
    lines: [
      '  "%w": %n,',
      '  "%w%W": "%w-%w",',
      '    { "id": %n, "%w": "%s", "%w": %n },',
      '  "%w": { "%w": true, "%w": "%u" },',
      '  "%w": [%n, %n, %n],',
    ],
    keywordLines: ['  "passwordMinLength": %n,', '  "tokenExpired": "%s",', '  "secretName": "prod/%w/%w",'],
  },
  {
    ext: 'md',
    language: 'env',
    lines: ['## %W %w', '%s. %s, %s.', '- %s (see [%w](%u)).', '```bash', 'npm run %w -- --%w %n', '```', ''],
    keywordLines: [
      'Set `API_TOKEN` to a token with the %w scope; never commit the token itself.',
      'The password is read from the secret store at start-up.',
    ],
  },
  {
    ext: 'properties',
    language: 'env',
    lines: ['%w.%w.%w=%n', '%w.%w=%w-%w', '# %s', '%w.url=%u', ''],
    keywordLines: ['spring.datasource.password=${DB_PASSWORD}', 'app.token.ttl-seconds=%n'],
  },
];

const RULES_WITH_SAMPLES = BUILT_IN_RULES.map((rule) => rule.id);
/** About one line in 3,000 holds a fake secret; one in 30 mentions a password, token or secret. */
const SECRET_RATE = 1 / 3000;
const KEYWORD_RATE = 1 / 30;

class LineMaker {
  private readonly random: () => number;
  private readonly factory: SecretFactory;

  constructor(seed: number) {
    this.random = seededRandom(seed);
    this.factory = new SecretFactory(seed + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  /** Between 1 and 96 KB, log-uniform: many small files, some large ones. */
  fileSize(): number {
    return Math.round(1024 * Math.exp(this.random() * Math.log(96)));
  }

  fileText(kind: FileKind, size: number): { text: string; planted: number } {
    const lines: string[] = [];
    let length = 0;
    let planted = 0;
    while (length < size) {
      const roll = this.random();
      let line: string;
      if (roll < SECRET_RATE) {
        const ruleId = this.pick(RULES_WITH_SAMPLES);
        line = lineWith(ruleId, this.factory.sample(ruleId), kind.language);
        planted++;
      } else {
        line = this.expand(
          roll < SECRET_RATE + KEYWORD_RATE ? this.pick(kind.keywordLines) : this.pick(kind.lines),
        );
      }
      lines.push(line);
      length += line.length + 1;
    }
    return { text: `${lines.join('\n')}\n`, planted };
  }

  private expand(shape: string): string {
    return shape.replace(/%[wWnsu]/g, (code) => {
      switch (code) {
        case '%w':
          return this.pick(WORDS);
        case '%W': {
          const word = this.pick(WORDS);
          return word.charAt(0).toUpperCase() + word.slice(1);
        }
        case '%n':
          return String(Math.floor(this.random() * 10000));
        case '%u':
          return `https://${this.pick(WORDS)}.acme.test/${this.pick(WORDS)}/${this.pick(WORDS)}`;
        default:
          return Array.from({ length: 4 + Math.floor(this.random() * 8) }, () =>
            this.pick(SENTENCE_WORDS),
          ).join(' ');
      }
    });
  }
}

const FILES_PER_FOLDER = 100;

/**
 * Writes nested levels (`c200/c100/c50/c25` for 25, 50, 100 and 200 MB): each level's folder holds
 * the smaller one, so doubling the input means scanning the next folder up.
 */
export function writeMixedCorpus(root: string, megabytes: number[], seed: number): CorpusLevel[] {
  const sizes = [...megabytes].sort((a, b) => a - b);
  const dirs = sizes.map((_, index) =>
    join(
      root,
      ...sizes
        .slice(index)
        .reverse()
        .map((size) => `c${size}`),
    ),
  );
  const maker = new LineMaker(seed);
  const levels: CorpusLevel[] = [];
  let total = { bytes: 0, files: 0, planted: 0 };
  sizes.forEach((size, index) => {
    const dir = dirs[index] as string;
    let own = 0;
    while (total.bytes < size * 1e6) {
      const kind = maker.pick(KINDS);
      const { text, planted } = maker.fileText(kind, maker.fileSize());
      const folder = join(dir, `pkg-${String(Math.floor(own / FILES_PER_FOLDER)).padStart(3, '0')}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${maker.pick(WORDS)}-${own}.${kind.ext}`), text);
      own++;
      total = {
        bytes: total.bytes + Buffer.byteLength(text),
        files: total.files + 1,
        planted: total.planted + planted,
      };
    }
    levels.push({ megabytes: size, dir, ...total });
  });
  return levels;
}
