'use strict';
// Top-level await at the REPL prompt, without a full parser.
//
// A script may not use `await` outside an async function, so an input with
// `await` in it is rewritten as
//
//   let a, b; var f;              ← its top-level declarations, hoisted so
//   (async () => {                   they outlive the call
//     void (a = 1, ({ b } = o));  ← declarations become assignments
//     f = function f() {};
//     return (await a + b);       ← the last expression statement's value
//   })()
//
// and the REPL awaits the promise. The rewrite works on tokens (a small
// lexer that knows strings, templates, comments and regular expressions) and
// on statements split at depth 0; if its output does not compile, the REPL
// reports the original SyntaxError.

const kRegexAfterNames = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await',
]);
const kPunct = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=',
  '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>',
];

// tokenize(src) → [{ type, value, start, end, nl }] where nl says a line
// break came before the token. Throws nothing: unterminated things end at
// the end of the input.
function tokenize(src) {
  const tokens = [];
  let i = 0;
  let nl = false;
  const braceStack = [];  // 'template' marks a ${ inside a template literal

  function prevAllowsRegex() {
    const prev = tokens[tokens.length - 1];
    if (!prev) return true;
    if (prev.type === 'name') return kRegexAfterNames.has(prev.value);
    if (prev.type === 'punct') return ![')', ']', '}'].includes(prev.value);
    return false;
  }

  // Scans template characters from i (after ` or }) to the closing ` or ${.
  function scanTemplate(start) {
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i++;
        tokens.push({ type: 'template', value: src.slice(start, i), start, end: i, nl });
        return;
      } else if (c === '$' && src[i + 1] === '{') {
        i += 2;
        braceStack.push('template');
        tokens.push({ type: 'template', value: src.slice(start, i), start, end: i, nl });
        return;
      } else {
        i++;
      }
    }
    tokens.push({ type: 'template', value: src.slice(start), start, end: src.length, nl });
  }

  while (i < src.length) {
    const c = src[i];
    const start = i;
    if (c === '\n' || c === '\u2028' || c === '\u2029') {
      nl = true;
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const endComment = src.indexOf('*/', i + 2);
      const stop = endComment === -1 ? src.length : endComment + 2;
      if (src.slice(i, stop).includes('\n')) nl = true;
      i = stop;
      continue;
    }
    if (/[\p{ID_Start}$_\\]/u.test(c)) {
      i++;
      while (i < src.length && /[\p{ID_Continue}$\u200c\u200d\\]/u.test(src[i])) i++;
      tokens.push({ type: 'name', value: src.slice(start, i), start, end: i, nl });
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1]))) {
      i++;
      while (i < src.length && /[0-9a-zA-Z_.]/.test(src[i])) i++;
      tokens.push({ type: 'num', value: src.slice(start, i), start, end: i, nl });
    } else if (c === '"' || c === '\'') {
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
      i++;
      tokens.push({ type: 'str', value: src.slice(start, i), start, end: i, nl });
    } else if (c === '`') {
      i++;
      scanTemplate(start);
    } else if (c === '}' && braceStack[braceStack.length - 1] === 'template') {
      braceStack.pop();
      i++;
      scanTemplate(start);
    } else if (c === '/' && prevAllowsRegex()) {
      i++;
      let inClass = false;
      while (i < src.length && src[i] !== '\n') {
        if (src[i] === '\\') {
          i += 2;
          continue;
        }
        if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
        else if (src[i] === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < src.length && /[a-z]/.test(src[i])) i++;
      tokens.push({ type: 'regex', value: src.slice(start, i), start, end: i, nl });
    } else {
      let value = c;
      for (const p of kPunct) {
        if (src.startsWith(p, i)) {
          value = p;
          break;
        }
      }
      i += value.length;
      if (value === '{') braceStack.push('{');
      else if (value === '}') braceStack.pop();
      tokens.push({ type: 'punct', value, start, end: i, nl });
    }
    nl = false;
  }
  return tokens;
}

const kOpen = new Set(['(', '[', '{']);
const kClose = new Set([')', ']', '}']);
const kNoSplitAfterBrace = new Set(['else', 'catch', 'finally', 'while', 'in', 'of', 'instanceof']);

