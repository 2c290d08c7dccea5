import { expectReported, review, type Files } from './support/review-marked';

/**
 * The taint analysis on real source: each way data moves, each sanitizer and guard, constant
 * pruning, flows across methods and files. A line marked `// HERE` (Python `# HERE`) is where the
 * finding must be reported; source without the marker must produce no finding of the rule.
 */

/** A servlet whose doGet runs `body` (with `req`, `resp`, and `conn` a JDBC connection). */
function servlet(body: string, members = ''): Files {
  return {
    'Page.java': `import java.io.*;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import javax.servlet.http.*;

class Page extends HttpServlet {
    private Connection conn;
${members}
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {
${body}
    }
}
`,
  };
}

describe('propagation', () => {
  test('through assignments, concatenation and string methods', async () => {
    await expectReported(
      'sql-injection',
      servlet(`
        String name = req.getParameter("name");
        String trimmed = name.trim().toLowerCase().substring(1);
        String sql = "SELECT * FROM users WHERE name = '" + trimmed + "'";
        conn.createStatement().executeQuery(sql); // HERE`),
    );
  });

  test('through StringBuilder append chains, insert and toString', async () => {
    await expectReported(
      'sql-injection',
      servlet(`
        StringBuilder sb = new StringBuilder("SELECT * FROM t");
        sb.append(" WHERE a = ").append(1).append(" ORDER BY ").append(req.getParameter("sort"));
        Statement st = conn.createStatement();
        st.executeQuery(sb.toString()); // HERE
        StringBuffer other = new StringBuffer("x");
        other.insert(0, req.getHeader("h"));
        st.execute(other.toString()); // HERE`),
    );
  });

  test('through String.format, String.join and concat', async () => {
    await expectReported(
      'os-command-injection',
      servlet(`
        String host = req.getParameter("host");
        Runtime.getRuntime().exec(String.format("ping -c 1 %s", host)); // HERE
        Runtime.getRuntime().exec(String.join(" ", "nslookup", host)); // HERE
        Runtime.getRuntime().exec("dig ".concat(host)); // HERE`),
    );
  });

  test('through Python %-formatting, str.format and f-strings, and JavaScript template literals', async () => {
    await expectReported('sql-injection', {
      'views.py': `from flask import request
import sqlite3

@app.route("/a")
def a():
    cur = sqlite3.connect("db").cursor()
    name = request.args.get("name")
    cur.execute("SELECT * FROM u WHERE n = '%s'" % name)  # HERE
    cur.execute("SELECT * FROM u WHERE n = '{}'".format(name))  # HERE
    cur.execute(f"SELECT * FROM u WHERE n = '{name}'")  # HERE
`,
      'app.js': `const express = require('express');
const app = express();
app.get('/a', (req, res) => {
  db.query(\`SELECT * FROM u WHERE n = '\${req.query.name}'\`); // HERE
});
`,
    });
  });

  test('through maps by constant key: another key is clean, an unknown key is not', async () => {
    await expectReported(
      'path-traversal',
      servlet(`
        Map<String, String> m = new HashMap<>();
        m.put("user", req.getParameter("f"));
        m.put("fixed", "report.txt");
        new FileInputStream(m.get("fixed"));
        new FileInputStream(m.get("user")); // HERE
        String key = req.getHeader("k");
        new FileInputStream(m.get(key)); // HERE`),
    );
  });

  test('through lists and arrays by constant index', async () => {
    await expectReported(
      'path-traversal',
      servlet(`
        List<String> parts = new ArrayList<>();
        parts.add("safe.txt");
        parts.add(req.getParameter("f"));
        new FileReader(parts.get(0));
        new FileReader(parts.get(1)); // HERE
        String[] names = new String[2];
        names[0] = req.getParameter("g");
        names[1] = "fixed.txt";
        new FileReader(names[1]);
        new FileReader(names[0]); // HERE`),
    );
  });

  test('through Base64 and URL decoding, new String(bytes) and getBytes', async () => {
    const [finding] = await expectReported(
      'path-traversal',
      servlet(`
        String raw = java.net.URLDecoder.decode(req.getParameter("p"), "UTF-8");
        byte[] bytes = Base64.getDecoder().decode(Base64.getEncoder().encodeToString(raw.getBytes()));
        String back = new String(bytes);
        new FileOutputStream(back); // HERE`),
    );
    expect(finding!.flow!.map((step) => step.message)).toEqual(
      expect.arrayContaining(['URL-decoded', 'assigned to bytes', 'assigned to back']),
    );
  });

  test('into and out of helper methods, to a sink inside the helper', async () => {
    await expectReported(
      'sql-injection',
      servlet(
        `
        String id = wrap(req.getParameter("id"));
        run("DELETE FROM t WHERE id = " + id);
        run("DELETE FROM t WHERE id = 7");`,
        `
    private String wrap(String v) { return "'" + v + "'"; }
    private void run(String sql) throws Exception {
        conn.createStatement().executeUpdate(sql); // HERE
    }
`,
      ),
    );
  });

  test('across files, by receiver type, with the flow crossing both files', async () => {
    const files: Files = {
      'web/Controller.java': `import org.springframework.web.bind.annotation.*;

@RestController
public class Controller {
    private final Repo repo;
    public Controller(Repo repo) { this.repo = repo; }

    @GetMapping("/find")
    public int find(@RequestParam String name) {
        return repo.count(name);
    }
}
`,
      'data/Repo.java': `import org.springframework.jdbc.core.JdbcTemplate;

public class Repo {
    private JdbcTemplate jdbc;
    public int count(String name) {
        String sql = "SELECT count(*) FROM users WHERE name = '" + name + "'";
        return jdbc.queryForObject(sql, Integer.class); // HERE
    }
}
`,
    };
    const [finding] = await expectReported('sql-injection', files);
    expect(finding!.flow![0]).toMatchObject({ path: 'web/Controller.java', loc: { line: 9 } });
    expect(finding!.flow!.map((step) => step.path)).toContain('data/Repo.java');
    expect(finding!.message).toBe(
      'Untrusted data from a request parameter reaches a SQL statement (jdbc.queryForObject) without sanitization or validation.',
    );
  });

  test('through fields set in one method and read in another', async () => {
    await expectReported(
      'os-command-injection',
      servlet(
        `
        this.target = req.getParameter("t");
        ping();`,
        `
    private String target;
    private void ping() throws Exception {
        new ProcessBuilder("sh", "-c", "ping " + target).start(); // HERE
    }
`,
      ),
    );
  });

  test('through getters of a request body object', async () => {
    await expectReported('path-traversal', {
      'Upload.java': `import org.springframework.web.bind.annotation.*;

@RestController
class Upload {
    @PostMapping("/u")
    public void upload(@RequestBody Form form) throws Exception {
        new java.io.FileWriter("/srv/" + form.getName()); // HERE
        new java.io.FileWriter("/srv/" + form.getSize());
    }
}

class Form {
    private String name = null;
    private int size = 0;
    public String getName() { return name; }
    public int getSize() { return size; }
}
`,
    });
  });

  test('recursion terminates and still carries the data', async () => {
    await expectReported(
      'xpath-injection',
      servlet(
        `
        javax.xml.xpath.XPath xp = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        xp.evaluate(nest(req.getParameter("q"), 50), null); // HERE`,
        `
    private String nest(String expr, int depth) {
        if (depth == 0) return expr;
        return nest("(" + expr + ")", depth - 1);
    }
`,
      ),
    );
  });
});

