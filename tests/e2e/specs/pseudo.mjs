// A pseudo-locale for tests only: English Fluent files turned into accented text,
// about 40% longer, with every stretch of text wrapped in ⟦…⟧. Fluent syntax, message
// ids, variables `{ $x }`, select expressions, variant keys, term references and
// attributes are left intact, so the app loads it like any language. Text on screen
// that carries no ⟦ mark did not come from the Fluent files: it is hard-coded.

const ACCENTS = {
  a: 'å', b: 'ƀ', c: 'ç', d: 'đ', e: 'é', f: 'ƒ', g: 'ğ', h: 'ĥ', i: 'ï', j: 'ĵ', k: 'ķ', l: 'ł', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ř', s: 'š', t: 'ŧ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Đ', E: 'É', F: 'Ƒ', G: 'Ğ', H: 'Ĥ', I: 'Ï', J: 'Ĵ', K: 'Ķ', L: 'Ł', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ř', S: 'Š', T: 'Ŧ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const VOWELS = new Set([...'aeiouAEIOU']);

/** Accents the letters of a stretch of text and doubles its vowels (~40% longer). */
function accent(text) {
  let out = '';
  for (const ch of text) {
    const mapped = ACCENTS[ch] ?? ch;
    out += VOWELS.has(ch) ? mapped + mapped.toLowerCase() : mapped;
  }
  return out;
}

/**
 * Pseudo-localises the text of one Fluent pattern (the part after `id =`, a variant
 * key or a continuation line): text outside `{ … }` is accented and marked; what is
 * inside braces (variables, selectors, term references, string literals) is kept.
 * Braces may open on one line and close on a later one (select expressions), so the
 * depth is carried from line to line.
 */
function pattern(text, state) {
  let out = '';
  let run = '';
  const flush = () => {
    if (/\p{L}/u.test(run)) {
      const lead = run.match(/^\s*/)[0];
      const trail = run.match(/\s*$/)[0];
      out += `${lead}⟦${accent(run.trim())}⟧${trail}`;
    } else {
      out += run;
    }
    run = '';
  };
  for (const ch of text) {
    if (state.depth === 0 && ch !== '{') {
      run += ch;
      continue;
    }
    if (state.depth === 0) flush();
    if (ch === '{') state.depth += 1;
    if (ch === '}') state.depth -= 1;
    out += ch;
  }
  flush();
  return out;
}

/** Pseudo-localises a whole Fluent file. */
export function pseudoLocalise(ftl) {
  const state = { depth: 0 };
  return ftl
    .split('\n')
    .map((line) => {
      if (state.depth === 0) {
        if (line.trim() === '' || line.startsWith('#')) return line;
        // A message or term: keep `id =`, pseudo-localise the value.
        const entry = line.match(/^(-?[A-Za-z][\w-]*\s*=\s?)(.*)$/);
        if (entry) return entry[1] + pattern(entry[2], state);
        // An attribute: keep `.name =`.
        const attribute = line.match(/^(\s+\.[\w-]+\s*=\s?)(.*)$/);
        if (attribute) return attribute[1] + pattern(attribute[2], state);
        // A continuation line of a multi-line text.
        const indent = line.match(/^\s*/)[0];
        return indent + pattern(line.slice(indent.length), state);
      }
      // Inside a select expression: keep `[key]` / `*[key]`, pseudo-localise the variant.
      const variant = line.match(/^(\s*\*?\[[^\]]+\]\s*)(.*)$/);
      if (variant) {
        const inner = { depth: 0 };
        const value = variant[1] + pattern(variant[2], inner);
        state.depth += inner.depth;
        return value;
      }
      // The selector's closing brace, or a continuation of a variant.
      const indent = line.match(/^\s*/)[0];
      const rest = line.slice(indent.length);
      if (rest.startsWith('}')) {
        state.depth -= 1;
        return indent + '}' + pattern(rest.slice(1), state);
      }
      const inner = { depth: 0 };
      const value = indent + pattern(rest, inner);
      state.depth += inner.depth;
      return value;
    })
    .join('\n');
}

/** Whether a text shown on screen came through the pseudo-locale. */
export function isPseudo(text) {
  return text.includes('⟦');
}
