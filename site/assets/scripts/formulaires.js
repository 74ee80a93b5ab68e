/*
 * Enhances the forms marked data-enhanced-form (order, company sign-up); shared by every form page, each page adding
 * its own script after this one (commande.js, adhesion.js). Without scripts the forms post as plain HTML forms and
 * the API answers with a page; with them:
 *  - startedAt and idempotencyKey are filled (the key stays the same across retries, so a retry never doubles);
 *  - the form is posted as JSON (a page script may reshape the body, see Formulaires.reshape); a 400 or 409 answer
 *    shows a focused error summary linking to each field and each message under its field (aria-invalid,
 *    aria-describedby; a group such as the services is described as a whole); success goes to the confirmation
 *    page; a network failure, 429 or 5xx is announced and the data stays in the form.
 * No framework, no inline script: CSP "script-src 'self'" is enough. French texts come from data-msg-* attributes
 * written by the templates from messages.properties.
 */
(function () {
  'use strict';

  function uuid() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function isoDate(date) {
    var month = String(date.getMonth() + 1).padStart(2, '0');
    var day = String(date.getDate()).padStart(2, '0');
    return date.getFullYear() + '-' + month + '-' + day;
  }

  /*
   * What page scripts share: helpers; per kind of form, a function reshaping its JSON body before it is sent; and per
   * kind of form that answers on its own page (registration), a function given the accepted answer instead of going to
   * the confirmation page.
   */
  var shared = window.Formulaires = { isoDate: isoDate, reshape: {}, accepted: {} };

  /* ---------- JSON body: the same names as the form ---------- */

  function body(form) {
    var json = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.disabled || element.type === 'submit') {
        return;
      }
      if (element.type === 'radio') {
        if (element.checked) {
          json[element.name] = element.value;
        }
      } else if (element.type === 'checkbox') {
        json[element.name] = element.checked;
      } else if (element.type === 'number' || element.name === 'startedAt') {
        if (element.value !== '') {
          json[element.name] = Number(element.value);
        }
      } else {
        json[element.name] = element.value;
      }
    });
    var reshape = shared.reshape[form.getAttribute('data-enhanced-form')];
    return reshape ? reshape(json, form) : json;
  }

  /* ---------- Errors: summary and messages under each field ---------- */

  function Errors(form) {
    this.form = form;
    this.summary = document.getElementById('erreurs');
  }

  Errors.prototype.clear = function () {
    this.summary.hidden = true;
    Array.prototype.forEach.call(this.form.querySelectorAll('.field-error'), function (message) {
      message.remove();
    });
    Array.prototype.forEach.call(this.form.querySelectorAll('[aria-invalid], [aria-describedby*="erreur-"]'), function (control) {
      control.removeAttribute('aria-invalid');
      var kept = (control.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && id.indexOf('erreur-') !== 0;
      });
      if (kept.length) {
        control.setAttribute('aria-describedby', kept.join(' '));
      } else {
        control.removeAttribute('aria-describedby');
      }
    });
  };

  /* The controls of a field name, and the element the summary links to. */
  Errors.prototype.locate = function (field) {
    var named = this.form.elements[field];
    if (named && named.tagName === 'FIELDSET') {
      return { controls: [], target: named, group: named };
    }
    if (named && typeof named.length === 'number' && !named.tagName) {
      return { controls: Array.prototype.slice.call(named), target: named[0], group: named[0].closest('fieldset') };
    }
    if (named) {
      return { controls: [named], target: named, group: null };
    }
    var block = document.getElementById(field);
    return block ? { controls: [], target: block, group: block } : null;
  };

  Errors.prototype.show = function (message, errors) {
    this.clear();
    var list = this.summary.querySelector('.error-summary__list');
    list.textContent = '';
    this.summary.querySelector('.error-summary__message').textContent = message || this.form.dataset.msgRejected;
    var self = this;
    (errors || []).forEach(function (error) {
      var place = self.locate(error.field);
      var item = document.createElement('li');
      if (place) {
        var id = 'erreur-' + error.field.replace(/[^A-Za-z0-9_-]/g, '-');
        var text = document.createElement('p');
        text.className = 'field-error';
        text.id = id;
        text.textContent = error.message;
        if (place.group) {
          var legend = place.group.querySelector('legend');
          legend.insertAdjacentElement('afterend', text);
        } else {
          place.target.insertAdjacentElement('beforebegin', text);
        }
        place.controls.forEach(function (control) {
          control.setAttribute('aria-invalid', 'true');
        });
        /* A group without controls of its own (the services) is described as a whole: its fieldset. */
        (place.controls.length ? place.controls : [place.target]).forEach(function (described) {
          var describedBy = described.getAttribute('aria-describedby');
          described.setAttribute('aria-describedby', describedBy ? id + ' ' + describedBy : id);
        });
        var link = document.createElement('a');
        link.href = '#' + place.target.id;
        link.textContent = error.message;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          place.target.focus();
          place.target.scrollIntoView({ block: 'center' });
        });
        item.appendChild(link);
      } else {
        item.textContent = error.message;
      }
      list.appendChild(item);
    });
    this.summary.hidden = false;
    this.summary.focus();
  };

  /* ---------- Submission ---------- */

  // The server's confirmation page when it gives one of this site (an order's carries its private follow-up key),
  // else the form's, with the reference.
  function confirmationOf(form, answer) {
    var given = answer.confirmationUrl;
    if (typeof given === 'string' && given.indexOf(form.dataset.confirmation + '?') === 0) {
      return given;
    }
    return form.dataset.confirmation + '?reference=' + encodeURIComponent(answer.reference);
  }

  function enhance(form) {
    var errors = new Errors(form);
    var status = form.querySelector('.form-status');
    var button = form.querySelector('button[type="submit"]');
    form.noValidate = true;
    form.elements.startedAt.value = String(Date.now());
    form.elements.idempotencyKey.value = uuid();

    function say(text) {
      status.textContent = text;
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      errors.clear();
      say(form.dataset.msgSending);
      button.disabled = true;
      fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body(form)),
        credentials: 'same-origin'
      }).then(function (response) {
        if (response.status === 429) {
          say(form.dataset.msgThrottled);
          return null;
        }
        if (response.status >= 500) {
          say(form.dataset.msgUnavailable);
          return null;
        }
        return response.json().then(function (answer) {
          if (response.ok && answer.reference) {
            var accepted = shared.accepted[form.getAttribute('data-enhanced-form')];
            if (accepted) {
              say('');
              accepted(answer, form);
              return;
            }
            window.location.assign(confirmationOf(form, answer));
            return;
          }
          say('');
          errors.show(answer.message, answer.errors);
        });
      }).catch(function () {
        say(form.dataset.msgNetwork);
      }).then(function () {
        button.disabled = false;
      });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-enhanced-form]'), enhance);
})();