describe('constants prune dead code', () => {
  test('if (false), a static final flag, arithmetic on literals, a constant ternary', async () => {
    await expectReported(
      'os-command-injection',
      servlet(
        `
        String cmd = req.getParameter("cmd");
        if (false) { Runtime.getRuntime().exec(cmd); }
        if (DEBUG) { Runtime.getRuntime().exec(cmd); }
        if (1 + 1 == 3) { Runtime.getRuntime().exec(cmd); }
        if (!DEBUG && 2 > 1) { Runtime.getRuntime().exec("uptime"); }
        Runtime.getRuntime().exec(LIMIT * 2 > 100 ? cmd : "date");
        Runtime.getRuntime().exec(LIMIT * 2 < 100 ? cmd : "date"); // HERE`,
        '    static final boolean DEBUG = false;\n    static final int LIMIT = 10;\n',
      ),
    );
  });

  test('a value overwritten with a constant before the sink is clean; branches join', async () => {
    await expectReported(
      'path-traversal',
      servlet(`
        String f = req.getParameter("f");
        f = "index.html";
        new FileInputStream(f);
        String g = "default.txt";
        if (req.getContentLength() > 10) { g = req.getParameter("g"); }
        new FileInputStream(g); // HERE`),
    );
  });

  test('loops carry data into later iterations; return and throw end a path', async () => {
    await expectReported(
      'sql-injection',
      servlet(`
        String acc = "";
        for (String v : req.getParameterValues("v")) { acc = acc + v + ","; }
        conn.createStatement().execute("SELECT " + acc); // HERE
        String w = req.getParameter("w");
        if (w.isEmpty()) { w = "none"; } else { return; }
        conn.createStatement().execute("SELECT " + w);
        String x = req.getParameter("x");
        if (!x.isEmpty()) { throw new IllegalArgumentException("x"); }
        conn.createStatement().execute("SELECT " + x); // HERE`),
    );
  });
});

