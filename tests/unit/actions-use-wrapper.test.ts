import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

/**
 * Every server action is a public HTTP endpoint. This test makes sure each one goes through the
 * action wrapper (session → zod → policy), so none can skip the policy by accident (DESIGN §4).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEARCHED = ["lib", "app"];
const WRAPPERS = new Set(["defineAction", "definePublicAction"]);
const WRAPPER_MODULE = path.join(ROOT, "lib", "action", "define-action");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|js|jsx|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const parse = (fileName: string, text: string) =>
  ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

/** The directive prologue: the string-literal statements a module starts with. */
function directives(file: ts.SourceFile): string[] {
  const found: string[] = [];
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    found.push(statement.expression.text);
  }
  return found;
}

const isUseServerFile = (file: ts.SourceFile) => directives(file).includes("use server");

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

/** Where an import points, as a path without extension (only for our own modules). */
function resolveImport(fileName: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return path.join(ROOT, specifier.slice(2));
  if (specifier.startsWith(".")) return path.resolve(ROOT, path.dirname(fileName), specifier);
  return null;
}

/** Local names bound to the real wrappers by an import from lib/action/define-action. */
function wrapperBindings(file: ts.SourceFile): Set<string> {
  const bound = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const target = resolveImport(file.fileName, statement.moduleSpecifier.text);
    if (target?.replace(/\.(ts|js)$/, "") !== WRAPPER_MODULE) continue;
    const named = statement.importClause?.namedBindings;
    if (statement.importClause?.isTypeOnly || !named || !ts.isNamedImports(named)) continue;
    for (const element of named.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (WRAPPERS.has(imported) && !element.isTypeOnly) bound.add(element.name.text);
    }
  }
  return bound;
}

/** Problems with the exports of one "use server" module; an empty list means every export is a wrapped action. */
function checkServerModule(fileName: string, text: string): string[] {
  const file = parse(fileName, text);
  const wrappers = wrapperBindings(file);
  const problems: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  for (const statement of file.statements) {
    // Types vanish at runtime: they are no endpoint.
    if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      problems.push(`${where(statement)}: re-export \`${statement.getText()}\` — export each action as \`export const x = defineAction(…)\``);
      continue;
    }
    if (ts.isExportAssignment(statement)) {
      problems.push(`${where(statement)}: default export — export each action as \`export const x = defineAction(…)\``);
      continue;
    }
    if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) continue;

    if (!ts.isVariableStatement(statement)) {
      const name = (statement as ts.DeclarationStatement).name?.getText() ?? "(anonymous)";
      const kind = ts.SyntaxKind[statement.kind].replace(/Declaration$/, "").toLowerCase();
      problems.push(`${where(statement)}: export "${name}" is a ${kind}, not \`export const ${name} = defineAction(…)\``);
      continue;
    }
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText();
      if (!isConst) {
        problems.push(`${where(declaration)}: export "${name}" is not a const, so it could be reassigned after the wrapper ran`);
        continue;
      }
      const init = declaration.initializer;
      const callee = init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) ? init.expression.text : null;
      if (callee && wrappers.has(callee)) continue;
      problems.push(
        callee && WRAPPERS.has(callee)
          ? `${where(declaration)}: export "${name}" calls ${callee}, but not the one imported from @/lib/action/define-action`
          : `${where(declaration)}: export "${name}" is not created by defineAction(…) or definePublicAction(…)`,
      );
    }
  }
  return problems;
}

