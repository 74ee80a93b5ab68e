/*
 * Enhances the forms marked data-enhanced-form (order and company sign-up). Without this script they post as plain
 * HTML forms and the API answers with a page; with it:
 *  - startedAt and idempotencyKey are filled (the key stays the same across retries, so a retry never doubles);
 *  - the order form offers only the windows of the chosen counter on the chosen day, greys out services that
 *    counter does not offer, and shows an estimated total from the catalogue's data block;
 *  - the form is posted as JSON; a 400 answer shows a focused error summary linking to each field and each message
 *    under its field (aria-invalid, aria-describedby); success goes to the confirmation page; a network failure,
 *    429 or 5xx is announced and the data stays in the form.
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

  /* ---------- Order form: windows, availability and total ---------- */

  function OrderForm(form, data) {
    this.form = form;
    this.data = data;
    this.euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    this.total = document.getElementById('total');
    var now = new Date();
    var earliest = new Date(now.getTime() + data.minimumNoticeMinutes * 60000);
    var latest = new Date(now.getTime() + data.maximumAdvanceDays * 86400000);
    form.elements.date.min = isoDate(earliest);
    form.elements.date.max = isoDate(latest);
    var self = this;
    form.addEventListener('change', function () { self.refresh(); });
    form.addEventListener('input', function () { self.refreshTotal(); });
    this.total.hidden = false;
    this.refresh();
  }

  OrderForm.prototype.counter = function () {
    var chosen = this.form.querySelector('input[name="counter"]:checked');
    return chosen ? chosen.value : null;
  };

  OrderForm.prototype.refresh = function () {
    this.refreshWindows();
    this.refreshServices();
    this.refreshTotal();
  };

  /* A window "HH:MM-HH:MM" fits a counter on an ISO weekday (1 = Monday) when it lies within one opening. */
  OrderForm.prototype.fits = function (counter, weekday, windowValue) {
    var bounds = windowValue.split('-');
    return counter.hours.some(function (opening) {
      return (weekday === null || opening.day === weekday) && opening.opens <= bounds[0] && bounds[1] <= opening.closes;
    });
  };

  OrderForm.prototype.refreshWindows = function () {
    var counterId = this.counter();
    var counter = counterId ? this.data.counters[counterId] : null;
    var dateValue = this.form.elements.date.value;
    var weekday = null;
    var closed = false;
    if (dateValue) {
      var parts = dateValue.split('-');
      var day = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])).getDay();
      weekday = day === 0 ? 7 : day;
      closed = counter !== null && counter.closedDates.indexOf(dateValue) >= 0;
    }
    var select = this.form.elements.window;
    var self = this;
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.value) {
        return;
      }
      var usable = counter === null || (!closed && self.fits(counter, weekday, option.value));
      option.hidden = !usable;
      option.disabled = !usable;
      if (!usable && option.selected) {
        select.value = '';
      }
    });
  };

  OrderForm.prototype.refreshServices = function () {
    var counterId = this.counter();
    var services = this.data.services;
    Array.prototype.forEach.call(this.form.querySelectorAll('[data-service]'), function (field) {
      var service = services[field.getAttribute('data-service')];
      var offered = counterId === null || (service && service.counters.indexOf(counterId) >= 0);
      var input = field.querySelector('input');
      input.disabled = !offered;
      field.classList.toggle('is-unavailable', !offered);
      field.querySelector('.unavailable').hidden = offered;
    });
  };

  OrderForm.prototype.refreshTotal = function () {
    var services = this.data.services;
    var cents = 0;
    Array.prototype.forEach.call(this.form.querySelectorAll('[data-service] input'), function (input) {
      var quantity = parseInt(input.value, 10);
      var service = services[input.closest('[data-service]').getAttribute('data-service')];
      if (!input.disabled && service && quantity > 0) {
        cents += quantity * service.priceCents;
      }
    });
    this.total.textContent = cents > 0
      ? this.form.dataset.msgTotal + '\u00a0: ' + this.euros.format(cents / 100)
      : this.form.dataset.msgTotalNone;
  };

  /* ---------- JSON body: the same names as the form, lines gathered for orders ---------- */

  function body(form) {
    var json = {};
    var lines = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.disabled || element.type === 'submit') {
        return;
      }
      if (element.name.indexOf('quantity.') === 0) {
        var quantity = parseInt(element.value, 10);
        if (quantity > 0) {
          lines.push({ service: element.name.slice('quantity.'.length), quantity: quantity });
        }
      } else if (element.type === 'radio') {
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
    if (form.getAttribute('data-enhanced-form') === 'order') {
      json.lines = lines;
    }
    return json;
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
    Array.prototype.forEach.call(this.form.querySelectorAll('[aria-invalid]'), function (control) {
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
          var describedBy = control.getAttribute('aria-describedby');
          control.setAttribute('aria-describedby', describedBy ? id + ' ' + describedBy : id);
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
            window.location.assign(form.dataset.confirmation + '?reference=' + encodeURIComponent(answer.reference));
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

  Array.prototype.forEach.call(document.querySelectorAll('form[data-enhanced-form]'), function (form) {
    enhance(form);
    var dataBlock = document.getElementById('donnees-commande');
    if (form.getAttribute('data-enhanced-form') === 'order' && dataBlock) {
      new OrderForm(form, JSON.parse(dataBlock.textContent));
    }
  });
})();
