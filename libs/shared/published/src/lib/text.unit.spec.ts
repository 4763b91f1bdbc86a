import { paragraphsText, hasUnsafeCharacters, nameText, withoutUnsafeCharacters } from './text';

describe('names people type', () => {
  const name = nameText({ min: 1, max: 120 });

  it.each([
    ['accents, apostrophes and other scripts', "Zoë O'Brien-Núñez"],
    ['a right-to-left name', 'نادية الراشد'],
    ['an emoji (a surrogate pair)', 'Acme 🚀'],
  ])('accepts %s', (_case, text) => {
    expect(name.safeParse(text).success).toBe(true);
  });

  it.each([
    ['NUL', 'Alice\u0000'],
    ['a line break', 'Alice\nBcc: x@example.test'],
    ['a tab', 'Alice\tMartin'],
    ['DEL', 'Alice\u007F'],
    ['a C1 control', 'Alice\u0085'],
    ['a line separator', 'Alice\u2028Martin'],
    ['a right-to-left override', 'Invoice \u202Efdp.exe'],
    ['a left-to-right isolate', 'Alice \u2066Martin\u2069'],
    ['a lone high surrogate', 'Alice \uD83D'],
    ['a lone low surrogate', '\uDE80 Alice'],
    ['a zero-width space that makes it look like another name', 'Commercial\u200B contracts'],
    ['a byte-order mark inside a name', 'Ali\uFEFFce'],
    ['a tag character', 'Alice\u{E0041}'],
    ['a word joiner', 'Ali\u2060ce'],
  ])('refuses %s', (_case, text) => {
    expect(hasUnsafeCharacters(text)).toBe(true);
    const parsed = name.safeParse(text);
    expect(parsed.success).toBe(false);
  });

  it('trims before it checks the limits', () => {
    expect(name.parse('  Alice  ')).toBe('Alice');
    expect(name.safeParse('   ').success).toBe(false);
  });
});

describe('unsafe characters in text shown to people', () => {
  it('turns breaks into spaces, broken characters into U+FFFD and drops the rest', () => {
    expect(withoutUnsafeCharacters('Alice\r\nBcc: x@example.test')).toBe('Alice  Bcc: x@example.test');
    expect(withoutUnsafeCharacters('A\u0000l\u001Bi\u202Ece\u2069 \uD83D')).toBe('Alice \uFFFD');
    expect(withoutUnsafeCharacters('Zoë 🚀 نادية')).toBe('Zoë 🚀 نادية');
  });
});

describe('longer text people type', () => {
  const description = paragraphsText({ max: 200 });

  it('keeps line breaks and tabs, and refuses the other unsafe characters', () => {
    expect(description.parse('First line\nSecond\tline\r\nThird')).toBe('First line\nSecond\tline\r\nThird');
    for (const text of ['Nul\u0000', 'Bidi \u202Eevil', 'Broken \uD800', 'Zero\u200Bwidth'])
      expect(description.safeParse(text).success).toBe(false);
  });

  it('keeps zero-width joiners, which some scripts and emoji need', () => {
    expect(description.parse('می\u200Cخواهم 👩\u200D💻')).toBe('می\u200Cخواهم 👩\u200D💻');
  });
});
