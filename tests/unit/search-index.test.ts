import { describe, expect, it } from 'vitest';
import { hasSearchBody } from '@/lib/search-index';

describe('hasSearchBody', () => {
  it('finds the data-pagefind-body attribute on an element, in any position and form', () => {
    expect(hasSearchBody('<main><article class="entry" data-pagefind-body><p>Text</p></article></main>')).toBe(true);
    expect(hasSearchBody('<div data-pagefind-body="">x</div>')).toBe(true);
    expect(hasSearchBody('<section\n  data-pagefind-body\n  id="a">x</section>')).toBe(true);
  });

  it('does not take the attribute’s name in text or code for the attribute (regression: an idea mentioning it failed the build)', () => {
    expect(hasSearchBody('<p>Pagefind indexes the element marked with <code>data-pagefind-body</code>.</p>')).toBe(false);
    expect(hasSearchBody('<pre><code>&lt;main data-pagefind-body&gt;</code></pre>')).toBe(false);
    expect(hasSearchBody('<div data-pagefind-body-extra>x</div>')).toBe(false);
    // Inside another attribute's value: a heading anchor's label, a link title.
    expect(hasSearchBody('<h2 id="a"><a href="#a" aria-label="Link to the section “The data-pagefind-body attribute”">#</a></h2>')).toBe(
      false,
    );
    expect(hasSearchBody('<a href="https://pagefind.app/" title=\'Mark it with data-pagefind-body here\'>x</a>')).toBe(false);
    expect(hasSearchBody('<p title="a > b" data-pagefind-body>x</p>')).toBe(true);
  });
});
