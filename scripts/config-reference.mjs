#!/usr/bin/env node
// docs/operations.md's configuration reference: every setting the services read through Quarkus's configuration, with
// its default and what it means, generated from the code so that what operators read cannot drift from what runs.
//
//   node scripts/config-reference.mjs                             prints the reference (markdown)
//   node scripts/config-reference.mjs --write docs/operations.md  puts it between the file's markers
//   node scripts/config-reference.mjs --check docs/operations.md  exits 1 when the file's copy is not what the code
//                                                                 says (scripts/test.sh runs this)
//
// What it reads, for casework-backbone (whose settings every service shares) and for each service:
// - The properties files: the backbone's META-INF/microprofile-config.properties and the service's own
//   application.properties, which overrides it. A setting operators give is an environment variable in a value,
//   ${NAME:default} or ${NAME} (no default: the service does not start without it). Its meaning is the first
//   sentence of the comment block nearest above it in its paragraph, because that is where this suite explains a
//   setting. %dev and %test lines never reach production and are left out; a %prod line would, and is shown.
// - The code: every @ConfigMapping interface, whose properties are its prefix and each method's name in kebab case
//   (through nested groups), with @WithDefault as the default and the method's Javadoc as the meaning; every
//   @ConfigProperty; and ${property:default} in the code's annotations (the scheduler's intervals), which no
//   properties file shows. A value the properties files give such a property wins over the code's default, and a
//   variable they name is the one the project documents.
// A row's meaning is the code's Javadoc when there is one, since it speaks of that one property, and otherwise the
// properties file's comment, which may speak of its whole paragraph.
// What it cannot see, and the page says so: a library that reads the environment itself (casework-timescales'
// CASEWORK_EXTRA_BANK_HOLIDAYS), and Quarkus's own settings that the suite neither sets from a variable nor reads.
//
// Node's own modules only: the check runs wherever node is, before any npm install.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  SERVICES, backboneProperties, serviceProperties, propertyEntries, javaFiles, envName,
} from "./lib/service-config.mjs";

const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
const START = "<!-- configuration-reference:start -->";
const END = "<!-- configuration-reference:end -->";
// A meaning longer than this is cut at a clause boundary: the tables must stay readable.
const MEANING_LIMIT = 160;
const NO_MEANING = "(no comment in the code says what this is)"; // and a warning asks for one

// ---------------------------------------------------------------------------------------------------------------
// Properties files.

// The properties that reach production, each with the comment that explains it: key -> { value, prod, comment }.
// prod is a %prod line's value, when there is one.
function readSettingsFile(path) {
  const lines = readFileSync(path, "utf8").split("\n");
  const settings = new Map();
  for (const entry of propertyEntries(path)) {
    const profiles = entry.profile === undefined ? [] : entry.profile.split(",");
    if (entry.profile !== undefined && !profiles.includes("prod")) continue;
    const setting = settings.get(entry.key) ?? {};
    if (entry.profile === undefined) setting.value = entry.value;
    else setting.prod = entry.value;
    setting.comment ??= commentAbove(lines, entry.line - 1);
    settings.set(entry.key, setting);
  }
  return settings;
}