function depthDelta(tok) {
  if (tok.type === 'template') {
    // `...${ opens, }...${ keeps, }...` closes.
    const opens = tok.value.endsWith('${');
    const closes = tok.value.startsWith('}');
    return (opens ? 1 : 0) - (closes ? 1 : 0);
  }
  if (tok.type !== 'punct') return 0;
  if (kOpen.has(tok.value)) return 1;
  if (kClose.has(tok.value)) return -1;
  return 0;
}

// Top-level statements as [first, last] token index ranges (inclusive),
// without their `;`.
function splitStatements(tokens) {
  const statements = [];
  let depth = 0;
  let first = 0;
  const close = (last) => {
    if (last >= first) statements.push([first, last]);
  };
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    depth += depthDelta(tok);
    if (depth !== 0) continue;
    const next = tokens[k + 1];
    if (tok.type === 'punct' && tok.value === ';') {
      close(k - 1);
      first = k + 1;
    } else if (tok.type === 'punct' && tok.value === '}' && next &&
               ((next.type === 'name' && !kNoSplitAfterBrace.has(next.value)) ||
                next.type === 'num' || next.type === 'str')) {
      close(k);
      first = k + 1;
    } else if (next && next.nl && ['name', 'num', 'str', 'template'].includes(next.type) &&
               !(next.type === 'name' && kNoSplitAfterBrace.has(next.value)) &&
               (['name', 'num', 'str', 'template', 'regex'].includes(tok.type) ||
                [')', ']', '}', '++', '--'].includes(tok.value))) {
      close(k);
      first = k + 1;
    }
  }
  close(tokens.length - 1);
  return statements;
}

// Splits tokens[a..b] at depth-0 commas.
function splitCommas(tokens, a, b) {
  const parts = [];
  let depth = 0;
  let first = a;
  for (let k = a; k <= b; k++) {
    const tok = tokens[k];
    depth += depthDelta(tok);
    if (depth === 0 && tok.type === 'punct' && tok.value === ',') {
      parts.push([first, k - 1]);
      first = k + 1;
    }
  }
  parts.push([first, b]);
  return parts;
}

// The names a binding pattern declares: identifiers not used as property
// keys (`b` in `{ b: c }`) nor as default values.
function patternNames(tokens, a, b) {
  const names = [];
  let inDefault = 0;
  let depth = 0;
  for (let k = a; k <= b; k++) {
    const tok = tokens[k];
    depth += depthDelta(tok);
    if (tok.type === 'punct' && tok.value === '=') {
      inDefault = depth;
      continue;
    }
    if (inDefault && tok.type === 'punct' && (tok.value === ',' || kClose.has(tok.value)) &&
        depth < inDefault + (kClose.has(tok.value) ? 0 : 1)) {
      inDefault = 0;
    }
    if (inDefault || tok.type !== 'name') continue;
    const next = tokens[k + 1];
    if (next && next.type === 'punct' && next.value === ':') continue;
    names.push(tok.value);
  }
  return names;
}

// Index of the token closing the block whose `{` is the first at or after k.
function blockEnd(tokens, k) {
  while (k < tokens.length && !(tokens[k].type === 'punct' && tokens[k].value === '{')) k++;
  let depth = 0;
  for (; k < tokens.length; k++) {
    depth += depthDelta(tokens[k]);
    if (depth === 0) return k;
  }
  return tokens.length - 1;
}

const kStatementKeywords = new Set([
  'if', 'for', 'while', 'do', 'try', 'switch', 'return', 'throw', 'break', 'continue',
  'let', 'const', 'var', 'function', 'class', 'import', 'export', 'debugger', 'with',
]);

