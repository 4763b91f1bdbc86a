import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AttachmentUploadProgress } from './attachment-uploader';
import { HttpAttachmentUploader } from './attachment-uploader';

describe('uploading an attachment', () => {
  let backend: HttpTestingController;
  let uploader: HttpAttachmentUploader;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    uploader = TestBed.inject(HttpAttachmentUploader);
  });

  afterEach(() => backend.verify());

  it('sends the raw bytes with the name beside them, reports progress, then the stored file', () => {
    const file = new File(['%PDF-1.7 contract'], 'contrat signé.pdf', { type: 'application/pdf' });
    const events: AttachmentUploadProgress[] = [];
    uploader.upload(file).subscribe((event) => events.push(event));
    const request = backend.expectOne('/api/attachments');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe('application/octet-stream');
    expect(request.request.headers.get('x-file-name')).toBe('contrat%20sign%C3%A9.pdf');
    expect(request.request.reportProgress).toBe(true);
    request.event({ type: HttpEventType.UploadProgress, loaded: 5, total: 20 });
    request.event({ type: HttpEventType.UploadProgress, loaded: 20, total: 20 });
    const stored = {
      attachmentId: 'a1',
      name: 'contrat signé.pdf',
      size: 17,
      contentType: 'application/pdf',
      sha256: 'abc',
    };
    request.flush(stored, { status: 201, statusText: 'Created' });
    expect(events).toEqual([{ progress: 25 }, { progress: 100 }, { attachment: stored }]);
  });

  it('passes the portal’s refusal on as an error', () => {
    let failure: unknown;
    uploader.upload(new File(['x'], 'movie.exe')).subscribe({ error: (error: unknown) => (failure = error) });
    backend
      .expectOne('/api/attachments')
      .flush({ code: 'attachment-type-not-allowed', status: 415 }, { status: 415, statusText: 'Unsupported' });
    expect(failure).toMatchObject({ status: 415, error: { code: 'attachment-type-not-allowed' } });
  });
});
