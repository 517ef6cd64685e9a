// Images are dropped; their alt text is kept when it says something.
import { collapseSpace, elementsUnder, nameOf } from './dom';

const GENERIC_ALT = /^(?:image|img|photo|picture|pic|icon|logo|banner|thumbnail|thumb|spacer|placeholder|avatar|loading|graphic|figure|illustration|screenshot|untitled)[\s_-]*\d*$/i;

export function meaningfulAlt(img: Element): string {
  const alt = collapseSpace(img.getAttribute('alt') ?? '');
  if ((alt.match(/\p{L}/gu) ?? []).length < 2 || GENERIC_ALT.test(alt)) return '';
  if (/\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i.test(alt) || /^(?:https?:|data:|www\.)/i.test(alt)) return '';
  if (alt.split(' ').length > 40) return '';
  for (let p = img.parentNode; p; p = p.parentNode) {
    if (nameOf(p) === 'figure') return elementsUnder(p).some(e => nameOf(e) === 'figcaption' && e.textContent?.trim()) ? '' : alt;
  }
  return alt;
}
