import { withoutUnsafeCharacters } from '@lexport/shared-published';

export const longestFileName = 200;
const longestExtension = 16;

/** Characters that Windows refuses in a file name: a download named with them would be renamed or fail. */
const windowsReserved = /[<>:"|?*]/g;

/**
 * The name an uploaded file is kept and offered back under: its last path segment only (no `../`, `C:\` or `/`), no
 * control, bidirectional or invisible characters (an `exe.pdf` that reads as `fdp.exe`), trimmed, at most 200
 * characters with its extension kept, `file` when nothing is left.
 */
export function cleanFileName(raw: string): string {
  const lastSegment = withoutUnsafeCharacters(raw.normalize('NFC')).split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(/^[A-Za-z]:/, '')
    .replace(windowsReserved, '_')
    .trim()
    // Windows drops trailing dots and spaces; a name of dots only is a path, not a file.
    .replace(/[. ]+$/, '')
    .replace(/^\.+$/, '');
  return truncated(cleaned) || 'file';
}

/** Cut by code points (never inside a surrogate pair), keeping a short extension whole. */
function truncated(name: string): string {
  const characters = Array.from(name);
  if (characters.length <= longestFileName) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const kept = extension.length > 0 && extension.length <= longestExtension ? extension : [];
  const base = characters.slice(0, characters.length - kept.length);
  return [...base.slice(0, longestFileName - kept.length), ...kept].join('').trim();
}

/**
 * The `X-File-Name` header: percent-encoded UTF-8 (`encodeURIComponent`), since a header cannot carry non-ASCII
 * text reliably. Undefined when it is not valid percent-encoded UTF-8.
 */
export function decodeFileNameHeader(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return '';
  try {
    return decodeURIComponent(header);
  } catch {
    return undefined;
  }
}
