/**
 * The CLI reads a saved page's article into plain strings (readDocumentText) and lets the parsed
 * page go before the engine runs. Analysing those strings gives exactly what analyzeDocument
 * gives on the page. Invented prose.
 */
import { describe, expect, test } from 'vitest';
import { analyzeParagraphs } from '../../../core/analyze';
import { analyzeDocument, readDocumentText } from '../../../core/analyze-document';
import { articlePage, parsePage } from '../../content/dom';

const URL = 'https://www.republika.co.id/berita/sx4kq2301/judul-berita';

describe('readDocumentText', () => {
  test('its texts analyse as analyzeDocument does on the page', () => {
    const doc = articlePage(
      '<div class="article-content"><article>' +
        '<p>Kepala Dinas Pertanian Rina Kartika mengatakan, stok beras cukup sampai akhir tahun.</p>' +
        '<figure><figcaption><p>Foto: pasar pagi.</p></figcaption></figure>' +
        '<p>“Kami sudah menambah pasokan ke semua pasar,” kata Rina.</p>' +
        '</article></div>',
    );
    const read = readDocumentText(doc, URL)!;
    expect(read.texts).toHaveLength(2);
    expect(analyzeParagraphs(read.texts, read.info)).toEqual(analyzeDocument(doc, URL).analysis);
  });

  test('is null on a page that is no article', () => {
    const doc = parsePage('<!DOCTYPE html><html><body><p>Beranda.</p></body></html>');
    expect(readDocumentText(doc, 'https://www.republika.co.id/')).toBeNull();
    expect(analyzeDocument(doc, 'https://www.republika.co.id/').paragraphs).toEqual([]);
  });
});
