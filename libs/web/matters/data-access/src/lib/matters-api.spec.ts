import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReadYourWrites } from '@lexport/web-shared-data-access';
import { MattersApi } from './matters-api';

const labour = '6f1c2a8e-4b7d-4e2a-9c3f-1a2b3c4d5e6f';
const tax = '0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d';

describe('the matters API', () => {
  let backend: HttpTestingController;
  let api: MattersApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(MattersApi);
  });

  afterEach(() => backend.verify());

  it('asks for a page with every filter, several values of one filter written a,b', () => {
    api
      .list({
        search: '  lease ',
        kinds: ['matter', 'case'],
        statuses: ['open'],
        practiceAreaIds: [labour, tax],
        requestTypeIds: [tax],
        organizationIds: ['acme'],
        assigneeIds: [labour],
        sort: 'lastActivityAt',
        direction: 'asc',
        limit: 25,
        offset: 50,
      })
      .subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/matters');
    expect(request.request.params.keys().sort()).toEqual(
      [
        'search',
        'kind',
        'status',
        'practiceAreaId',
        'requestTypeId',
        'organizationId',
        'assigneeId',
        'sort',
        'direction',
        'limit',
        'offset',
      ].sort(),
    );
    expect(request.request.params.get('search')).toBe('lease');
    expect(request.request.params.get('kind')).toBe('matter,case');
    expect(request.request.params.get('practiceAreaId')).toBe(`${labour},${tax}`);
    expect(request.request.params.get('sort')).toBe('lastActivityAt');
    expect(request.request.params.get('offset')).toBe('50');
    request.flush({ items: [], total: 0, limit: 25, offset: 50 });
  });

  it('leaves out empty filters, so that the server applies its defaults', () => {
    api.list({ search: '   ', kinds: [], statuses: [], offset: 0 }).subscribe();
    const request = backend.expectOne((candidate) => candidate.url === '/api/matters');
    expect(request.request.params.keys()).toEqual(['offset']);
    request.flush({ items: [], total: 0, limit: 50, offset: 0 });
  });

  it('links the Excel export to the same filters and sort, in the reader’s language', () => {
    expect(
      api.exportUrl(
        { search: 'Acme lease', statuses: ['open', 'on-hold'], practiceAreaIds: [labour], sort: 'reference' },
        'fr',
      ),
    ).toBe(
      `/api/matters/export?search=Acme%20lease&status=open,on-hold&practiceAreaId=${labour}&sort=reference&language=fr`,
    );
    expect(api.exportUrl({}, 'en')).toBe('/api/matters/export?language=en');
  });

  it('reads the notes of a request', () => {
    let received: unknown;
    api.notes(labour).subscribe((notes) => (received = notes));
    backend.expectOne({ method: 'GET', url: `/api/matters/${labour}/notes` }).flush([]);
    expect(received).toEqual([]);
  });

  it('adds a note with its idempotency key and remembers where to read it back', () => {
    let received: unknown;
    api.addNote(labour, { body: 'Signed copy attached', attachmentIds: [tax] }, 'key-1').subscribe((added) => {
      received = added;
    });
    const request = backend.expectOne({ method: 'POST', url: `/api/matters/${labour}/notes` });
    expect(request.request.body).toEqual({ body: 'Signed copy attached', attachmentIds: [tax] });
    expect(request.request.headers.get('Idempotency-Key')).toBe('key-1');
    request.flush({ id: 'n1', revision: 3, position: 812 }, { status: 201, statusText: 'Created' });
    expect(received).toEqual({ id: 'n1', revision: 3, position: 812 });
    expect(TestBed.inject(ReadYourWrites).position()).toBe(812);
  });
});
