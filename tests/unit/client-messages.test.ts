import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { clientMessages, clientNamespaces, pickMessages } from "@/lib/i18n/client-messages";
import { locales } from "@/lib/i18n/config";
import { messages } from "@/lib/i18n/messages";

/**
 * Only the namespaces in lib/i18n/client-messages.ts reach the browser. This test reads every client
 * module — each "use client" file under app/ and components/ and our modules they import — and fails
 * when one of them translates with a namespace (or, for useTranslations(), a key) the list misses.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEARCHED = ["app", "components"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const parse = (fileName: string) =>
  ts.createSourceFile(fileName, readFileSync(fileName, "utf8"), ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

function isUseClientFile(file: ts.SourceFile): boolean {
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use client") return true;
  }
  return false;
}

/** Our own module an import points to (with its extension), or null for packages and other files. */
function resolveImport(fileName: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(fileName), specifier) : null;
  if (!base) return null;
  const candidates = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext);
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/** The "use client" files and everything of ours they import (that code runs in the browser too). */
function clientModules(): ts.SourceFile[] {
  const seen = new Map<string, ts.SourceFile>();
  const queue = SEARCHED.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map(parse).filter(isUseClientFile);
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file.fileName)) continue;
    seen.set(file.fileName, file);
    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const target = resolveImport(file.fileName, statement.moduleSpecifier.text);
      if (target && !seen.has(target)) queue.push(parse(target));
    }
  }
  return [...seen.values()];
}

interface Use {
  file: string;
  /** The namespace or full key read; null when the code computes it and it cannot be checked. */
  path: string | null;
  what: string;
}

const literal = (node: ts.Node | undefined) => (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null);

/** Namespaces and keys a client module reads from the provider's messages. */
function translationUses(file: ts.SourceFile): Use[] {
  const uses: Use[] = [];
  const where = (node: ts.Node) => `${path.relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const rootTranslators = new Set<string>();

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      if (name === "useMessages") uses.push({ file: where(node), path: null, what: "useMessages() reads every message" });
      if (name === "useTranslations") {
        const [namespace] = node.arguments;
        if (!namespace) {
          // A translator without namespace: each of its calls names a full key.
          const declaration = node.parent;
          if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) rootTranslators.add(declaration.name.text);
          else uses.push({ file: where(node), path: null, what: "useTranslations() not assigned to a variable" });
        } else {
          uses.push({ file: where(node), path: literal(namespace), what: `useTranslations(${namespace.getText()})` });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  const visitRootCalls = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const translator = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression.text : null;
      if (translator && rootTranslators.has(translator)) {
        uses.push({ file: where(node), path: literal(node.arguments[0]), what: `${callee.getText()}(${node.arguments[0]?.getText() ?? ""})` });
      }
    }
    ts.forEachChild(node, visitRootCalls);
  };
  if (rootTranslators.size) visitRootCalls(file);
  return uses;
}

const covered = (used: string) => clientNamespaces.some((listed) => used === listed || used.startsWith(`${listed}.`));

describe("messages sent to the browser", () => {
  const uses = clientModules().flatMap(translationUses);

  test("the parser finds the client components' translations (a test that cannot fail is a bug)", () => {
    expect(uses.map((use) => use.path)).toEqual(expect.arrayContaining(["announcements.comments", "common.locale", "validation", "auth.profile.displayName"]));
  });

  test("every namespace a client component reads is in clientNamespaces", () => {
    const problems = uses.flatMap((use) => {
      if (use.path === null) return [`${use.file}: ${use.what} — use a literal namespace so it can be checked`];
      return covered(use.path) ? [] : [`${use.file}: ${use.what} — add "${use.path.split(".").slice(0, 2).join(".")}" (or a parent) to clientNamespaces in lib/i18n/client-messages.ts`];
    });
    expect(problems).toEqual([]);
  });

  test.each(locales)("every listed namespace exists in the %s messages", (locale) => {
    const missing = clientNamespaces.filter((namespace) => namespace.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages[locale]) === undefined);
    expect(missing).toEqual([]);
  });

  test("the client gets the listed namespaces and nothing else", () => {
    const sent = clientMessages("de");
    expect(sent.announcements.comments).toEqual(messages.de.announcements.comments);
    expect(sent.validation).toEqual(messages.de.validation);
    expect(sent.announcements).not.toHaveProperty("detail");
    expect(sent).not.toHaveProperty("mail");
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(messages.de).length * 0.7);
  });

  test("picking nested paths builds the same tree shape and skips missing paths", () => {
    const tree = { a: { b: { c: "1", d: "2" }, e: "3" }, f: "4" };
    expect(pickMessages(tree, ["a.b.c", "f", "a.x"])).toEqual({ a: { b: { c: "1" } }, f: "4" });
  });
});
