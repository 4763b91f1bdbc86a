import { cleanFileName, decodeFileNameHeader } from './file-name';

describe('cleaning an uploaded file name', () => {
  it.each([
    ['Bail commercial.pdf', 'Bail commercial.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\claire\\Documents\\Contrat.docx', 'Contrat.docx'],
    ['C:Contrat.docx', 'Contrat.docx'],
    ['/var/tmp/scan.png', 'scan.png'],
    ['statement\u0000\u0007 of\nclaim.pdf', 'statement of claim.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['zero\u200Bwidth.txt', 'zerowidth.txt'],
    ['  spaced out.txt  ', 'spaced out.txt'],
    ['what? "really" <yes>|*.txt', 'what_ _really_ _yes___.txt'],
    ['trailing dots...', 'trailing dots'],
    ['.hidden', '.hidden'],
    ['..', 'file'],
    ['', 'file'],
    ['../', 'file'],
    ['\u202E\u0000', 'file'],
    ['Résiliation du bail 📄.pdf', 'Résiliation du bail 📄.pdf'],
    ['Re\u0301siliation.pdf', 'Résiliation.pdf'],
  ])('%j → %j', (raw, cleaned) => {
    expect(cleanFileName(raw)).toBe(cleaned);
  });

  it('keeps at most 200 characters, with the extension, never cutting a character in two', () => {
    const long = cleanFileName(`${'a'.repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('a.docx')).toBe(true);
    const emoji = cleanFileName(`${'📄'.repeat(250)}.pdf`);
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji.endsWith('📄.pdf')).toBe(true);
    expect(emoji).not.toMatch(/\p{Cs}/u);
    expect(cleanFileName(`x.${'e'.repeat(250)}`)).toHaveLength(200);
  });

  it('reads the header as percent-encoded UTF-8, and refuses broken encodings', () => {
    expect(decodeFileNameHeader(encodeURIComponent('Contrat résilié 📄.pdf'))).toBe('Contrat résilié 📄.pdf');
    expect(decodeFileNameHeader(undefined)).toBe('');
    expect(decodeFileNameHeader('%E9t%C3')).toBeUndefined();
    expect(decodeFileNameHeader('%zz')).toBeUndefined();
  });
});
