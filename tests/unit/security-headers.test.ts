import { describe, expect, it } from 'vitest';
import { findExternalSources, findInlineScripts, formatHeadersFile, parseHeadersFile, scriptHash, securityHeaders } from '@/lib/security-headers';

describe('findInlineScripts', () => {
  it('finds classic and module inline scripts, not external ones or JSON-LD data blocks', () => {
    const html =
      '<head><script>a()</script><script src="/x.js"></script><script type="application/ld+json">{"@type":"BlogPosting"}</script>' +
      '<script is:inline data-x="1" type="module">b()</script></head><body><script>\n  c();\n</script></body>';
    expect(findInlineScripts(html)).toEqual(['a()', 'b()', '\n  c();\n']);
  });
});

describe('scriptHash', () => {
  it('is the base64 SHA-256 of the UTF-8 text, quoted as a CSP source', () => {
    // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('_headers', () => {
  it('allows the hashed scripts without unsafe-inline, and round-trips through the file format', () => {
    const headers = securityHeaders(["'sha256-b'", "'sha256-a'", "'sha256-b'"]);
    expect(headers['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    const file = formatHeadersFile(headers);
    expect(file.split('\n')[0]).toBe('/*');
    expect(file.split('\n')[2]).toBe('  X-Content-Type-Options: nosniff');
    expect(parseHeadersFile(file)).toEqual(headers);
    expect(parseHeadersFile('/other\n  X-A: 1\n')).toEqual({});
  });
});

describe('findInlineScripts on unusual markup (regressions)', () => {
  it('reads any case, > inside attribute values, an end tag with a space, and every JavaScript MIME type', () => {
    expect(findInlineScripts('<SCRIPT>a()</SCRIPT>')).toEqual(['a()']);
    expect(findInlineScripts('<script data-x="1>0">b()</script>')).toEqual(['b()']);
    expect(findInlineScripts('<script>c()</script >')).toEqual(['c()']);
    expect(findInlineScripts('<script type="text/ecmascript">d()</script><script type="text/plain">no()</script>')).toEqual(['d()']);
    expect(findInlineScripts("<script type='application/ld+json'>{}</script><script SRC=/x.js></script>")).toEqual([]);
  });

  it('hashes CR LF and lone CR as LF, as the browser does', () => {
    expect(scriptHash('a()\r\nb()\rc()')).toBe(scriptHash('a()\nb()\nc()'));
  });
});

describe('findExternalSources', () => {
  it('gives the origins of embedded images, media and frames, for their directives only', () => {
    const html =
      '<img src="https://upload.wikimedia.org/a.png" alt=""><img src="/local.png">' +
      '<img srcset="https://cdn.example.com/a.png 1x, https://cdn.example.com/b.png 2x">' +
      '<video src="https://media.example.org/v.mp4" poster="https://img.example.org/p.jpg"></video>' +
      '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe><a href="https://elsewhere.example/">x</a>';
    expect(findExternalSources(html)).toEqual({
      img: ['https://upload.wikimedia.org', 'https://cdn.example.com', 'https://img.example.org'],
      media: ['https://media.example.org'],
      frame: ['https://www.youtube-nocookie.com'],
    });
    const csp = securityHeaders([], findExternalSources(html))['Content-Security-Policy'];
    expect(csp).toContain("img-src 'self' data: https://cdn.example.com https://img.example.org https://upload.wikimedia.org;");
    expect(csp).toContain("frame-src 'self' https://www.youtube-nocookie.com;");
  });
});
