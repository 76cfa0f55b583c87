/**
 * The look of highlighted numbers. `::highlight()` rules apply only from the styles of the tree
 * the text is in, so the sheet is adopted by the document and by every open shadow root we scan.
 * A constructed sheet is added to `adoptedStyleSheets`, never a `<style>` in the page's DOM, which
 * frameworks that own `<head>` may remove or diff against.
 *
 * When: at document_start. A rule that can apply to every element makes the browser restyle the
 * whole document when it arrives (≈ 140 ms on the 5,000-row bench page once it is rendered);
 * before the page's first style pass it costs next to nothing. It stays while highlighting is
 * switched off (it matches nothing then) and leaves only when the script is torn down.
 */
export const HIGHLIGHT_NAME = 'ccps-phone';

const RULES = `::highlight(${HIGHLIGHT_NAME}) {
  text-decoration: underline dotted 1.5px;
  text-decoration-color: #0a7cff;
  text-underline-offset: 2px;
  background-color: rgba(10, 124, 255, 0.09);
}`;

type Scope = Document | ShadowRoot;

export interface HighlightStyle {
  /** Makes sure `scope` has the sheet (cheap when it already does; called again after each scan). */
  adopt(scope: Scope): void;
  remove(): void;
}

export function createHighlightStyle(): HighlightStyle {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(RULES);
  const scopes = new Set<Scope>();
  return {
    adopt(scope) {
      scopes.add(scope);
      try {
        if (!scope.adoptedStyleSheets.includes(sheet)) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      } catch {
        // A sheet from another document (an adopted node's shadow root) cannot be shared: no style there.
      }
    },
    remove() {
      for (const scope of scopes) {
        try {
          scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          // The scope is gone.
        }
      }
      scopes.clear();
    },
  };
}
