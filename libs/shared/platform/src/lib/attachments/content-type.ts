/**
 * What an attachment is, told by its bytes (never by its name or the Content-Type a client claims), against an
 * allow-list: documents, spreadsheets, presentations, images and plain UTF-8 text. Anything else is refused, among
 * them executables, archives, HTML passed off as an image and Office files with macros.
 */
export const attachmentContentTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  text: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

export type AttachmentContentType = (typeof attachmentContentTypes)[keyof typeof attachmentContentTypes];

/** Reads bytes `start`–`end` (inclusive) of the stored content: a ZIP's table of contents sits at its end. */
export type ReadRange = (start: number, end: number) => Promise<Buffer>;

/** Enough for every signature below, and for an OpenDocument's leading `mimetype` entry. */
const headBytes = 128;

const signatures: ReadonlyArray<readonly [AttachmentContentType | 'zip', (head: Buffer) => boolean]> = [
  ['application/pdf', (head) => startsWith(head, '%PDF-')],
  ['image/png', (head) => startsWith(head, '\x89PNG\r\n\x1a\n')],
  ['image/jpeg', (head) => head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff],
  ['image/gif', (head) => startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')],
  ['image/webp', (head) => startsWith(head, 'RIFF') && head.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['zip', (head) => startsWith(head, 'PK\x03\x04')],
];

function startsWith(head: Buffer, signature: string): boolean {
  return head.length >= signature.length && head.subarray(0, signature.length).toString('latin1') === signature;
}

export class AttachmentTypeNotAllowed extends Error {
  constructor(readonly reason: string) {
    super(`This kind of file is not accepted: ${reason}.`);
    this.name = 'AttachmentTypeNotAllowed';
  }
}

/**
 * Watches an upload go by, chunk by chunk, and names its type at the end. A file that can no longer be accepted (a
 * NUL byte or broken UTF-8 in what is not a known binary format) is refused at once by `observe`, before the rest
 * is received; a ZIP is told apart (Word, Excel, PowerPoint, OpenDocument, or refused) once stored, from its central
 * directory.
 */
export class ContentSniffer {
  private head = Buffer.alloc(0);
  /** Until 12 bytes tell whether a binary signature matches, the chunks wait here for their text check. */
  private undecided: Buffer[] | undefined = [];
  private binary: AttachmentContentType | 'zip' | undefined;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });

  observe(chunk: Buffer): void {
    if (this.head.length < headBytes)
      this.head = Buffer.concat([this.head, chunk.subarray(0, headBytes - this.head.length)]);
    if (this.undecided) {
      this.undecided.push(chunk);
      if (this.head.length >= 12) this.decide();
    } else if (this.binary === undefined) {
      this.checkText(chunk, true);
    }
  }

  /** The content type once the whole content was observed and stored as `size` bytes, or `AttachmentTypeNotAllowed`. */
  async contentType(size: number, name: string, readRange: ReadRange): Promise<AttachmentContentType> {
    if (this.undecided) this.decide();
    if (this.binary === undefined) {
      this.checkText(new Uint8Array(0), false);
      return /\.csv$/i.test(name) ? attachmentContentTypes.csv : attachmentContentTypes.text;
    }
    if (this.binary !== 'zip') return this.binary;
    // Both kinds are checked through the archive's own directory, so bytes that only begin like one are refused.
    const names = zipEntryNames(await centralDirectory(size, readRange));
    const openDocument = openDocumentType(this.head);
    return openDocument ? openDocumentMustBeWhole(openDocument, names) : officeOpenXmlType(names);
  }

  private decide(): void {
    const chunks = this.undecided ?? [];
    this.undecided = undefined;
    this.binary = signatureOf(this.head);
    if (this.binary === undefined) for (const chunk of chunks) this.checkText(chunk, true);
  }

  private checkText(chunk: Uint8Array, more: boolean): void {
    if (chunk.includes(0)) throw new AttachmentTypeNotAllowed('binary content (a NUL byte) that is no accepted format');
    try {
      this.utf8.decode(chunk, { stream: more });
    } catch {
      throw new AttachmentTypeNotAllowed('neither a known format nor UTF-8 text');
    }
  }
}

