import { describe, expect, it } from 'vitest';
import { findInlineScripts, formatHeadersFile, parseHeadersFile, scriptHash, securityHeaders } from '@/lib/security-headers';

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
