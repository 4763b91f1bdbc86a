import { attachmentContentTypes, AttachmentTypeNotAllowed, ContentSniffer } from './content-type';

/** A ZIP archive with stored (uncompressed) entries, as Office and OpenDocument files are shaped. */
function zipOf(entries: ReadonlyArray<readonly [string, string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = ['[Content_Types].xml', '<Types/>'] as const;

/** Feeds the content in chunks of `chunkSize`, as an upload arrives, then asks for the type. */
async function typeOf(content: Buffer, name = 'file', chunkSize = 5): Promise<string> {
  const sniffer = new ContentSniffer();
  for (let offset = 0; offset < content.length; offset += chunkSize)
    sniffer.observe(content.subarray(offset, offset + chunkSize));
  return sniffer.contentType(content.length, name, async (start, end) => content.subarray(start, end + 1));
}

describe('telling a file type by its content', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), attachmentContentTypes.pdf],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), attachmentContentTypes.png],
    ['a JPEG', Buffer.from('ffd8ffe000104a46494600010100', 'hex'), attachmentContentTypes.jpeg],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1'), attachmentContentTypes.gif],
    ['a WebP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), attachmentContentTypes.webp],
    ['UTF-8 text', Buffer.from('Contrat de bail résilié — 3 pages 📄\r\n'), attachmentContentTypes.text],
    ['an empty file', Buffer.alloc(0), attachmentContentTypes.text],
    [
      'a Word document',
      zipOf([contentTypes, ['_rels/.rels', '<Relationships/>'], ['word/document.xml', '<w:document/>']]),
      attachmentContentTypes.docx,
    ],
    ['an Excel workbook', zipOf([contentTypes, ['xl/workbook.xml', '<workbook/>']]), attachmentContentTypes.xlsx],
    [
      'a PowerPoint presentation',
      zipOf([contentTypes, ['ppt/presentation.xml', '<p:presentation/>']]),
      attachmentContentTypes.pptx,
    ],
    [
      'an OpenDocument text',
      zipOf([
        ['mimetype', 'application/vnd.oasis.opendocument.text'],
        ['content.xml', '<office:document-content/>'],
        ['META-INF/manifest.xml', '<manifest:manifest/>'],
      ]),
      attachmentContentTypes.odt,
    ],
    [
      'an OpenDocument spreadsheet',
      zipOf([
        ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'],
        ['content.xml', '<office:document-content/>'],
        ['META-INF/manifest.xml', '<manifest:manifest/>'],
      ]),
      attachmentContentTypes.ods,
    ],
  ])('accepts %s', async (_name, content, expected) => {
    expect(await typeOf(content)).toBe(expected);
    expect(await typeOf(content, 'file', 64 * 1024)).toBe(expected);
  });

  it('calls UTF-8 text named .csv CSV, and whatever its name a PNG stays a PNG', async () => {
    expect(await typeOf(Buffer.from('name;amount\nAcme;300\n'), 'fees.CSV')).toBe(attachmentContentTypes.csv);
    expect(await typeOf(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'scan.pdf')).toBe(
      attachmentContentTypes.png,
    );
  });

  it.each([
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1')],
    ['a Linux executable', Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00', 'latin1')],
    ['a plain ZIP archive', zipOf([['contract.pdf', '%PDF-1.7']])],
    ['a ZIP with a Word folder but no content types', zipOf([['word/document.xml', '<w:document/>']])],
    [
      'a Word document with macros',
      zipOf([contentTypes, ['word/document.xml', '<w:document/>'], ['word/vbaProject.bin', 'macro']]),
    ],
    ['an OpenDocument presentation', zipOf([['mimetype', 'application/vnd.oasis.opendocument.presentation']])],
    [
      'bytes that only begin like an OpenDocument',
      Buffer.concat([
        zipOf([['mimetype', 'application/vnd.oasis.opendocument.text']]).subarray(0, 80),
        Buffer.from('<html><script>alert(1)</script></html>'),
      ]),
    ],
    [
      'an OpenDocument with macros',
      zipOf([
        ['mimetype', 'application/vnd.oasis.opendocument.text'],
        ['content.xml', '<office:document-content/>'],
        ['META-INF/manifest.xml', '<manifest:manifest/>'],
        ['Basic/Standard/Module1.xml', 'macro'],
      ]),
    ],
    ['a ZIP cut short', zipOf([contentTypes, ['word/document.xml', '<w:document/>']]).subarray(0, 120)],
    ['text with a NUL byte', Buffer.from('Contract\u0000terms')],
    ['Latin-1 text (not UTF-8)', Buffer.from('Contrat résilié', 'latin1')],
    ['UTF-8 cut inside a character', Buffer.from('Bail résilié').subarray(0, 7)],
    ['gzip', Buffer.from('1f8b0800000000000003', 'hex')],
  ])('refuses %s', async (_name, content) => {
    await expect(typeOf(content, 'contract.pdf')).rejects.toBeInstanceOf(AttachmentTypeNotAllowed);
  });

  it('refuses binary content at the first NUL byte, before the rest arrives', () => {
    const sniffer = new ContentSniffer();
    sniffer.observe(Buffer.from('\x7fELF\x02\x01\x01', 'latin1'));
    expect(() => sniffer.observe(Buffer.from('\x00\x00\x00\x00\x00\x00', 'latin1'))).toThrow(AttachmentTypeNotAllowed);
  });
});
