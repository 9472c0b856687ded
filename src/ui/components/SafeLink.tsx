import type { ComponentChildren } from 'preact';

/** Only http(s) URLs become links: a `javascript:` or `data:` URL from hostile input stays inert text. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link that opens in a new tab, or its children as plain text when the URL is not safe. */
export function SafeLink({ href, children, class: cls }: { href: string | undefined; children: ComponentChildren; class?: string }) {
  const url = safeUrl(href);
  if (!url) return <span class={cls}>{children}</span>;
  return (
    <a class={cls} href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
