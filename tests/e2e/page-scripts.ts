/**
 * Page scripts the robustness suites (Chromium: robustness.e2e.ts, Firefox: firefox-robustness.e2e.ts)
 * inject into a fixture, written once so both browsers face the same hostile or busy page.
 */

/**
 * A busy page: `startChurn()` appends an element to the article every 10–200 ms for 3 s, and after
 * 1 s an ad slot; `window.__hiddenAfter` is how many ms that ad stayed visible.
 */
export const AD_UNDER_CHURN = `window.startChurn = function () {
  var article = document.querySelector('article'), stop = performance.now() + 3000;
  (function tick() {
    if (performance.now() > stop) return;
    var d = document.createElement('div'); d.className = 'churn'; d.textContent = 'x';
    article.append(d);
    setTimeout(tick, 10 + Math.random() * 190);
  })();
  setTimeout(function () {
    var ad = document.createElement('div'); ad.id = 'div-gpt-ad-1700000000000-9';
    ad.style.height = '250px'; ad.textContent = 'iklan';
    var at = performance.now();
    article.append(ad);
    (function check() {
      if (!ad.checkVisibility()) { window.__hiddenAfter = performance.now() - at; return; }
      requestAnimationFrame(check);
    })();
  }, 1000);
};`;
