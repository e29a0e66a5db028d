// One attack per hostile page, placed inside the article body. Placeholders, filled in by generate.ts:
//   {P}  sets the page-world sentinel: (window.__pwned = window.__pwned || []).push('<name>')
//   {PP} the same from inside a frame, on the parent page
//   {C}  the attack's canary path on the test server: /canary/<name>
//   {O}  the test server's origin (replaced when the page is served: data: documents cannot resolve relative URLs)
//   {G}  a 1×1 transparent GIF as a data: URL
export type Signal = 'sentinel' | 'canary' | 'dialog' | 'title' | 'opens';
export type AttackClass = 'script' | 'handler' | 'url' | 'frame-object' | 'form' | 'meta-base' | 'css' | 'svg' | 'mathml'
  | 'mxss' | 'shadow-dom' | 'noscript' | 'clobbering';

export interface Attack {
  name: string;
  class: AttackClass;
  tries: string;
  signal: Signal;
  markup: string;
  /** Put the markup inside a sentence of its own paragraph (links, inline elements). */
  inline?: boolean;
}

const yt = 'data-embed="//www.youtube.com/embed/x1Yz"'; // Readability keeps frames/objects whose attributes mention YouTube

export const attacks: Attack[] = [
  { name: 'script-inline', class: 'script', tries: 'inline <script> in the article', signal: 'sentinel', markup: '<script>{P}</script>' },
  { name: 'script-src', class: 'script', tries: 'external <script src>', signal: 'canary', markup: '<script src="{C}"></script>' },
  { name: 'script-in-svg', class: 'script', tries: '<svg><script>', signal: 'sentinel', markup: '<svg width="1" height="1"><script>{P}</script></svg>' },
  { name: 'img-onerror', class: 'handler', tries: '<img onerror> on a broken image', signal: 'sentinel', markup: '<img src="missing-photo.jpg" alt="The quay at dawn" onerror="{P}">' },
  { name: 'img-onload', class: 'handler', tries: '<img onload> on a data: GIF', signal: 'sentinel', markup: '<img src="{G}" alt="" onload="{P}">' },
  { name: 'img-onerror-alert', class: 'handler', tries: '<img onerror=alert()>', signal: 'dialog', markup: '<img src="missing-chart.png" alt="Chart" onerror="alert(\'img-onerror-alert\')">' },
  { name: 'title-change', class: 'handler', tries: '<img onerror> that rewrites document.title', signal: 'title', markup: '<img src="missing-map.png" alt="Map" onerror="document.title=\'pwned: title-change\'">' },
  { name: 'svg-onload', class: 'svg', tries: '<svg onload>', signal: 'sentinel', markup: '<svg onload="{P}" width="10" height="10"><rect width="10" height="10"/></svg>' },
  { name: 'svg-onload-prompt', class: 'svg', tries: '<svg onload=prompt()>', signal: 'dialog', markup: '<svg onload="prompt(\'svg-onload-prompt\')" width="10" height="10"></svg>' },
  { name: 'details-ontoggle', class: 'handler', tries: '<details open ontoggle>', signal: 'sentinel', markup: '<details open ontoggle="{P}"><summary>Winter timetable</summary><p>The 6.50 sailing runs every weekday.</p></details>' },
  { name: 'details-ontoggle-confirm', class: 'handler', tries: '<details open ontoggle=confirm()>', signal: 'dialog', markup: '<details open ontoggle="confirm(\'details-ontoggle-confirm\')"><summary>Notes</summary><p>Counts were made at high tide.</p></details>' },
  { name: 'autofocus-onfocus', class: 'handler', tries: '<input autofocus onfocus>', signal: 'sentinel', markup: '<input autofocus onfocus="{P}" value="Search the archive">' },
  { name: 'tabindex-autofocus-onfocus', class: 'handler', tries: 'focusable <div tabindex autofocus onfocus>', signal: 'sentinel', markup: '<div tabindex="0" autofocus onfocus="{P}">The full timetable is printed below.</div>' },
  { name: 'onanimationstart', class: 'handler', tries: 'onanimationstart with its own @keyframes', signal: 'sentinel', markup: '<style>@keyframes cp-pulse{from{opacity:.99}to{opacity:1}}</style><p style="animation:cp-pulse 1s" onanimationstart="{P}">Sailings will be reviewed again in spring, once the road works on the mainland are finished.</p>' },
  { name: 'marquee-onstart', class: 'handler', tries: '<marquee onstart>', signal: 'sentinel', markup: '<marquee onstart="{P}">Service update: the 6.10 sailing is suspended.</marquee>' },
  { name: 'audio-onerror', class: 'handler', tries: '<audio onerror> on a missing file', signal: 'sentinel', markup: '<audio src="missing-note.mp3" onerror="{P}" controls></audio>' },
  { name: 'video-source-onerror', class: 'handler', tries: '<video><source onerror>', signal: 'sentinel', markup: '<video controls><source src="missing-clip.mp4" type="video/mp4" onerror="{P}"></video>' },
  { name: 'input-image-onerror', class: 'handler', tries: '<input type=image onerror>', signal: 'sentinel', markup: '<input type="image" src="missing-button.png" alt="Go" onerror="{P}">' },
  { name: 'style-onload', class: 'handler', tries: '<style onload>', signal: 'sentinel', markup: '<style onload="{P}">.cp-none{}</style>' },
  { name: 'link-stylesheet', class: 'css', tries: '<link rel=stylesheet> in the body (+ onload)', signal: 'canary', markup: '<link rel="stylesheet" href="{C}" onload="{P}">' },
  { name: 'onmouseover-onclick', class: 'handler', tries: 'pointer and click handlers on a paragraph', signal: 'sentinel', markup: '<p onmouseover="{P}" onpointerenter="{P}" onclick="{P}">Residents say the change ignores the shift workers who cross every morning.</p>' },
  { name: 'a-onclick', class: 'handler', tries: '<a href=#… onclick>', signal: 'sentinel', inline: true, markup: '<a href="#figures" onclick="{P}">the figures</a>' },
  { name: 'iframe-onload', class: 'frame-object', tries: '<iframe onload> that Readability keeps (mentions YouTube)', signal: 'sentinel', markup: `<iframe src="about:blank" ${yt} onload="{P}" title="Video"></iframe>` },
  { name: 'iframe-javascript', class: 'frame-object', tries: '<iframe src=javascript:>', signal: 'sentinel', markup: `<iframe src="javascript:{PP}" ${yt} title="Video"></iframe>` },
  { name: 'iframe-data-html', class: 'frame-object', tries: '<iframe src=data:text/html> with a script', signal: 'canary', markup: `<iframe src="data:text/html,<script>fetch('{O}{C}',{mode:'no-cors'})</script>" ${yt} title="Video"></iframe>` },
  { name: 'iframe-srcdoc', class: 'frame-object', tries: '<iframe srcdoc> with a script', signal: 'sentinel', markup: `<iframe srcdoc="<script>{PP}</script>" ${yt} title="Video"></iframe>` },
  { name: 'iframe-src-canary', class: 'frame-object', tries: '<iframe src> to a page', signal: 'canary', markup: `<iframe src="{C}" ${yt} title="Video"></iframe>` },
  { name: 'object-data-html', class: 'frame-object', tries: '<object data=data:text/html>', signal: 'canary', markup: `<object data="data:text/html,<script>fetch('{O}{C}',{mode:'no-cors'})</script>" type="text/html" ${yt}></object>` },
  { name: 'object-onerror', class: 'frame-object', tries: '<object onerror> on a missing file', signal: 'sentinel', markup: `<object data="missing.swf" type="application/x-shockwave-flash" onerror="{P}" ${yt}></object>` },
  { name: 'embed-svg-data', class: 'frame-object', tries: '<embed src=data:image/svg+xml> with onload', signal: 'canary', markup: `<embed src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='fetch(\`{O}{C}\`,{mode:\`no-cors\`})'/>" type="image/svg+xml" ${yt}>` },
  { name: 'embed-src', class: 'frame-object', tries: '<embed src> to a page', signal: 'canary', markup: `<embed src="{C}" type="text/html" ${yt}>` },
  { name: 'a-javascript', class: 'url', tries: '<a href=javascript:>', signal: 'sentinel', inline: true, markup: '<a href="javascript:{P}">the timetable</a>' },
  { name: 'a-javascript-mixed-case', class: 'url', tries: 'javascript: URL with a leading space and mixed case', signal: 'sentinel', inline: true, markup: '<a href=" JaVaScRiPt:{P}">the survey</a>' },
  { name: 'a-javascript-tab', class: 'url', tries: 'javascript: URL split by a tab entity', signal: 'sentinel', inline: true, markup: '<a href="java&#9;script:{P}">the report</a>' },
  { name: 'a-javascript-entities', class: 'url', tries: 'javascript: URL written with character references', signal: 'sentinel', inline: true, markup: '<a href="&#x6A;&#x61;vascript&colon;{P}">the minutes</a>' },
  { name: 'a-data-html', class: 'url', tries: '<a href=data:text/html>', signal: 'canary', inline: true, markup: `<a href="data:text/html,<script>fetch('{O}{C}',{mode:'no-cors'})</script>">the petition</a>` },
  { name: 'area-javascript', class: 'url', tries: '<map><area href=javascript:>', signal: 'sentinel', markup: '<img src="{G}" usemap="#cp-map" alt="Route map" width="40" height="20"><map name="cp-map"><area shape="default" href="javascript:{P}" alt="Route"></map>' },
  { name: 'form-action', class: 'form', tries: '<form action> submitted by its button', signal: 'canary', markup: '<form action="{C}"><input name="q" value="ferry"><button>Search the archive</button></form>' },
  { name: 'button-formaction', class: 'form', tries: '<button formaction=javascript:>', signal: 'sentinel', markup: '<form id="cp-f"></form><button form="cp-f" formaction="javascript:{P}">Show more sailings</button>' },
  { name: 'a-ping', class: 'url', tries: '<a ping> beacon', signal: 'canary', inline: true, markup: '<a href="/pages/elsewhere.html" ping="{C}">an earlier story</a>' },
  { name: 'meta-refresh-noscript', class: 'meta-base', tries: '<noscript><meta http-equiv=refresh>', signal: 'canary', markup: '<noscript><meta http-equiv="refresh" content="0;url={C}"></noscript>' },
  { name: 'base-noscript', class: 'meta-base', tries: '<noscript><base href> hijacking relative URLs', signal: 'canary', markup: '<noscript><base href="{C}/"></noscript><img src="quay.jpg" alt="The quay" width="40" height="20">' },
  { name: 'css-style-attr', class: 'css', tries: 'style="background-image:url()"', signal: 'canary', markup: '<p class="print-only" style="background-image:url({C})">Printed copies are available at the harbour office.</p>' },
  { name: 'css-import', class: 'css', tries: '<style>@import url()', signal: 'canary', markup: '<style>@import url("{C}");</style>' },
  { name: 'css-style-rule', class: 'css', tries: '<style> rule aimed at the reader overlay', signal: 'canary', markup: '<style>[role=dialog] p, .reader p, article[dir] p {background-image:url("{C}")}</style>' },
  { name: 'css-custom-property', class: 'css', tries: 'url() in a custom property', signal: 'canary', markup: '<p class="print-only" style="--cp-bg:url({C}); background-image:var(--cp-bg)">Printed timetables list every sailing.</p>' },
  { name: 'css-border-image', class: 'css', tries: 'border-image:url()', signal: 'canary', markup: '<p class="print-only" style="border:8px solid; border-image:url({C}) 30 round">The operator will publish passenger counts.</p>' },
  { name: 'css-list-style-image', class: 'css', tries: 'list-style-image:url()', signal: 'canary', markup: '<ul class="print-only" style="list-style-image:url({C})"><li>Weekday sailings at 6.50 and 7.40.</li><li>Weekend sailings from 8.15.</li></ul>' },
  // Readability strips style attributes everywhere except inside <svg>: these reach the sanitizer with their style.
  { name: 'css-svg-custom-property', class: 'css', tries: 'url() in a custom property, inside <svg><foreignObject>', signal: 'canary', markup: '<svg class="print-only" width="200" height="40"><foreignObject width="200" height="40"><p style="--cp-bg:url({C}); background-image:var(--cp-bg)">Printed timetables list every sailing.</p></foreignObject></svg>' },
  { name: 'css-svg-border-image', class: 'css', tries: 'border-image:url(), inside <svg><foreignObject>', signal: 'canary', markup: '<svg class="print-only" width="200" height="40"><foreignObject width="200" height="40"><p style="border:8px solid; border-image:url({C}) 30 round">The operator will publish passenger counts.</p></foreignObject></svg>' },
  { name: 'css-svg-list-style-image', class: 'css', tries: 'list-style-image:url(), inside <svg><foreignObject>', signal: 'canary', markup: '<svg class="print-only" width="200" height="60"><foreignObject width="200" height="60"><ul style="list-style-image:url({C})"><li>Weekday sailings at 6.50.</li></ul></foreignObject></svg>' },
  { name: 'css-font-face', class: 'css', tries: '@font-face src:url()', signal: 'canary', markup: '<style>@font-face{font-family:cp-x;src:url("{C}")} [role=dialog] p, article[dir] p {font-family:cp-x}</style>' },
  { name: 'svg-style-element', class: 'svg', tries: '<svg><style> with url()', signal: 'canary', markup: '<svg width="1" height="1"><style>[role=dialog] p, article[dir] p {background-image:url("{C}")}</style></svg>' },
  { name: 'svg-style-attr', class: 'svg', tries: 'style attribute inside <svg>', signal: 'canary', markup: '<svg class="print-only" width="20" height="20"><rect width="20" height="20" style="fill:red; background-image:url({C})"/><foreignObject width="20" height="20"><div style="background-image:url({C})">x</div></foreignObject></svg>' },
  { name: 'svg-animate-onbegin', class: 'svg', tries: '<animate onbegin>', signal: 'sentinel', markup: '<svg width="10" height="10"><rect width="10" height="10"><animate attributeName="x" from="0" to="1" dur="1s" onbegin="{P}"/></rect></svg>' },
  { name: 'svg-set-onbegin', class: 'svg', tries: '<set onbegin>', signal: 'sentinel', markup: '<svg width="10" height="10"><rect width="10" height="10"><set attributeName="fill" to="red" onbegin="{P}"/></rect></svg>' },
  { name: 'svg-animate-href', class: 'svg', tries: '<animate> that turns an SVG link into javascript:', signal: 'sentinel', markup: '<svg width="160" height="24"><a><animate attributeName="href" values="javascript:{P}"/><text y="16">Route details</text></a></svg>' },
  { name: 'svg-a-xlink-javascript', class: 'svg', tries: '<svg><a xlink:href=javascript:>', signal: 'sentinel', markup: '<svg width="160" height="24"><a xlink:href="javascript:{P}"><text y="16">Open the map</text></a></svg>' },
  { name: 'svg-a-external', class: 'svg', tries: 'SVG link to another site with target=_blank (needs rel=noopener noreferrer)', signal: 'opens', markup: '<svg width="200" height="24"><a href="https://elsewhere.example/map" target="_blank"><text y="16">Open the full map</text></a></svg>' },
  { name: 'svg-use-data', class: 'svg', tries: '<use href=data:> with an image inside', signal: 'canary', markup: `<svg width="10" height="10"><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='{O}{C}' width='10' height='10'/></svg>#x"/></svg>` },
  { name: 'svg-use-external', class: 'svg', tries: '<use href> to an outside document', signal: 'canary', markup: '<svg width="10" height="10"><use href="{C}#x"/></svg>' },
  { name: 'svg-foreignobject-img', class: 'svg', tries: '<foreignObject><img onerror>', signal: 'sentinel', markup: '<svg width="20" height="20"><foreignObject width="20" height="20"><img src="missing-icon.png" onerror="{P}"></foreignObject></svg>' },
  { name: 'svg-feimage', class: 'svg', tries: '<feImage href> loading an outside image', signal: 'canary', markup: '<svg width="10" height="10"><filter id="cp-f"><feImage href="{C}"/></filter><rect width="10" height="10" filter="url(#cp-f)"/></svg>' },
  { name: 'math-href-javascript', class: 'mathml', tries: 'MathML href=javascript:', signal: 'sentinel', markup: '<math href="javascript:{P}"><mi>x</mi><mo>=</mo><mn>2</mn></math>' },
  { name: 'math-mtext-img', class: 'mathml', tries: '<math><mtext><img onerror>', signal: 'sentinel', markup: '<math><mtext><img src="missing-formula.png" onerror="{P}"></mtext></math>' },
  { name: 'mxss-noscript-title', class: 'mxss', tries: '<noscript><p title="</noscript><img onerror>">', signal: 'sentinel', markup: '<noscript><p title="</noscript><img src=x onerror={P}>"></noscript>' },
  { name: 'mxss-svg-p-style', class: 'mxss', tries: '<svg></p><style><a id="</style><img onerror>">', signal: 'sentinel', markup: '<svg></p><style><a id="</style><img src=1 onerror={P}>">' },
  { name: 'mxss-math-mglyph-style', class: 'mxss', tries: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;…onerror">', signal: 'sentinel', markup: '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror={P}&gt;"></table></mtext></math>' },
  { name: 'mxss-form-math-namespace', class: 'mxss', tries: '<form><math><mtext></form><form><mglyph><style></math><img onerror>', signal: 'sentinel', markup: '<form><math><mtext></form><form><mglyph><style></math><img src onerror={P}></style>' },
  { name: 'ns-confusion-dom', class: 'mxss', tries: 'an SVG-namespace <img onerror> built by script (re-parses as HTML <img>)', signal: 'sentinel', inline: true, markup: '<span id="cp-ns"></span><script>(() => { const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg"); const img = document.createElementNS("http://www.w3.org/2000/svg", "img"); img.setAttribute("src", "x"); img.setAttribute("onerror", "{P}"); svg.append(img); document.getElementById("cp-ns").append(svg); })()</script>' },
  { name: 'dsd-template-handler', class: 'shadow-dom', tries: 'declarative shadow root (<template shadowrootmode=open>) with an <img onerror>', signal: 'sentinel', markup: '<div><template shadowrootmode="open"><p>Notes from the field station.</p><img src="missing-shadow.png" onerror="{P}"><slot></slot></template><p>Sensors were collected from the river below the snout.</p></div>' },
  { name: 'template-content', class: 'shadow-dom', tries: 'plain <template> holding an <img onerror>', signal: 'sentinel', markup: '<template><img src="missing-template.png" onerror="{P}"></template>' },
  { name: 'noscript-img-handler', class: 'noscript', tries: '<noscript><img onerror> (unwrapped as a lazy-image fallback)', signal: 'sentinel', markup: '<noscript><img src="missing-fallback.jpg" alt="Fallback" onerror="{P}"></noscript>' },
  { name: 'noscript-after-placeholder', class: 'noscript', tries: 'placeholder <img> + <noscript><img onerror>', signal: 'sentinel', markup: '<img src="{G}" alt="Lazy photo"><noscript><img src="missing-lazy.jpg" alt="Lazy photo" onerror="{P}"></noscript>' },
  { name: 'noscript-script', class: 'noscript', tries: '<noscript><script>', signal: 'sentinel', markup: '<noscript><script>{P}</script><p>Enable scripts to see the map.</p></noscript>' },
  { name: 'dom-clobbering', class: 'clobbering', tries: 'named <img>/<form> clobbering document.implementation, body, documentElement', signal: 'opens', markup: '<img name="implementation" src="{G}" alt=""><form name="documentElement"></form><img name="body" src="{G}" alt=""><img name="querySelector" src="{G}" alt="">' },
];
