/**
 * The inline script that starts a server-rendered page's scripts once the page has been painted (docs/adr/0037).
 * It stands where Angular's module script was and names it, and the links it adds first (`rel=href`: the module
 * preloads, the web manifest and the icon), in data attributes. It waits
 * for the browser to report the first contentful paint; a browser that cannot report it, a hidden tab (which does
 * not paint) and a paint that has not come within 3 s start the scripts at once. Inline (allowed by its hash in
 * web-csp.ts) because a file of its own would cost the page a round trip before its scripts start.
 */
export const START_AFTER_PAINT_SCRIPT =
  '(function(){var d=document.currentScript.dataset,P=window.PerformanceObserver,on=false;' +
  'function go(){if(on)return;on=true;(d.links||"").split(" ").filter(Boolean).forEach(function(p){' +
  'var i=p.indexOf("="),l=document.createElement("link");l.rel=p.slice(0,i);l.href=p.slice(i+1);' +
  'document.head.appendChild(l)});' +
  'var s=document.createElement("script");s.type="module";s.src=d.main;document.body.appendChild(s)}' +
  'if(!P||(P.supportedEntryTypes||[]).indexOf("paint")<0||document.visibilityState!=="visible")return go();' +
  'new P(function(list,o){if(list.getEntriesByName("first-contentful-paint").length){o.disconnect();go()}})' +
  '.observe({type:"paint",buffered:true});setTimeout(go,3000)})();';