describe('sanitizers and validators', () => {
  test('numeric conversion and UUID parsing', async () => {
    await expectReported(
      'sql-injection',
      servlet(`
        int id = Integer.parseInt(req.getParameter("id"));
        long other = Long.valueOf(req.getParameter("o"));
        String uuid = UUID.fromString(req.getParameter("u")).toString();
        conn.createStatement().execute("SELECT " + id + other + uuid);`),
    );
  });

  test('an encoder cleans only its own category', async () => {
    const files = servlet(`
        String safe = org.springframework.web.util.HtmlUtils.htmlEscape(req.getParameter("n"));
        resp.getWriter().println("<p>" + safe + "</p>");
        new FileInputStream("/srv/" + safe); // HERE`);
    await expectReported('path-traversal', files);
    await expectReported('cross-site-scripting', {
      'Page.java': files['Page.java']!.replace(' // HERE', ''),
    });
  });

  test('file name extraction and a normalised path checked against the base', async () => {
    await expectReported(
      'path-traversal',
      servlet(`
        new FileInputStream("/srv/" + org.apache.commons.io.FilenameUtils.getName(req.getParameter("a")));
        Path base = Paths.get("/srv/files");
        Path p = base.resolve(req.getParameter("b")).normalize();
        if (!p.startsWith(base)) { throw new SecurityException("outside"); }
        Files.readAllBytes(p);
        Path q = base.resolve(req.getParameter("c")).normalize();
        if (q.startsWith(base)) { Files.delete(q); }
        Path r = base.resolve(req.getParameter("d"));
        if (!r.startsWith(base)) { return; }
        Files.delete(r); // HERE`),
    );
  });

  test('allow-lists, equality with constants and whole-string regular expressions', async () => {
    await expectReported(
      'os-command-injection',
      servlet(
        `
        String a = req.getParameter("a");
        if (ALLOWED.contains(a)) { Runtime.getRuntime().exec("service " + a); }
        String b = req.getParameter("b");
        if (!"status".equals(b)) { return; }
        Runtime.getRuntime().exec("systemctl " + b);
        String c = req.getParameter("c");
        if (c.matches("[a-z0-9-]+")) { Runtime.getRuntime().exec("host " + c); }
        String d = req.getParameter("d");
        if (d.matches("[a-z0-9 ;&|-]+")) { Runtime.getRuntime().exec("host " + d); } // HERE`,
        '    private static final Set<String> ALLOWED = Set.of("nginx", "redis");\n',
      ),
    );
  });

  test('an Optional or stream filtered through an allow-list or a validating lambda', async () => {
    await expectReported(
      'path-traversal',
      servlet(
        `
        Optional<String> theme = Optional.ofNullable(req.getParameter("theme"));
        new FileReader(theme.filter(THEMES::contains).orElse("light"));
        new FileReader(theme.filter(t -> t.matches("^[a-z]+$")).orElse("light"));
        new FileReader(theme.filter(t -> t.length() < 20).orElse("light")); // HERE`,
        '    private static final Set<String> THEMES = Set.of("light", "dark");\n',
      ),
    );
  });

  test('Python and JavaScript allow-lists and validators', async () => {
    await expectReported('os-command-injection', {
      'tasks.py': `import os
from flask import request

ALLOWED = {"nginx", "redis"}

@app.route("/restart")
def restart():
    name = request.args.get("name", "")
    if name not in ALLOWED:
        return "no", 400
    os.system("systemctl restart " + name)
    os.system("systemctl status " + request.args.get("other"))  # HERE
`,
      'tasks.js': `const { exec } = require('child_process');
const ALLOWED = ['nginx', 'redis'];
app.post('/restart', (req, res) => {
  const name = req.body.name;
  if (!ALLOWED.includes(name)) return res.status(400).end();
  exec('systemctl restart ' + name);
  exec('systemctl status ' + req.body.other); // HERE
});
`,
    });
  });

  test('a validator method that throws proves its argument safe to the caller', async () => {
    await expectReported(
      'ldap-injection',
      servlet(
        `
        javax.naming.directory.DirContext ctx = null;
        String uid = checked(req.getParameter("uid"));
        ctx.search("ou=people", "(uid=" + uid + ")", null);
        ctx.search("ou=people", "(cn=" + req.getParameter("cn") + ")", null); // HERE`,
        `
    private static String checked(String value) {
        if (!value.matches("^[a-z0-9]{1,32}$")) throw new IllegalArgumentException("uid");
        return value;
    }
`,
      ),
    );
  });

  test('a response declared as JSON or plain text is not HTML', async () => {
    await expectReported('cross-site-scripting', {
      ...servlet(`
        String q = req.getParameter("q");
        resp.setContentType("application/json");
        resp.getWriter().write("{\\"q\\": \\"" + q + "\\"}");`),
      'app.js': `app.get('/a', (req, res) => {
  res.type('text/plain').send('You searched ' + req.query.q);
});
app.get('/b', (req, res) => {
  res.json({ q: req.query.q });
});
app.get('/c', (req, res) => {
  res.status(404).send('<p>No ' + req.query.q + '</p>'); // HERE
});
`,
    });
  });

  test('bind parameters of parameterized queries are not sinks', async () => {
    await expectReported('sql-injection', {
      ...servlet(`
        PreparedStatement ps = conn.prepareStatement("SELECT * FROM t WHERE a = ?");
        ps.setString(1, req.getParameter("a"));
        ps.executeQuery();`),
      'q.py': `from flask import request

@app.route("/q")
def q():
    cursor.execute("SELECT * FROM t WHERE a = %s", (request.args["a"],))
`,
      'q.js': `app.get('/q', (req, res) => {
  pool.query('SELECT * FROM t WHERE a = $1', [req.query.a]);
});
`,
    });
  });
});