/** Functions with their own "use server" directive: inline server actions, each a public endpoint outside the wrapper. */
function findInlineServerActions(fileName: string, text: string): string[] {
  const file = parse(fileName, text);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body)) {
      const first = node.body.statements[0];
      if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server") {
        found.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const files = SEARCHED.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map((full) => ({
  name: path.relative(ROOT, full),
  text: readFileSync(full, "utf8"),
}));
const serverModules = files.filter(({ name, text }) => isUseServerFile(parse(name, text)));

describe("server actions", () => {
  test("exist (otherwise this test would check nothing)", () => {
    expect(serverModules.map((f) => f.name)).not.toEqual([]);
  });

  test.each(serverModules.map((f) => [f.name, f.text] as const))("%s exports only wrapped actions", (name, text) => {
    const problems = checkServerModule(name, text);
    expect(problems, `Every export of a "use server" file must be an action made by the wrapper:\n${problems.join("\n")}`).toEqual([]);
  });

  test("are never written inline with a function-level \"use server\" (they would bypass the wrapper)", () => {
    const inline = files.flatMap(({ name, text }) => findInlineServerActions(name, text));
    expect(inline, `inline server actions found:\n${inline.join("\n")}`).toEqual([]);
  });
});

describe("the wrapper check itself", () => {
  const header = `"use server";\nimport { defineAction, definePublicAction } from "@/lib/action/define-action";\n`;

  test("accepts the wrapper imported under another name or by a relative path", () => {
    const aliased = `"use server";\nimport { defineAction as action } from "@/lib/action/define-action";\nexport const a = action({} as never);`;
    const relative = `"use server";\nimport { defineAction } from "../action/define-action";\nexport const a = defineAction({} as never);`;
    expect(checkServerModule("lib/x/actions.ts", aliased)).toEqual([]);
    expect(checkServerModule("lib/x/actions.ts", relative)).toEqual([]);
    expect(checkServerModule("app/x/actions.ts", relative)).toHaveLength(1);
  });

  test("accepts wrapped actions, imports, local helpers and type exports", () => {
    const source = `${header}
      import { z } from "zod";
      const helper = () => 1;
      export type Input = { a: string };
      export interface Output { b: number }
      export const a = defineAction({ input: z.object({}), rule: "auth.signOut", run: async () => ({ ok: true, data: undefined }) });
      export const b = definePublicAction({ input: z.object({}), rule: "locale.change", run: async () => ({ ok: true, data: undefined }) });`;
    expect(checkServerModule("ok.ts", source)).toEqual([]);
  });

  test.each([
    ["an exported async function", "export async function deleteEverything() {}", /"deleteEverything" is a function/],
    ["an exported arrow function", "export const deleteEverything = async () => {};", /"deleteEverything" is not created by defineAction/],
    ["a let export", "export let a = defineAction({} as never);", /"a" is not a const/],
    ["a re-export", "const x = defineAction({} as never);\nexport { x };", /re-export/],
    ["a re-export from another module", 'export { signOut } from "./elsewhere";', /re-export/],
    ["a default export", "export default defineAction({} as never);", /default export/],
    ["a wrapper of the same name from elsewhere", 'import { defineAction as d } from "./fake";\nexport const a = d({} as never);', /not created by defineAction/],
    [
      "a local function named like the wrapper",
      "function definePublicAction(f: unknown) { return f; }\nexport const a = definePublicAction(async () => {});",
      /calls definePublicAction, but not the one imported/,
    ],
    ["an exported class", "export class Actions {}", /"Actions" is a class/],
  ])("rejects %s", (_label, body, message) => {
    const source = body.includes("import {") || body.includes("function define") ? `"use server";\n${body}` : `${header}${body}`;
    const problems = checkServerModule("bad.ts", source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(problems[0]).toMatch(/^bad\.ts:\d+: /);
  });

  test("recognises the directive only at the top of a module", () => {
    expect(isUseServerFile(parse("a.ts", `"use server";\nexport const x = 1;`))).toBe(true);
    expect(isUseServerFile(parse("a.ts", `'use strict';\n'use server';\nexport const x = 1;`))).toBe(true);
    expect(isUseServerFile(parse("a.ts", `// comment\n"use server";`))).toBe(true);
    expect(isUseServerFile(parse("a.ts", `import x from "y";\n"use server";`))).toBe(false);
    expect(isUseServerFile(parse("a.ts", `const s = "use server";`))).toBe(false);
  });

  test("finds inline server actions in components", () => {
    const source = `export default function Page() {\n  async function save() {\n    "use server";\n  }\n  return null;\n}`;
    expect(findInlineServerActions("page.tsx", source)).toEqual(["page.tsx:2"]);
    expect(findInlineServerActions("page.tsx", `function f() { const s = "use server"; }`)).toEqual([]);
  });
});
