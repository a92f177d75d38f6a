// Starts (or, after a reload, resumes) a Direct Line conversation with this bot and renders the official Web Chat.
// The token and conversation id live in sessionStorage, so a reload keeps the conversation and closing the tab forgets it.
(function () {
  'use strict';

  var scriptUrl = document.currentScript.src;
  var directLineBase = new URL('../v3/directline', scriptUrl).href;
  var sessionKey = 'fibrobot.webchat.session';
  var refreshEveryMs = 10 * 60 * 1000;
  var host = document.getElementById('webchat');

  function showStatus(text) {
    var status = host.querySelector('.status') || document.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.textContent = text;
    if (!status.parentNode) {
      host.appendChild(status);
    }
  }

  function call(method, path, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    return fetch(directLineBase + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (response) {
        if (!response.ok) {
          var error = new Error('Direct Line answered ' + response.status);
          error.status = response.status;
          throw error;
        }
        return response.json();
      });
  }

  function load() {
    try {
      return JSON.parse(window.sessionStorage.getItem(sessionKey) || 'null');
    } catch (e) {
      return null;
    }
  }

  function save(session) {
    try {
      window.sessionStorage.setItem(sessionKey, JSON.stringify(session));
    } catch (e) {
      // Private browsing may refuse storage; the chat still works, it just will not survive a reload.
    }
  }

  function fromGrant(grant, userId, resumed) {
    return {
      conversationId: grant.conversationId,
      token: grant.token,
      userId: grant.userId || userId,
      expiresAt: Date.now() + grant.expires_in * 1000,
      resumed: resumed
    };
  }

  // A saved, still valid token whose conversation exists is resumed; anything else starts afresh.
  function resumeOrStart() {
    var saved = load();
    var resume = saved && saved.token && saved.expiresAt > Date.now() + 5000
      ? call('POST', '/tokens/refresh', saved.token).then(function (grant) {
          return call('GET', '/conversations/' + encodeURIComponent(grant.conversationId), grant.token).then(function () {
            return fromGrant(grant, saved.userId, true);
          });
        })
      : Promise.reject(new Error('nothing to resume'));
    return resume.catch(function () {
      return call('POST', '/tokens/generate', null, {}).then(function (grant) {
        return fromGrant(grant, null, false);
      });
    });
  }

  function keepTokenFresh(session) {
    window.setInterval(function () {
      call('POST', '/tokens/refresh', session.token)
        .then(function (grant) {
          session.token = grant.token;
          session.expiresAt = Date.now() + grant.expires_in * 1000;
          save(session);
        })
        .catch(function () { /* Web Chat shows its own connectivity notice. */ });
    }, refreshEveryMs);
  }

  function styleOptions(colors) {
    return {
      accent: colors.accent,
      backgroundColor: colors.background,
      bubbleBackground: colors.botBubble,
      bubbleTextColor: colors.botBubbleText,
      bubbleFromUserBackground: colors.userBubble,
      bubbleFromUserTextColor: colors.userBubbleText,
      sendBoxButtonColor: colors.accent,
      suggestedActionLayout: 'flow',
      hideUploadButton: true,
      // No raw HTML from answers or users is ever rendered; markdown is still sanitised by Web Chat on top.
      markdownRenderHTML: false,
      botAvatarInitials: 'Bot',
      userAvatarInitials: 'You'
    };
  }

  Promise.all([fetch(new URL('config.json', scriptUrl).href).then(function (r) { return r.json(); }), resumeOrStart()])
    .then(function (results) {
      var config = results[0];
      var session = results[1];
      save(session);
      keepTokenFresh(session);
      var directLine = window.WebChat.createDirectLine({
        domain: directLineBase,
        token: session.token,
        conversationId: session.resumed ? session.conversationId : undefined,
        webSocket: true
      });
      host.textContent = '';
      window.WebChat.renderWebChat({
        directLine: directLine,
        userID: session.userId,
        username: 'You',
        locale: config.locale,
        styleOptions: styleOptions(config.colors)
      }, host);
    })
    .catch(function () {
      showStatus('The chat could not start. Please reload the page in a moment.');
    });
}());
