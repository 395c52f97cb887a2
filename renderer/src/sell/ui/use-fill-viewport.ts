import { useEffect, type RefObject } from 'react';

const MIN_HEIGHT = 420;
const GAP = 16;

/**
 * Sizes an element to the rest of the window below it (less what follows it, e.g. the shortcut bar), so the
 * seat map and the sale fill the screen without page scrolling whatever wraps above (the frame's header
 * takes two lines in English or for a manager). Re-fitted when anything above or after it changes size.
 * The height is set on the element itself: a layout measurement, not React state.
 */
export function useFillViewport(ref: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    const element = ref.current;
    if (!shown || !element) return;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const after = element.nextElementSibling instanceof HTMLElement ? element.nextElementSibling.offsetHeight + GAP : 0;
      element.style.height = `${Math.max(MIN_HEIGHT, window.innerHeight - top - after - GAP)}px`;
    };
    const observer = new ResizeObserver(fit);
    for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
      for (let above = node.previousElementSibling; above; above = above.previousElementSibling) observer.observe(above);
    }
    if (element.nextElementSibling) observer.observe(element.nextElementSibling);
    window.addEventListener('resize', fit);
    fit();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
    };
  }, [ref, shown]);
}
