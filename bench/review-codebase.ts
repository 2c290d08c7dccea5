/**
 * A generated codebase for the review's speed benchmark: service code in Java, Python, JavaScript and
 * TypeScript, shaped like real application code (request handlers, string building, collections,
 * branches, loops, calls between classes and files, now and then a tainted flow into a sink), the
 * same for the same seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../src/review/ir';
import { seededRandom } from '../src/runtime/seeded-random';

export interface CodebaseMix {
  /** Share of lines per language; the shares sum to 1. */
  java: number;
  python: number;
  javascript: number;
  typescript: number;
}

export const MIXED: CodebaseMix = { java: 0.5, python: 0.2, javascript: 0.15, typescript: 0.15 };
export const JAVA_ONLY: CodebaseMix = { java: 1, python: 0, javascript: 0, typescript: 0 };

const EXTENSION: Record<Language, string> = {
  java: 'java',
  python: 'py',
  javascript: 'js',
  typescript: 'ts',
};
const METHODS_PER_FILE = 8;

type Draw = () => number;

const pick = <T>(random: Draw, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const WORDS = [
  'order',
  'invoice',
  'tenant',
  'report',
  'account',
  'payment',
  'profile',
  'catalog',
  'session',
  'audit',
];

function javaMethod(random: Draw, index: number, peer: string): string[] {
  const word = pick(random, WORDS);
  const lines = [
    `  public String ${word}${index}(HttpServletRequest request, Map<String, String> options) throws Exception {`,
    `    String ${word}Id = request.getParameter("${word}");`,
    `    StringBuilder label = new StringBuilder("${word}-");`,
    `    int limit = options.containsKey("limit") ? Integer.parseInt(options.get("limit")) : ${10 + index};`,
    `    List<String> parts = new ArrayList<>();`,
    `    for (int i = 0; i < limit; i++) {`,
    `      if (i % 3 == 0) {`,
    `        parts.add(String.format("%s-%d", NAME, i));`,
    `      } else {`,
    `        label.append(i).append(',');`,
    `      }`,
    `    }`,
    `    Map<String, Object> row = new HashMap<>();`,
    `    row.put("id", ${word}Id);`,
    `    row.put("count", parts.size());`,
    `    String summary = ${peer}.describe(label.toString(), parts.size());`,
  ];
  const ending = pick(random, ['safe', 'safe', 'safe', 'sql', 'file']);
  if (ending === 'sql') {
    lines.push(
      `    Statement statement = connection.createStatement();`,
      `    statement.executeQuery("SELECT * FROM ${word} WHERE id = '" + ${word}Id + "'");`,
    );
  } else if (ending === 'file') {
    lines.push(`    new java.io.FileInputStream("/var/data/" + ${word}Id).close();`);
  } else {
    lines.push(
      `    PreparedStatement query = connection.prepareStatement("SELECT * FROM ${word} WHERE id = ?");`,
      `    query.setString(1, ${word}Id);`,
      `    query.executeQuery();`,
    );
  }
  lines.push(`    return summary + row.size();`, `  }`, ``);
  return lines;
}

function javaFile(random: Draw, name: string, peer: string): string {
  const body = Array.from({ length: METHODS_PER_FILE }, (_, index) => javaMethod(random, index, peer)).flat();
  return [
    `package com.acme.generated;`,
    ``,
    `import java.sql.*;`,
    `import java.util.*;`,
    `import javax.servlet.http.HttpServletRequest;`,
    ``,
    `public class ${name} {`,
    `  private static final String NAME = "${name}";`,
    `  private final Connection connection;`,
    ``,
    `  public ${name}(Connection connection) {`,
    `    this.connection = connection;`,
    `  }`,
    ``,
    `  public static String describe(String label, int size) {`,
    `    return label.trim() + ":" + size;`,
    `  }`,
    ``,
    ...body,
    `}`,
    ``,
  ].join('\n');
}

function pythonFunction(random: Draw, index: number, peer: string): string[] {
  const word = pick(random, WORDS);
  const lines = [
    `@app.route("/${word}/${index}")`,
    `def ${word}_${index}():`,
    `    ${word}_id = request.args.get("${word}", "")`,
    `    label = "${word}-"`,
    `    parts = []`,
    `    for i in range(${10 + index}):`,
    `        if i % 3 == 0:`,
    `            parts.append(f"{NAME}-{i}")`,
    `        else:`,
    `            label += str(i) + ","`,
    `    row = {"id": ${word}_id, "count": len(parts)}`,
    `    summary = ${peer}.describe(label, len(parts))`,
  ];
  if (random() < 0.25) lines.push(`    cursor.execute("SELECT * FROM ${word} WHERE id = '%s'" % ${word}_id)`);
  else lines.push(`    cursor.execute("SELECT * FROM ${word} WHERE id = %s", (${word}_id,))`);
  lines.push(`    return summary + str(len(row))`, ``, ``);
  return lines;
}

function pythonFile(random: Draw, name: string, peer: string): string {
  const body = Array.from({ length: METHODS_PER_FILE }, (_, index) =>
    pythonFunction(random, index, peer),
  ).flat();
  return [
    `from flask import Flask, request`,
    `import sqlite3`,
    `import ${peer}`,
    ``,
    `app = Flask(__name__)`,
    `NAME = "${name}"`,
    `cursor = sqlite3.connect("app.db").cursor()`,
    ``,
    ``,
    `def describe(label, size):`,
    `    return label.strip() + ":" + str(size)`,
    ``,
    ``,
    ...body,
  ].join('\n');
}

function scriptHandler(random: Draw, index: number, peer: string, typed: boolean): string[] {
  const word = pick(random, WORDS);
  const request = typed ? 'req: Request, res: Response' : 'req, res';
  const lines = [
    `app.get('/${word}/${index}', async (${request}) => {`,
    `  const ${word}Id = req.query.${word};`,
    `  let label = '${word}-';`,
    `  const parts${typed ? ': string[]' : ''} = [];`,
    `  for (let i = 0; i < ${10 + index}; i++) {`,
    `    if (i % 3 === 0) {`,
    `      parts.push(\`\${NAME}-\${i}\`);`,
    `    } else {`,
    `      label += i + ',';`,
    `    }`,
    `  }`,
    `  const row = { id: ${word}Id, count: parts.length };`,
    `  const summary = ${peer}.describe(label, parts.length);`,
  ];
  if (random() < 0.25)
    lines.push(`  await pool.query("SELECT * FROM ${word} WHERE id = '" + ${word}Id + "'");`);
  else lines.push(`  await pool.query('SELECT * FROM ${word} WHERE id = $1', [${word}Id]);`);
  lines.push(`  res.json({ summary, row });`, `});`, ``);
  return lines;
}

function scriptFile(random: Draw, name: string, peer: string, typed: boolean): string {
  const body = Array.from({ length: METHODS_PER_FILE }, (_, index) =>
    scriptHandler(random, index, peer, typed),
  ).flat();
  const imports = typed
    ? [
        `import express, { Request, Response } from 'express';`,
        `import { Pool } from 'pg';`,
        `import * as ${peer} from './${peer}';`,
      ]
    : [
        `const express = require('express');`,
        `const { Pool } = require('pg');`,
        `const ${peer} = require('./${peer}');`,
      ];
  return [
    ...imports,
    ``,
    `const app = express();`,
    `const pool = new Pool();`,
    `const NAME = '${name}';`,
    ``,
    `export function describe(label${typed ? ': string' : ''}, size${typed ? ': number' : ''}) {`,
    `  return label.trim() + ':' + size;`,
    `}`,
    ``,
    ...body,
  ].join('\n');
}

function fileText(language: Language, random: Draw, name: string, peer: string): string {
  switch (language) {
    case 'java':
      return javaFile(random, name, peer);
    case 'python':
      return pythonFile(random, name, peer);
    case 'javascript':
      return scriptFile(random, name, peer, false);
    case 'typescript':
      return scriptFile(random, name, peer, true);
  }
}

/** Writes about `totalLines` lines of code below `root` in the given mix; returns the lines written per language. */
export function writeCodebase(
  root: string,
  totalLines: number,
  mix: CodebaseMix,
  seed: number,
): Record<Language, number> {
  const random = seededRandom(seed);
  const written: Record<Language, number> = { java: 0, python: 0, javascript: 0, typescript: 0 };
  for (const language of Object.keys(written) as Language[]) {
    const folder = join(root, language);
    mkdirSync(folder, { recursive: true });
    for (let file = 0; written[language] < totalLines * mix[language]; file++) {
      const name = `Service${file}`;
      const text = fileText(language, random, name, `Service${Math.max(0, file - 1)}`);
      writeFileSync(join(folder, `${name}.${EXTENSION[language]}`), text);
      written[language] += text.split('\n').length;
    }
  }
  return written;
}
