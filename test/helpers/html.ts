// Reading rendered HTML back as a person reads it: the text of a fragment,
// and every table as rows of cell texts (header row first).

/** Plain text of an HTML fragment; `<br>` becomes `br`. */
export function htmlText(fragment: string, br = '\n'): string {
  return fragment
    .replace(/<br>/g, br)
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Every `<table>` in the page as rows of cell texts. */
export function htmlTables(page: string, br = '\n'): string[][][] {
  return [...page.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => htmlText(c[1]!, br))),
  );
}
