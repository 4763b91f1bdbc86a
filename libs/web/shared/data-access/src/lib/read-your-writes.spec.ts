import { provideHttpClient, withInterceptors, HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ReadYourWrites, readYourWritesInterceptor } from './read-your-writes';

describe('read-your-writes', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([readYourWritesInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends no position before anything was written', async () => {
    const read = firstValueFrom(http.get('/api/requests/categories'));
    const request = backend.expectOne('/api/requests/categories');
    expect(request.request.headers.has('x-lexport-position')).toBe(false);
    request.flush({});
    await read;
  });

  it('asks later reads to wait for the position of the last write', async () => {
    const write = firstValueFrom(http.post('/api/requests/categories', { name: 'Tax' }));
    backend
      .expectOne('/api/requests/categories')
      .flush({ id: 'c1', position: 42 }, { headers: { 'x-lexport-position': '42' } });
    await write;
    const read = firstValueFrom(http.get('/api/requests/categories'));
    const request = backend.expectOne('/api/requests/categories');
    expect(request.request.headers.get('x-lexport-position')).toBe('42');
    request.flush({});
    await read;
    expect(TestBed.inject(ReadYourWrites).position()).toBe(42);
  });

  it('never moves the position backwards', () => {
    const tracker = TestBed.inject(ReadYourWrites);
    tracker.observe(10);
    tracker.observe(3);
    expect(tracker.position()).toBe(10);
  });
});
