// Canned replies in the agent's composer: "/" and a few letters offer matching replies, filled in
// for the request by the server; picking one puts its text in place of what was typed. A reply
// that also changes the request (status, severity, assignment) sends the form to its own address.
(function () {
  'use strict';

  var box = document.getElementById('canned-replies');
  if (!box) {
    return;
  }
  var textarea = document.getElementById(box.dataset.for);
  var menu = document.getElementById('canned-reply-menu');
  var none = document.getElementById('canned-reply-none');
  var note = document.getElementById('canned-reply-actions');
  if (!textarea || !menu) {
    return;
  }
  var form = textarea.form;
  var plainAction = form.getAttribute('action');
  var TRIGGER = /(^|\s)\/([\p{L}\p{N}-]{0,40})$/u;
  var items = [];
  var active = -1;
  var typed = null;
  var timer = null;
  var asked = 0;

  textarea.setAttribute('aria-autocomplete', 'list');
  // A textarea keeps its textbox role, which takes no aria-expanded: the listbox's visibility tells.
  textarea.setAttribute('aria-controls', menu.id);

  function close() {
    items = [];
    active = -1;
    typed = null;
    menu.replaceChildren();
    menu.classList.add('d-none');
    none.classList.add('d-none');
    textarea.removeAttribute('aria-activedescendant');
  }

  function show(replies) {
    menu.replaceChildren();
    items = replies;
    active = replies.length > 0 ? 0 : -1;
    replies.forEach(function (reply, index) {
      var option = document.createElement('li');
      option.id = 'canned-option-' + index;
      option.className = 'list-group-item list-group-item-action canned-option';
      option.setAttribute('role', 'option');
      option.dataset.shortcut = reply.shortcut;
      var head = document.createElement('div');
      var shortcut = document.createElement('span');
      shortcut.className = 'font-monospace';
      shortcut.textContent = '/' + reply.shortcut;
      var title = document.createElement('span');
      title.className = 'fw-semibold ms-2';
      title.textContent = reply.title;
      head.append(shortcut, title);
      var preview = document.createElement('div');
      preview.className = 'small text-body-secondary text-truncate';
      preview.textContent = reply.text;
      option.append(head, preview);
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
        pick(index);
      });
      menu.append(option);
    });
    menu.classList.toggle('d-none', replies.length === 0);
    none.classList.toggle('d-none', replies.length > 0);
    highlight();
  }

  function highlight() {
    Array.prototype.forEach.call(menu.children, function (option, index) {
      option.classList.toggle('active', index === active);
      option.setAttribute('aria-selected', String(index === active));
    });
    if (active >= 0) {
      textarea.setAttribute('aria-activedescendant', 'canned-option-' + active);
    }
  }

  function pick(index) {
    var reply = items[index];
    if (!reply || typed === null) {
      return;
    }
    var caret = textarea.selectionStart;
    var start = caret - typed.length - 1;
    textarea.value = textarea.value.slice(0, start) + reply.text + textarea.value.slice(caret);
    var end = start + reply.text.length;
    textarea.setSelectionRange(end, end);
    textarea.focus();
    sendWith(reply.hasActions ? reply.id : null);
    close();
  }

  function sendWith(replyId) {
    picked = replyId;
    if (replyId) {
      form.setAttribute('action', box.dataset.send + replyId);
      var asReply = document.getElementById('mode-reply');
      if (asReply) {
        asReply.checked = true;
      }
    } else {
      form.setAttribute('action', plainAction);
    }
    note.classList.toggle('d-none', !replyId);
  }

  function lookUp() {
    var before = textarea.value.slice(0, textarea.selectionStart);
    var match = TRIGGER.exec(before);
    if (!match) {
      close();
      return;
    }
    typed = match[2];
    var query = typed;
    var ticket = ++asked;
    fetch(box.dataset.source + '?q=' + encodeURIComponent(query), {
      headers: {Accept: 'application/json'},
      credentials: 'same-origin'
    })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (replies) {
        if (ticket === asked && typed === query) {
          show(replies);
        }
      })
      .catch(close);
  }

  // Only a reply to the customer applies a picked reply's changes; a note or a question is sent plainly.
  var picked = null;
  Array.prototype.forEach.call(form.querySelectorAll('input[name="mode"]'), function (mode) {
    mode.addEventListener('change', function () {
      var id = picked;
      sendWith(mode.value === 'REPLY' ? id : null);
      picked = id;
    });
  });

  textarea.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 120);
  });

  textarea.addEventListener('keydown', function (event) {
    if (items.length === 0) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      var step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + items.length) % items.length;
      highlight();
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });

  textarea.addEventListener('blur', function () {
    setTimeout(close, 150);
  });
})();