/** Undefined when no binary signature matches yet: then the content may only be UTF-8 text. */
function signatureOf(head: Buffer): AttachmentContentType | 'zip' | undefined {
  return signatures.find(([, matches]) => matches(head))?.[0];
}

/**
 * OpenDocument puts an uncompressed `mimetype` entry first, so that its type is at a fixed place in the first bytes:
 * a local header of 30 bytes, the name `mimetype`, then the type itself.
 */
function openDocumentType(head: Buffer): AttachmentContentType | undefined {
  if (head.length < 38 || head.subarray(30, 38).toString('latin1') !== 'mimetype') return undefined;
  const method = head.readUInt16LE(8);
  const size = head.readUInt32LE(18);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  if (method !== 0 || nameLength !== 8 || extraLength !== 0) return undefined;
  const type = head.subarray(38, 38 + size).toString('latin1');
  if (type === attachmentContentTypes.odt) return attachmentContentTypes.odt;
  if (type === attachmentContentTypes.ods) return attachmentContentTypes.ods;
  throw new AttachmentTypeNotAllowed(`an OpenDocument of another kind (${type.slice(0, 80)})`);
}

/** An OpenDocument holds its content and manifest; one with macros or scripts is refused like Office's. */
function openDocumentMustBeWhole(type: AttachmentContentType, names: readonly string[]): AttachmentContentType {
  if (!names.includes('content.xml') || !names.includes('META-INF/manifest.xml'))
    throw new AttachmentTypeNotAllowed('an archive that only begins like an OpenDocument');
  if (names.some((name) => /^(Basic|Scripts)\//.test(name)))
    throw new AttachmentTypeNotAllowed('an OpenDocument with macros');
  return type;
}

/** A Word, Excel or PowerPoint file is a ZIP with `[Content_Types].xml` and its application's folder. */
function officeOpenXmlType(names: readonly string[]): AttachmentContentType {
  if (!names.includes('[Content_Types].xml')) throw new AttachmentTypeNotAllowed('a ZIP archive');
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name)))
    throw new AttachmentTypeNotAllowed('an Office file with macros');
  const kinds = (
    [
      ['word/', attachmentContentTypes.docx],
      ['xl/', attachmentContentTypes.xlsx],
      ['ppt/', attachmentContentTypes.pptx],
    ] as const
  ).filter(([folder]) => names.some((name) => name.startsWith(folder)));
  const [only, ...others] = kinds;
  if (!only || others.length > 0) throw new AttachmentTypeNotAllowed('a ZIP archive that is no Office document');
  return only[1];
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
const endRecordLength = 22;
const longestComment = 0xffff;
/** 80 bytes an entry on average: tens of thousands of entries, far beyond any document. */
const largestCentralDirectory = 4 * 1024 * 1024;

/** The central directory (a ZIP's table of contents), found through the end record in its last bytes. */
async function centralDirectory(size: number, readRange: ReadRange): Promise<Buffer> {
  const notAZip = new AttachmentTypeNotAllowed('a damaged or unusual ZIP archive');
  if (size < endRecordLength) throw notAZip;
  const tailStart = Math.max(0, size - endRecordLength - longestComment);
  const tail = await readRange(tailStart, size - 1);
  let end = -1;
  for (let offset = tail.length - endRecordLength; offset >= 0; offset -= 1) {
    if (tail.readUInt32LE(offset) === endOfCentralDirectory) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw notAZip;
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  // ZIP64 (0xFFFFFFFF here) is not needed below 4 GB, and no document uses it.
  if (directorySize === 0 || directorySize > largestCentralDirectory || directoryOffset + directorySize > size)
    throw notAZip;
  return readRange(directoryOffset, directoryOffset + directorySize - 1);
}

function zipEntryNames(directory: Buffer): string[] {
  const names: string[] = [];
  for (let offset = 0; offset + 46 <= directory.length;) {
    if (directory.readUInt32LE(offset) !== centralDirectoryEntry) break;
    const nameLength = directory.readUInt16LE(offset + 28);
    const extraLength = directory.readUInt16LE(offset + 30);
    const commentLength = directory.readUInt16LE(offset + 32);
    names.push(directory.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
