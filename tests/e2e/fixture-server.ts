/**
 * A local web server for the fixture pages. Chromium is started with
 * `--host-resolver-rules=MAP *.republika.co.id 127.0.0.1`, so `http://www.republika.co.id:PORT/berita/…`
 * reaches this server and the content script sees a real Republika URL, with no network at all.
 *
 * Routing: a Republika host serves the fixture whose `expected.json` URL has the requested path;
 * `http://127.0.0.1:PORT/` serves the seed article on a non-Republika host (must stay untouched).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the fixture pages live: tests/fixtures/pages/<slug>/{source.html, expected.json}. */
export const FIXTURES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/pages',
);

/** One fixture page as the e2e tests use it. */
export interface FixturePage {
  slug: string;
  /** The page's URL as published (`http://www.republika.co.id/berita/…`). */
  url: string;
  html: string;
  /** The whole expected.json, for fields other engineers add (gold speakers, etc.). */
  expected: Record<string, unknown>;
}

/** Every fixture folder that has both files. */
export function loadFixtures(dir = FIXTURES_DIR): FixturePage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(slug => existsSync(path.join(dir, slug, 'source.html')))
    .filter(slug => existsSync(path.join(dir, slug, 'expected.json')))
    .sort()
    .map(slug => {
      const expected = JSON.parse(readFileSync(path.join(dir, slug, 'expected.json'), 'utf8'));
      return {
        slug,
        url: String(expected.url),
        html: readFileSync(path.join(dir, slug, 'source.html'), 'utf8'),
        expected,
      };
    });
}

/** A running server and how to reach a fixture through it. */
export interface FixtureServer {
  port: number;
  /** The fixture's URL with this server's port (`http://www.republika.co.id:PORT/berita/…`). */
  urlOf(page: FixturePage): string;
  /** A non-Republika URL serving `page` (127.0.0.1, which the content script does not match). */
  plainUrlOf(page: FixturePage): string;
  /** Every URL requested from the server, for the "nothing else was fetched" checks. */
  requests: string[];
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startFixtureServer(pages: FixturePage[]): Promise<FixtureServer> {
  const byPath = new Map(pages.map(page => [new URL(page.url).pathname, page]));
  const bySlug = new Map(pages.map(page => [page.slug, page]));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    requests.push(`http://${host}${req.url}`);
    const url = new URL(req.url ?? '/', `http://${host}`);
    const page = url.hostname.endsWith('republika.co.id')
      ? byPath.get(url.pathname)
      : bySlug.get(url.pathname === '/' ? 'seed-article' : url.pathname.replace(/^\/plain\//, ''));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    urlOf(page) {
      const url = new URL(page.url);
      url.port = String(port);
      return url.href;
    },
    plainUrlOf: page => `http://127.0.0.1:${port}/plain/${page.slug}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}
