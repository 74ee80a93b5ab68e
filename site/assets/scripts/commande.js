/*
 * The order form, after formulaires.js: offers only the windows of the chosen counter on the chosen day, greys out
 * services that counter does not offer, shows an estimated total from the catalogue's data block, and sends the
 * quantities as the API's "lines".
 */
(function () {
  'use strict';

  var PREFIX = 'quantity.';

  function OrderForm(form, data) {
    this.form = form;
    this.data = data;
    this.euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    this.total = document.getElementById('total');
    var now = new Date();
    var earliest = new Date(now.getTime() + data.minimumNoticeMinutes * 60000);
    var latest = new Date(now.getTime() + data.maximumAdvanceDays * 86400000);
    form.elements.date.min = window.Formulaires.isoDate(earliest);
    form.elements.date.max = window.Formulaires.isoDate(latest);
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

  /* The form's quantity.<service> fields become the API's lines: [{service, quantity}], none for empty or 0. */
  window.Formulaires.reshape.order = function (json) {
    var lines = [];
    Object.keys(json).forEach(function (name) {
      if (name.indexOf(PREFIX) === 0) {
        if (json[name] > 0) {
          lines.push({ service: name.slice(PREFIX.length), quantity: json[name] });
        }
        delete json[name];
      }
    });
    json.lines = lines;
    return json;
  };

  var form = document.querySelector('form[data-enhanced-form="order"]');
  var dataBlock = document.getElementById('donnees-commande');
  if (form && dataBlock) {
    new OrderForm(form, JSON.parse(dataBlock.textContent));
  }
})();
