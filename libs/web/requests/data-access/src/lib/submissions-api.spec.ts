import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReadYourWrites, readYourWritesInterceptor } from '@lexport/web-shared-data-access';
import { CatalogueApi } from './catalogue-api';
import { newIdempotencyKey, SubmissionsApi } from './submissions-api';

describe('submitting a request', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(withInterceptors([readYourWritesInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the idempotency key and makes the next reads wait for the new request', () => {
    const key = newIdempotencyKey();
    TestBed.inject(SubmissionsApi)
      .submit({ requestTypeId: 't1', formVersion: 2, answers: { subject: 'Lease' } }, key)
      .subscribe();
    const post = backend.expectOne('/api/requests/submissions');
    expect(post.request.headers.get('idempotency-key')).toBe(key);
    post.flush({ id: 'm1', reference: 'M-2026-00001', kind: 'matter', revision: 0, position: 77 });
    expect(TestBed.inject(ReadYourWrites).position()).toBe(77);

    TestBed.inject(CatalogueApi).catalogue({ search: ' lease ', language: 'fr' }).subscribe();
    const read = backend.expectOne((request) => request.url === '/api/requests/catalogue');
    expect(read.request.params.get('search')).toBe('lease');
    expect(read.request.params.get('language')).toBe('fr');
    expect(read.request.headers.get('x-lexport-position')).toBe('77');
    read.flush({ categories: [], offered: 0 });
  });

  it('draws a new key for every submission', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