// The first sentence of the nearest comment block above lines[index], within its paragraph (up to a blank line).
// The comment that opens the file describes the file, not its first property.
function commentAbove(lines, index) {
  let end = index - 1;
  while (end >= 0 && lines[end].trim() && !isComment(lines[end])) end--;
  if (end < 0 || !lines[end].trim()) return undefined;
  let start = end;
  while (start > 0 && isComment(lines[start - 1])) start--;
  if (start === 0) return undefined;
  const text = lines.slice(start, end + 1).map((line) => line.trim().replace(/^#\s?/, "")).join(" ");
  return firstSentence(text);
}

const isComment = (line) => line.trim().startsWith("#");

// The variables a value reads: ${NAME:default} gives { name, fallback }, ${NAME} { name } alone. A default may itself
// hold an expression (${CASEWORK_UPLOADS_DIR:${java.io.tmpdir}/case-notes-uploads}); property references
// (${quarkus.uuid}) are not variables.
function variablesIn(value) {
  return expressionsIn(value).filter((e) => /^[A-Z][A-Z0-9_]*$/.test(e.name));
}

function expressionsIn(value) {
  const found = [];
  for (let i = value.indexOf("${"); i >= 0; i = value.indexOf("${", i + 2)) {
    const close = closingBrace(value, i + 2);
    if (close < 0) break;
    const body = value.slice(i + 2, close);
    const colon = body.indexOf(":");
    found.push(colon < 0
      ? { name: body, start: i, end: close + 1 }
      : { name: body.slice(0, colon), fallback: body.slice(colon + 1), start: i, end: close + 1 });
    i = close - 1;
  }
  return found;
}

function closingBrace(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

// The default a value gives when its variables are unset.
function defaultOfValue(value) {
  const variables = variablesIn(value);
  if (variables.some((v) => v.fallback === undefined)) return { kind: "required" };
  let text = value;
  for (const v of [...variables].reverse()) text = text.slice(0, v.start) + v.fallback + text.slice(v.end);
  return text === "" ? { kind: "empty" } : { kind: "value", text };
}

// ---------------------------------------------------------------------------------------------------------------
// Java sources: just enough of the language to find configuration interfaces, their methods and their Javadoc.

// The index just past a string, character literal or comment starting at i; i itself when there is none there.
function skipLiteral(text, i) {
  if (text.startsWith("//", i)) {
    const end = text.indexOf("\n", i);
    return end < 0 ? text.length : end;
  }
  if (text.startsWith("/*", i)) {
    const end = text.indexOf("*/", i + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (text.startsWith('"""', i)) {
    const end = text.indexOf('"""', i + 3);
    return end < 0 ? text.length : end + 3;
  }
  if (text[i] === '"' || text[i] === "'") {
    let j = i + 1;
    while (j < text.length && text[j] !== text[i]) j += text[j] === "\\" ? 2 : 1;
    return j + 1;
  }
  return i;
}

// The index of the bracket that closes the one at open ("(" or "{"), skipping literals and comments.
function matching(text, open) {
  const [opening, closing] = text[open] === "(" ? ["(", ")"] : ["{", "}"];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const skipped = skipLiteral(text, i);
    if (skipped > i) { i = skipped - 1; continue; }
    if (text[i] === opening) depth++;
    else if (text[i] === closing && --depth === 0) return i;
  }
  return -1;
}

// A Java string literal's value.
function stringValue(literal) {
  return literal.slice(1, -1).replace(/\\(.)/g, (all, c) => ({ n: "\n", t: "\t" })[c] ?? c);
}

// An annotation's named string arguments: @ConfigProperty(name = "x", defaultValue = "y") gives { name, defaultValue };
// @WithDefault("x") gives { value }.
function annotationArguments(args) {
  const found = {};
  const single = args.trim().match(/^("(?:[^"\\]|\\.)*")$/);
  if (single) found.value = stringValue(single[1]);
  for (const m of args.matchAll(/(\w+)\s*=\s*("(?:[^"\\]|\\.)*"|[\w.]+)/g)) {
    found[m[1]] = m[2].startsWith('"') ? stringValue(m[2]) : m[2];
  }
  return found;
}

// Takes the annotations off the front of a declaration: { annotations: name -> arguments, rest, offset }, where rest
// is the declaration after them and offset where it starts in code.
function splitAnnotations(code) {
  const annotations = new Map();
  const skipSpace = (i) => i + code.slice(i).match(/^\s*/)[0].length;
  let offset = skipSpace(0);
  for (let m = code.slice(offset).match(/^@([\w.]+)\s*/); m; m = code.slice(offset).match(/^@([\w.]+)\s*/)) {
    offset += m[0].length;
    let args = "";
    if (code[offset] === "(") {
      const close = matching(code, offset);
      args = code.slice(offset + 1, close);
      offset = skipSpace(close + 1);
    }
    annotations.set(m[1].replace(/^.*\./, ""), annotationArguments(args));
  }
  return { annotations, rest: code.slice(offset).trim(), offset };
}

// The declarations directly inside a type's body, each as its text: a method ends at ";" and a nested type or a
// default method at its closing brace.
function members(body) {
  const found = [];
  let start = 0, braces = 0, parens = 0;
  for (let i = 0; i < body.length; i++) {
    const skipped = skipLiteral(body, i);
    if (skipped > i) { i = skipped - 1; continue; }
    const c = body[i];
    if (c === "(") parens++;
    else if (c === ")") parens--;
    else if (c === "{" && parens === 0) braces++;
    else if ((c === "}" && parens === 0 && --braces === 0) || (c === ";" && braces === 0 && parens === 0)) {
      found.push(body.slice(start, i + 1));
      start = i + 1;
    }
  }
  return found;
}

// A declaration's text with every comment blanked out, character for character, so that a position in one is the
// same in the other; and its Javadoc comments with their positions.
function commentsApart(text) {
  const javadocs = [];
  let code = "";
  for (let i = 0; i < text.length;) {
    const next = Math.max(skipLiteral(text, i), i + 1);
    const comment = text.startsWith("//", i) || text.startsWith("/*", i);
    if (text.startsWith("/**", i)) javadocs.push({ start: i, text: text.slice(i, next) });
    code += comment ? text.slice(i, next).replace(/[^\n]/g, " ") : text.slice(i, next);
    i = next;
  }
  return { javadocs, code };
}

const NESTED_TYPE = /^(?:(?:public|static|sealed|non-sealed)\s+)*(interface|enum|class|record)\s+(\w+)([^{]*)\{/;

// A type's body parsed into what a configuration mapping needs: its methods and its nested interfaces.
// { name, methods: [{ name, type, annotations, javadoc }], nested: name -> type, parent, extends }
function parseInterface(name, header, body, parent) {
  const type = { name, methods: [], nested: new Map(), parent, extends: extendsOf(header) };
  for (const member of members(body)) {
    const { javadocs, code } = commentsApart(member);
    const { annotations, rest, offset } = splitAnnotations(code);
    // The declaration's own Javadoc comes before it; any later one is inside a nested type.
    const javadoc = javadocs.filter((j) => j.start < offset).at(-1)?.text;
    const nested = rest.match(NESTED_TYPE);
    if (nested) {
      const open = offset + nested[0].length - 1;
      const body = member.slice(open + 1, matching(member, open));
      if (nested[1] === "interface") type.nested.set(nested[2], parseInterface(nested[2], nested[3], body, type));
      continue;
    }
    const method = rest.match(/^(?:public\s+|abstract\s+)*([\w.<>?,\s[\]]+?)\s+(\w+)\s*\(\s*\)\s*;$/);
    if (method) type.methods.push({ name: method[2], type: method[1].replace(/\s+/g, ""), annotations, javadoc });
  }
  return type;
}

function extendsOf(header) {
  const m = header.match(/\bextends\s+([\w.<>,\s]+)/);
  return m ? m[1].split(",").map((s) => s.trim().replace(/<.*$/, "")).filter(Boolean) : [];
}

// Every interface a source tree declares at the top of a file, by name, for mappings whose groups live elsewhere.
function topLevelInterfaces(sources) {
  const found = new Map();
  for (const text of sources) {
    for (const m of text.matchAll(/^(?:public\s+)?interface\s+(\w+)([^{]*)\{/gm)) {
      const open = m.index + m[0].length - 1;
      found.set(m[1], parseInterface(m[1], m[2], text.slice(open + 1, matching(text, open)), undefined));
    }
  }
  return found;
}

// The interface a return type names, looked up as Java would: nested in this one or an enclosing one, then
// top-level.
function resolveGroup(typeName, scope, topLevel) {
  const simple = typeName.replace(/^.*\./, "");
  for (let t = scope; t; t = t.parent) {
    if (t.nested.has(simple)) return t.nested.get(simple);
    if (t.name === simple) return t;
  }
  return topLevel.get(simple);
}

// A method name as a property segment under the mapping's naming strategy (kebab case unless it says otherwise).
function propertySegment(method, strategy) {
  if (strategy === "VERBATIM") return method;
  const separator = strategy === "SNAKE_CASE" ? "_" : "-";
  return method.replace(/([a-z0-9])([A-Z])/g, `$1${separator}$2`).replace(/([A-Z])([A-Z][a-z])/g, `$1${separator}$2`)
    .toLowerCase();
}

// The leaf properties of a mapping: { property, default, meaning }.
function mappingSettings(prefix, type, strategy, topLevel) {
  const settings = [];
  const inherited = type.extends.flatMap((name) => resolveGroup(name, type, topLevel)?.methods ?? []);
  const methods = [...type.methods, ...inherited];
  for (const method of methods) {
    const { annotations } = method;
    const segment = annotations.has("WithParentName") ? ""
      : annotations.get("WithName")?.value ?? propertySegment(method.name, strategy);
    const name = [prefix, segment].filter(Boolean).join(".");
    const { optional, container, element } = shape(method.type);
    const group = resolveGroup(element, type, topLevel);
    if (group) {
      const groupPrefix = container === "map" ? `${name}.<key>` : container === "list" ? `${name}[<index>]` : name;
      settings.push(...mappingSettings(groupPrefix, group, strategy, topLevel));
      continue;
    }
    settings.push({
      property: container === "map" ? `${name}.<key>` : name,
      default: codeDefault(annotations.get("WithDefault")?.value, optional || container === "map"),
      meaning: javadocSentence(method.javadoc),
    });
  }
  return settings;
}

// What a method's return type says of its property: Optional<X> may be absent, Map<K, X> is one property per key,
// List<X> and Set<X> a comma-separated list; element is X.
function shape(type) {
  const optional = type.match(/^Optional(?:<(.+)>|(Int|Long|Double))$/);
  const inner = optional ? optional[1] ?? optional[2].toLowerCase() : type;
  const map = inner.match(/^(?:Sorted)?Map<[^,]+,(.+)>$/);
  const list = inner.match(/^(?:List|Set|Collection)<(.+)>$/);
  return {
    optional: Boolean(optional),
    container: map ? "map" : list ? "list" : undefined,
    element: map ? map[1] : list ? list[1] : inner,
  };
}

function codeDefault(value, optional) {
  if (value !== undefined) return value === "" ? { kind: "empty" } : { kind: "value", text: value };
  return { kind: optional ? "none" : "required" };
}

// The Javadoc just above position index, when nothing but annotations stands between them.
function javadocBefore(text, index) {
  const end = text.lastIndexOf("*/", index);
  if (end < 0) return undefined;
  const between = text.slice(end + 2, index);
  if (!/^(\s*@[\w.]+(\([^()]*\))?)*\s*$/.test(between)) return undefined;
  const start = text.lastIndexOf("/**", end);
  return start < 0 ? undefined : text.slice(start, end + 2);
}

// Every setting a source tree's code reads: { property, default, meaning }, the first source naming a property
// giving what the later ones leave out.
function codeSettings(dir) {
  const sources = javaFiles(dir).sort().map((file) => readFileSync(file, "utf8"));
  const topLevel = topLevelInterfaces(sources);
  const found = new Map();
  const add = (setting) => {
    const known = found.get(setting.property);
    if (!known) found.set(setting.property, setting);
    else {
      if (known.default.kind === "required" && setting.default.kind !== "required") known.default = setting.default;
      known.meaning ??= setting.meaning;
    }
  };
  for (const text of sources) {
    configMappings(text).forEach(({ prefix, strategy, type }) =>
      mappingSettings(prefix, type, strategy, topLevel).forEach(add));
  }
  for (const text of sources) configProperties(text).forEach(add);
  for (const text of sources) annotationExpressions(text).forEach(add);
  return found;
}

// @ConfigMapping(prefix = "...") interfaces: { prefix, strategy, type }.
function configMappings(text) {
  const found = [];
  for (const m of text.matchAll(/@ConfigMapping\s*\(/g)) {
    const open = m.index + m[0].length - 1;
    const { prefix = "", namingStrategy } = annotationArguments(text.slice(open + 1, matching(text, open)));
    const declaration = text.slice(open).match(/\binterface\s+(\w+)([^{]*)\{/);
    const body = open + declaration.index + declaration[0].length - 1;
    const type = parseInterface(declaration[1], declaration[2], text.slice(body + 1, matching(text, body)), undefined);
    found.push({ prefix, strategy: namingStrategy?.replace(/^.*\./, ""), type });
  }
  return found;
}

// @ConfigProperty(name = "...", defaultValue = "...") on fields and parameters.
function configProperties(text) {
  const found = [];
  for (const m of text.matchAll(/@ConfigProperty\s*\(/g)) {
    const open = m.index + m[0].length - 1;
    const { name, defaultValue } = annotationArguments(text.slice(open + 1, matching(text, open)));
    if (!name) continue;
    const type = text.slice(matching(text, open) + 1).match(/^\s*([\w.<>,\s]+?)\s+\w+\s*[;,)=]/)?.[1] ?? "";
    found.push({
      property: name,
      default: codeDefault(defaultValue, shape(type.replace(/\s+/g, "")).optional),
      meaning: javadocSentence(javadocBefore(text, m.index)),
    });
  }
  return found;
}

// ${property:default} in an annotation's strings, such as @Scheduled(every = "${casework.outbox.cleanup-every:10m}").
function annotationExpressions(text) {
  const found = [];
  for (const m of text.matchAll(/"\$\{([a-z][\w.-]*)(?::([^}"]*))?\}"/g)) {
    const annotation = text.lastIndexOf("@", m.index);
    found.push({
      property: m[1],
      default: codeDefault(m[2], false),
      meaning: javadocSentence(javadocBefore(text, annotation)),
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Meanings.

// A Javadoc comment's first sentence as plain text: {@code x} is x; {@link #retryMax()} is retry-max, as a mapping's
// reader knows the setting; {@link Type} is Type.
function javadocSentence(javadoc) {
  if (!javadoc) return undefined;
  const text = javadoc.replace(/^\/\*\*|\*\/$/g, "").split("\n")
    .map((line) => line.replace(/^\s*\*( |$)?/, "")).join("\n")
    .split(/\n\s*@\w+/)[0]
    .split(/<p>/i)[0]
    .replace(/\{@(?:code|literal)\s+([^}]*)\}/g, "$1")
    .replace(/\{@(?:link|linkplain)\s+([\w.]*)(?:#(\w+)(\([^)]*\))?)?(?:\s+([^}]*))?\}/g,
      (all, type, member, args, label) => label ?? (member ? (args === "()" ? propertySegment(member) : member) : type))
    .replace(/\{@value\s+#?([\w.#]+)\}/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return firstSentence(text);
}

// The first sentence: up to a full stop (or ? or !) followed by a capital, a digit or the end, but not the one of
// "e.g." or "i.e.". A sentence too long for the table is cut at its last clause boundary within the limit.
function firstSentence(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat) return undefined;
  const end = [...flat.matchAll(/[.?!](?= [A-Z0-9"(]|$)/g)].find((m) => !/\b(e\.g|i\.e)$/.test(flat.slice(0, m.index)));
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  return sentence.length <= MEANING_LIMIT ? sentence : cutAtClause(sentence);
}

// Cut before the last "; ", else ": ", else ", " within the limit that is outside brackets.
function cutAtClause(sentence) {
  for (const boundary of [";", ":", ","]) {
    let at = -1, depth = 0;
    for (let i = 0; i < MEANING_LIMIT; i++) {
      if (sentence[i] === "(") depth++;
      else if (sentence[i] === ")") depth--;
      else if (depth === 0 && sentence[i] === boundary && sentence[i + 1] === " ") at = i;
    }
    if (at > MEANING_LIMIT / 3) return `${sentence.slice(0, at)}.`;
  }
  return sentence;
}

// ---------------------------------------------------------------------------------------------------------------
// The rows of each table.

// One row: { variable, property, default, meaning } for a property, from what the properties files give it (setting)
// and what the code says of it (code).
function row(property, setting, code) {
  const given = setting?.prod ?? setting?.value;
  const variable = given === undefined ? undefined : variablesIn(given)[0]?.name;
  let value = setting?.value === undefined ? code?.default ?? { kind: "none" } : defaultOfValue(setting.value);
  if (setting?.prod !== undefined) value = { kind: "production", text: defaultOfValue(setting.prod), otherwise: value };
  return {
    variable: variable ?? variableOf(property),
    property,
    default: value,
    meaning: code?.meaning ?? setting?.comment,
  };
}

// The variable Quarkus reads for a property; a map's key stays a placeholder (casework.x.<key> is CASEWORK_X_<KEY>).
const variableOf = (property) => property.split("<key>").map(envName).join("<KEY>");

// The properties a file sets from a variable.
const fromVariables = (settings) => [...settings].filter(([, s]) => variablesIn(s.value ?? s.prod).length > 0);

// Every service's settings: the backbone's properties and code. A property the backbone leaves to each service
// (casework.outbox.topic) has its value in each service's table.
function backboneRows(backbone, backboneCode, services) {
  const properties = new Set([...fromVariables(backbone).map(([key]) => key), ...backboneCode.keys()]);
  return [...properties].map((property) => {
    const r = row(property, backbone.get(property), backboneCode.get(property));
    if (r.default.kind === "required" && services.every((s) => s.settings.has(property))) {
      r.default = { kind: "per service" };
    }
    return r;
  });
}

// A service's own settings: its properties set from variables, what its code reads beyond the backbone's, and the
// backbone's settings it gives a value of its own.
function serviceRows(service, backbone, backboneCode, shared) {
  const own = service.settings;
  const withComment = ([key, s]) => [key, { ...s, comment: s.comment ?? backbone.get(key)?.comment }];
  const settings = new Map([...backbone, ...[...own].map(withComment)]);
  const code = new Map([...backboneCode, ...service.code]);
  const properties = new Set([
    ...fromVariables(own).map(([key]) => key),
    ...[...service.code.keys()].filter((key) => !shared.has(key) || own.has(key)),
    ...[...shared].filter((key) => own.has(key)),
  ]);
  return [...properties].map((property) => row(property, settings.get(property), code.get(property)));
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown.

function reference() {
  const backbone = readSettingsFile(backboneProperties(REPO));
  const backboneCode = codeSettings(join(REPO, "casework-backbone/src/main/java"));
  const services = SERVICES.map((name) => ({
    name,
    settings: readSettingsFile(serviceProperties(REPO, name)),
    code: codeSettings(join(REPO, name, "src/main/java")),
  }));
  const shared = backboneRows(backbone, backboneCode, services);
  const sharedProperties = new Set(shared.map((r) => r.property));
  const sections = [
    "Generated by `node scripts/config-reference.mjs`: to change a meaning, change the comment it comes from, in the",
    "code or the properties file. Each row names the variable the project documents; the property's own variable",
    "(upper case, `_` for every other character: `CASEWORK_OUTBOX_RELAY_BATCH_SIZE` for",
    "`casework.outbox.relay.batch-size`) works too, and wins when both are set. The default is what a service runs",
    "with when neither is set: *required* means there is none and the service does not start without it, *empty* the",
    "empty string, *none* that the setting may be left unset, and *per service* that each service sets its own (in",
    "its table).",
    "",
    "### Every service",
    "",
    table(shared),
  ];
  for (const service of services) {
    sections.push("", `### ${service.name}`, "",
      "Besides the settings above: its own, and the shared ones it sets to a value of its own.", "",
      table(serviceRows(service, backbone, backboneCode, sharedProperties)));
  }
  return sections.join("\n");
}

function table(rows) {
  const lines = ["| Variable | Property | Default | Meaning |", "| --- | --- | --- | --- |"];
  for (const r of [...rows].sort((a, b) => (a.property < b.property ? -1 : a.property > b.property ? 1 : 0))) {
    if (!r.meaning) console.error(`config-reference: nothing in the code says what ${r.property} is: add a comment`);
    const cells = [inBackticks(r.variable), inBackticks(r.property), defaultCell(r.default)];
    lines.push(`| ${cells.join(" | ")} | ${plain(r.meaning ?? NO_MEANING)} |`);
  }
  return lines.join("\n");
}

function defaultCell(value) {
  if (value.kind === "value") return inBackticks(value.text);
  if (value.kind === "production") {
    return `${defaultCell(value.text)} in production, ${defaultCell(value.otherwise)} otherwise`;
  }
  return `*${value.kind}*`;
}

// Plain text in a cell: nothing in it may end the cell, open a tag or start emphasis.
const plain = (text) => text.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/\*/g, "\\*");

function inBackticks(text) {
  const fence = text.includes("`") ? "``" : "`";
  const pad = text.includes("`") ? " " : "";
  return `${fence}${pad}${text.replace(/\|/g, "\\|")}${pad}${fence}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The page.

function withReference(page, file, generated) {
  const start = page.indexOf(START), end = page.indexOf(END);
  if (start < 0 || end < start) fail(`${file} has no ${START} ... ${END} markers`, 2);
  return `${page.slice(0, start + START.length)}\n\n${generated}\n\n${page.slice(end)}`;
}

function fail(message, status = 1) {
  console.error(message);
  process.exit(status);
}

function main(args) {
  const generated = reference();
  if (args.length === 0) {
    process.stdout.write(`${generated}\n`);
    return;
  }
  const [mode, file] = args;
  if (!["--write", "--check"].includes(mode) || !file || args.length > 2) {
    fail("usage: node scripts/config-reference.mjs [--write FILE | --check FILE]", 2);
  }
  const page = readFileSync(file, "utf8");
  const updated = withReference(page, file, generated);
  if (mode === "--write") {
    if (updated !== page) writeFileSync(file, updated);
  } else if (updated !== page) {
    fail(`${file}'s configuration reference is not what the code says: `
      + `run node scripts/config-reference.mjs --write ${file}`);
  }
}

main(process.argv.slice(2));
