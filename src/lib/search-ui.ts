/**
 * The search page's one inline script: starts Pagefind's UI and writes the
 * number of results with the language's plural forms ("2 wyniki",
 * "5 wyników", "22 wyniki"; "5 результатів"), which Pagefind's own
 * one/many messages cannot. The script is written from `startSearchUi`'s
 * source, so the page's Content-Security-Policy allows exactly it by its hash.
 */

declare const PagefindUI: new (options: object) => unknown;

/** "[COUNT] wyniki dla „[SEARCH_TERM]”" for each plural category of the language (Intl.PluralRules). */
export type PluralMessages = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface SearchMessages {
  /** The number of results, by plural category. */
  results: PluralMessages;
  /** No result ("[SEARCH_TERM]" only). */
  noResults: string;
}

/** The message for `count` results, in the language's plural form. */
export function resultCountMessage(lang: string, messages: SearchMessages, count: number, term: string): string {
  const form = count === 0 ? messages.noResults : (messages.results[new Intl.PluralRules(lang).select(count)] ?? messages.results.other);
  return form.replace('[COUNT]', () => new Intl.NumberFormat(lang).format(count)).replace('[SEARCH_TERM]', () => term);
}

/**
 * Runs in the browser, from its source text: it may use only its arguments
 * and the browser's globals. Pagefind is given messages that carry the count
 * and the search term apart (around an invisible separator); each time it
 * writes one, the text node is rewritten in place (Pagefind keeps updating
 * the same node).
 */
function startSearchUi(lang: string, messages: SearchMessages, countMessage: typeof resultCountMessage): void {
  const MARK = '\u2063';
  window.addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('search');
    if (!root) return;
    const rewrite = () => {
      for (const message of root.querySelectorAll('.pagefind-ui__message')) {
        for (const node of message.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE) continue;
          const text = (node as Text).data;
          const at = text.indexOf(MARK);
          if (at < 0) continue;
          (node as Text).data = countMessage(lang, messages, Number(text.slice(0, at).replace(/\D/g, '')), text.slice(at + MARK.length));
        }
      }
    };
    new MutationObserver(rewrite).observe(root, { childList: true, subtree: true, characterData: true });
    new PagefindUI({
      element: '#search',
      showImages: false,
      showSubResults: false,
      resetStyles: false,
      translations: { zero_results: `0${MARK}[SEARCH_TERM]`, one_result: `[COUNT]${MARK}[SEARCH_TERM]`, many_results: `[COUNT]${MARK}[SEARCH_TERM]` },
    });
  });
}

/** The inline start-up script of the search page of a language. */
export function searchStartScript(lang: string, messages: SearchMessages): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `(${startSearchUi.toString()})(${json(lang)}, ${json(messages)}, ${resultCountMessage.toString()});`;
}
