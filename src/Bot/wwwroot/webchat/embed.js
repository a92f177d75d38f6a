// Embeds this bot's chat in another site: <script src="https://BOT/embed.js" data-target="chat" async></script>
// puts an iframe of BOT/embed into the element with id "chat" (or right after the script when there is none).
(function () {
  'use strict';

  var script = document.currentScript;
  var frame = document.createElement('iframe');
  frame.src = new URL('embed', script.src).href;
  frame.title = script.getAttribute('data-title') || 'Chat';
  frame.setAttribute('allow', 'clipboard-write');
  frame.style.border = '0';
  frame.style.width = '100%';
  frame.style.height = script.getAttribute('data-height') || '600px';
  var target = script.getAttribute('data-target') && document.getElementById(script.getAttribute('data-target'));
  if (target) {
    target.appendChild(frame);
  } else {
    script.parentNode.insertBefore(frame, script.nextSibling);
  }
}());
