import type { Page } from 'playwright-core';

/** An amount on screen that is cut off or spills out of the box around it. */
export interface Overflow {
  problem: 'clipped' | 'past its box' | 'page wider than the screen';
  text: string;
  selector: string;
  box?: string;
}

/**
 * What of the page's rupiah amounts a user cannot read whole (issue 14, defect 3), measured in the browser:
 * - an element whose own text holds "Rp" and whose text is cut by an ancestor that hides overflow (or by an
 *   ellipsis), as "Rp 208.015.80…" was on a phone card;
 * - such text running past the right (or left) inner edge of a box around it (a table cell, or any ancestor with a
 *   border, background or shadow: a card, a stat, a panel), as "Rp 258.312.316" ran past its card; a container that
 *   scrolls sideways (`overflow-x: auto | scroll`, the tables' wrappers) holds what is inside it, so the search for
 *   boxes stops there;
 * - and the document itself wider than the viewport (the whole page scrolls sideways).
 * The text's extent is the Range over the element's contents, not the element's box, since text can spill out of
 * the box that holds it.
 */
export function overflowsOn(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: {
      problem: 'clipped' | 'past its box' | 'page wider than the screen';
      text: string;
      selector: string;
      box?: string;
    }[] = [];
    const selectorOf = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 5; e = e.parentElement) {
        const testId = e.getAttribute('data-testid');
        const classes = [...e.classList].map((c) => `.${c}`).join('');
        parts.unshift(`${e.tagName.toLowerCase()}${classes}${testId ? `[data-testid=${testId}]` : ''}`);
      }
      return parts.join(' > ');
    };
    const isBox = (el: Element, style: CSSStyleDeclaration): boolean => {
      if (el.tagName === 'TD' || el.tagName === 'TH') return true;
      const bordered = ['Top', 'Right', 'Bottom', 'Left'].some(
        (side) =>
          Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
          style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
      );
      const filled = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
      return bordered || filled || style.boxShadow !== 'none';
    };

    const candidates = [...document.body.querySelectorAll('*')].filter((el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').includes('Rp')),
    );
    for (const el of candidates) {
      const own = el.getBoundingClientRect();
      if (el.getClientRects().length === 0 || own.width <= 1 || own.height <= 1) continue; // not shown
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
      const style = getComputedStyle(el);
      if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) {
        found.push({ problem: 'clipped', text: label, selector: selectorOf(el) });
        continue;
      }
      for (let a: Element | null = el; a && a !== document.documentElement; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.display === 'inline' || s.display === 'contents') continue; // no box of its own to stay within
        const r = a.getBoundingClientRect();
        const innerLeft = r.left + a.clientLeft;
        const innerRight = innerLeft + a.clientWidth;
        const outside = text.right > innerRight + 1 || text.left < innerLeft - 1;
        if (s.overflowX === 'auto' || s.overflowX === 'scroll') break;
        if (s.overflowX === 'hidden' || s.overflowX === 'clip') {
          if (outside) {
            found.push({ problem: 'clipped', text: label, selector: selectorOf(el), box: selectorOf(a) });
            break;
          }
          continue;
        }
        if (isBox(a, s) && outside) {
          found.push({ problem: 'past its box', text: label, selector: selectorOf(el), box: selectorOf(a) });
          break;
        }
      }
    }
    const width = document.documentElement.scrollWidth;
    if (width > window.innerWidth) {
      found.push({
        problem: 'page wider than the screen',
        text: `${width} px on a ${window.innerWidth} px screen`,
        selector: 'html',
      });
    }
    return found;
  });
}