// rewrite(src) → { code, names } or null when it cannot help.
function rewrite(src) {
  const tokens = tokenize(src);
  const text = (a, b) => (a > b ? '' : src.slice(tokens[a].start, tokens[b].end));
  const hoistLet = [];
  const hoistVar = [];
  const body = [];
  const statements = splitStatements(tokens);
  statements.forEach(([a, b], index) => {
    const last = index === statements.length - 1;
    const head = tokens[a];
    const isAsyncFn = head.value === 'async' && tokens[a + 1]?.value === 'function' &&
      !tokens[a + 1].nl;
    const next = tokens[a + 1];
    const isDeclaration = head.type === 'name' && next !== undefined &&
      (head.value === 'const' || head.value === 'var' ||
       (head.value === 'let' && (next.type === 'name' || next.value === '[' || next.value === '{')));
    if (isDeclaration) {
      const assignments = [];
      for (const [c, d] of splitCommas(tokens, a + 1, b)) {
        let eq = -1;
        let depth = 0;
        for (let k = c; k <= d; k++) {
          depth += depthDelta(tokens[k]);
          if (depth === 0 && tokens[k].value === '=' && tokens[k].type === 'punct') {
            eq = k;
            break;
          }
        }
        const targetEnd = eq === -1 ? d : eq - 1;
        const names = patternNames(tokens, c, targetEnd);
        (head.value === 'var' ? hoistVar : hoistLet).push(...names);
        if (eq !== -1) {
          const target = text(c, targetEnd);
          assignments.push(tokens[c].value === '{' ? `(${target} = ${text(eq + 1, d)})` :
            `${target} = ${text(eq + 1, d)}`);
        }
      }
      body.push(assignments.length ? `void (${assignments.join(', ')});` : '');
      return;
    }
    if (head.type === 'name' && (head.value === 'function' || isAsyncFn)) {
      const nameTok = tokens[a + (isAsyncFn ? 2 : 1)];
      const name = nameTok?.value === '*' ? tokens[a + (isAsyncFn ? 3 : 2)]?.value : nameTok?.value;
      const end = blockEnd(tokens, a);
      if (name) {
        hoistVar.push(name);
        body.push(`${name} = ${text(a, end)};`);
        if (end < b) body.push(`${text(end + 1, b)};`);
        return;
      }
    }
    if (head.type === 'name' && head.value === 'class' && tokens[a + 1]?.type === 'name' &&
        tokens[a + 1].value !== 'extends') {
      const name = tokens[a + 1].value;
      const end = blockEnd(tokens, a);
      hoistLet.push(name);
      body.push(`${name} = ${text(a, end)};`);
      if (end < b) body.push(`${text(end + 1, b)};`);
      return;
    }
    const stmt = text(a, b);
    if (last && !(head.type === 'name' && kStatementKeywords.has(head.value)) &&
        !(head.type === 'punct' && head.value === '{')) {
      body.push(`return (${stmt}\n);`);
    } else {
      body.push(`${stmt};`);
    }
  });
  let code = '';
  if (hoistLet.length) code += `let ${[...new Set(hoistLet)].join(', ')}; `;
  if (hoistVar.length) code += `var ${[...new Set(hoistVar)].join(', ')}; `;
  code += `(async () => { ${body.join('\n')}\n})()`;
  return { code, names: [...new Set(hoistLet)] };
}

// The names an input declares with let/const/class at the top level (so
// completion can offer them: they are not properties of globalThis).
function lexicalNames(src) {
  const tokens = tokenize(src);
  const names = [];
  for (const [a, b] of splitStatements(tokens)) {
    const head = tokens[a];
    if (head.type !== 'name') continue;
    if (head.value === 'let' || head.value === 'const') {
      for (const [c, d] of splitCommas(tokens, a + 1, b)) {
        let end = d;
        for (let k = c; k <= d; k++) {
          if (tokens[k].value === '=' && tokens[k].type === 'punct') {
            end = k - 1;
            break;
          }
        }
        names.push(...patternNames(tokens, c, end));
      }
    } else if (head.value === 'class' && tokens[a + 1]?.type === 'name') {
      names.push(tokens[a + 1].value);
    }
  }
  return names;
}

// Whether `await` appears as a word (not in a string, comment or property).
function hasAwait(src) {
  if (!src.includes('await')) return false;
  const tokens = tokenize(src);
  return tokens.some((t, k) => t.type === 'name' && t.value === 'await' &&
                     !(tokens[k - 1]?.type === 'punct' && ['.', '?.'].includes(tokens[k - 1].value)));
}

module.exports = { tokenize, rewrite, lexicalNames, hasAwait };
