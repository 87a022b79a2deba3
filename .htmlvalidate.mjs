// html-validate's rule set for the built site (tests/build/output.test.ts
// validates every page of the sample site's build with it; `npx html-validate dist`
// uses it too). Rules: https://html-validate.org/rules/
//
// Starts from `html-validate:recommended` (every rule the project maintains as
// sound HTML, accessibility and security practice) plus `html-validate:document`
// (rules that only make sense for whole documents: doctype, heading levels,
// references between ids, subresource integrity). The changes below are the only
// ones, each with the reason.
export default {
  root: true,
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Kept on, with two properties allowed besides the rule's default `display`.
    // Both come from the Markdown pipeline, not from a template:
    // - `overflow-x`: Shiki writes `style="…; overflow-x: auto"` on every code block's <pre>;
    // - `text-align`: a GFM table column's alignment (`|---:|`) is written as
    //   `style="text-align:right"` on its cells (the HTML `align` attribute is obsolete,
    //   HTML Living Standard §16.2).
    // Custom properties (Shiki's `--shiki-light`/`--shiki-dark` colours) are allowed by default.
    'no-inline-style': ['error', { allowedProperties: ['display', 'overflow-x', 'text-align'] }],
    // Off: the title is the author's entry title followed by the site name, so its
    // length is content, not markup. The 70-character limit is a search-engine
    // display heuristic (results are cut by pixel width), not an HTML requirement.
    'long-title': 'off',
    // Subresource integrity (W3C SRI §3) guards resources fetched from another origin.
    // Every script and stylesheet here is same-origin and named by its content hash,
    // so the rule checks cross-origin resources only (there are none today).
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