describe('sources are chosen per category', () => {
  test('environment variables are not attacker input', async () => {
    await expectReported(
      'os-command-injection',
      servlet(`
        Runtime.getRuntime().exec("backup " + System.getenv("BACKUP_DIR"));`),
    );
  });

  test('a parameter of an ordinary public method is not a source by itself', async () => {
    await expectReported('sql-injection', {
      'Dao.java': `class Dao {
    private java.sql.Connection conn;
    public void remove(String id) throws Exception {
        conn.createStatement().execute("DELETE FROM t WHERE id = " + id);
    }
}
`,
    });
  });
});

describe('the dataflow rules that are not injection', () => {
  test('KMS Decrypt plaintext passed to Encrypt, in Python and JavaScript', async () => {
    await expectReported('kms-decrypt-then-encrypt', {
      'rotate.py': `import boto3

kms = boto3.client("kms")

def rotate(blob):
    plain = kms.decrypt(CiphertextBlob=blob)["Plaintext"]
    key_id = kms.decrypt(CiphertextBlob=blob)["KeyId"]
    kms.encrypt(KeyId=key_id, Plaintext=b"fresh")
    return kms.encrypt(KeyId="alias/new", Plaintext=plain)  # HERE
`,
      'rotate.js': `const { KMSClient, DecryptCommand, EncryptCommand } = require('@aws-sdk/client-kms');
const kms = new KMSClient({});
async function rotate(blob) {
  const { Plaintext } = await kms.send(new DecryptCommand({ CiphertextBlob: blob }));
  return kms.send(new EncryptCommand({ KeyId: 'alias/new', Plaintext })); // HERE
}
`,
    });
  });

  test('insecure random values used as secrets are reported where they are produced', async () => {
    await expectReported('insecure-random', {
      'Tokens.java': `import java.util.Random;

class Tokens {
    private final Random random = new Random();
    String resetToken() {
        String token = Long.toHexString(random.nextLong()); // HERE
        return token;
    }
    long jitter() {
        return random.nextInt(100);
    }
}
`,
      'otp.py': `import random
import secrets

def otp():
    code = str(random.randint(100000, 999999))  # HERE
    send_otp(code)
    session_token = secrets.token_hex(16)
    return session_token
`,
    });
  });

  test('hard-coded credentials in constructors, keyword arguments and secret-named constants', async () => {
    await expectReported('hardcoded-credentials', {
      'Db.java': `class Db {
    java.sql.Connection open(String url) throws Exception {
        java.sql.DriverManager.getConnection(url, "app", System.getenv("DB_PASSWORD"));
        return java.sql.DriverManager.getConnection(url, "app", "s3cr3t-Pa55"); // HERE
    }
}
`,
      'settings.py': `import boto3

PASSWORD_ENV = "DB_PASSWORD"
API_TOKEN = "tok_9f8e7d6c5b4a"  # HERE
EMPTY_SECRET = ""
s3 = boto3.client("s3", aws_access_key_id="AKIAEXAMPLEKEY", aws_secret_access_key="abc/DEF+ghi123")  # HERE
`,
    });
  });
});

describe('findings', () => {
  test('are sorted by path, line and rule, and their fingerprints survive line moves', async () => {
    const source = servlet(`
        String f = req.getParameter("f");
        new FileInputStream(f);
        conn.createStatement().execute("SELECT " + f);`);
    const before = await review(source);
    const moved = await review({
      'Page.java': source['Page.java']!.replace('class Page', '\n\n\nclass Page'),
    });
    expect(before.map((finding) => finding.ruleId)).toEqual(['path-traversal', 'sql-injection']);
    expect(moved.map((finding) => finding.loc.line)).toEqual(before.map((finding) => finding.loc.line + 3));
    expect(moved.map((finding) => finding.fingerprint)).toEqual(before.map((finding) => finding.fingerprint));
    expect(new Set(before.map((finding) => finding.fingerprint)).size).toBe(2);
    expect(before.map((finding) => finding.severity)).toEqual(['high', 'critical']);
  });

  test('never contain the data that flowed', async () => {
    const [finding] = await review(
      servlet(`
        String f = "../../etc/passwd-" + req.getParameter("f");
        new FileInputStream(f);`),
    );
    expect(JSON.stringify(finding)).not.toContain('etc/passwd');
  });
});
