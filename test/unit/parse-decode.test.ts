import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode.js';
import { parseArticle } from '../../src/parse/index.js';
import { languageOf } from '../../src/parse/warnings.js';

const TEXT = 'Envoys meet in Genève\n\nThe envoys met on Monday and said the “talks” would resume next week in Genève.';

describe('decodeText', () => {
  it('reads UTF-8, UTF-16 with and without a BOM, and Windows-1252', () => {
    expect(decodeText(Buffer.from(TEXT), 'a')).toBe(TEXT);
    expect(decodeText(iconv.encode(TEXT, 'utf-16be', { addBOM: true }), 'a')).toBe(TEXT);
    expect(decodeText(iconv.encode(TEXT, 'utf-16le'), 'a')).toBe(TEXT);
    expect(decodeText(iconv.encode(TEXT, 'windows-1252'), 'a')).toBe(TEXT);
  });
  it('reads a UTF-8 file with one stray byte', () => {
    const bytes = Buffer.concat([Buffer.from(TEXT.replaceAll('è', 'e').replaceAll(/[“”]/g, '"')), Buffer.from([0xc3])]);
    expect(decodeText(bytes, 'a')).toContain('resume next week');
  });
  it('refuses binary data with a one-line reason', () => {
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'x.png')).toThrow(
      'x.png: not a text article: it is a PNG image',
    );
    expect(() => decodeText(Buffer.from('PK\u0003\u0004rest'), 'x.docx')).toThrow(/zip archive/);
    expect(() => decodeText(Buffer.from('text\u0001\u0002\u0003\u0004'), 'x.txt')).toThrow(/control characters/);
  });
});

describe('parse warnings', () => {
  it('warns about a missing date and text that is not English', () => {
    const a = parseArticle({
      origin: 't',
      format: 'text',
      content:
        'Gespräche in Genf\n\nDie Unterhändler beider Seiten trafen sich am Montag in Genf und vereinbarten, die Gespräche in der nächsten Woche fortzusetzen.',
    });
    expect(a.warnings).toEqual([expect.stringMatching(/^no publication date/), expect.stringMatching(/^not English/)]);
  });
  it('warns when the body keeps little of a long input', () => {
    const menu = Array.from({ length: 120 }, (_, i) => `Related Articles\nHeadline number ${i} about something`).join(
      '\n',
    );
    const a = parseArticle({
      origin: 't',
      format: 'text',
      content: `A title\n\nThe envoys met on Monday and agreed to resume the talks next week in Geneva.\n${menu}`,
      overrides: { publishedAt: '2024-01-01' },
    });
    expect(a.warnings).toEqual([expect.stringMatching(/^the body keeps only \d+% of the input text/)]);
  });
});

describe('languageOf', () => {
  it('tells English by its function words and other languages through franc', () => {
    const en =
      'The president of the republic received the envoys of both sides on Tuesday, according to a statement that was published in the evening. The talks will focus on a lasting ceasefire and on aid.';
    const fr =
      'Le président de la République a reçu mardi les représentants des deux parties au conflit, selon un communiqué publié dans la soirée. Les discussions porteront sur un cessez-le-feu durable.';
    expect(languageOf(en)).toBe('eng');
    expect(languageOf(fr)).toBe('fra');
    expect(languageOf('Too short to tell.')).toBeNull();
  });
});
