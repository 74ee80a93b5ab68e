/*
 * The company sign-up form, after formulaires.js: a live estimate of the monthly price from the offer's data block
 * (written at build time from offer.yaml, the file the server quotes from), the site address asked only when it
 * differs from the company's, and the start date bounded as the server bounds it.
 */
(function () {
  'use strict';

  var form = document.querySelector('form[data-enhanced-form="subscription"]');
  var dataBlock = document.getElementById('donnees-adhesion');
  if (!form || !dataBlock) {
    return;
  }
  var offer = JSON.parse(dataBlock.textContent);
  var euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
  var count = new Intl.NumberFormat('fr-FR');
  var estimate = document.getElementById('estimation');
  var siteFields = document.getElementById('adresse-site');

  /* As CompanyOffer.quote: each band of the headcount at its own rate, then the monthly minimum. */
  function quote(employees) {
    var cents = 0;
    var priced = 0;
    offer.tiers.forEach(function (tier) {
      var bandEnd = tier.upToEmployees === null ? employees : Math.min(employees, tier.upToEmployees);
      if (bandEnd > priced) {
        cents += (bandEnd - priced) * tier.monthlyCentsPerEmployee;
        priced = bandEnd;
      }
    });
    return { cents: Math.max(cents, offer.minimumMonthlyCents), minimumApplied: cents < offer.minimumMonthlyCents };
  }

  function refreshEstimate() {
    var text = form.elements.employees.value.trim();
    var employees = Number(text);
    if (text === '' || !Number.isInteger(employees) || employees < offer.minEmployees || employees > offer.maxEmployees) {
      estimate.textContent = form.dataset.msgEstimateNone;
      return;
    }
    var price = quote(employees);
    estimate.textContent = form.dataset.msgEstimate
      .replace('{0}', euros.format(price.cents / 100))
      .replace('{1}', count.format(employees))
      + (price.minimumApplied ? ' ' + form.dataset.msgEstimateMinimum : '');
  }

  /* The site's address is asked only for "another address"; hidden fields are disabled, so they are not sent. */
  function refreshSite() {
    var other = form.elements.siteAddress.value === 'other';
    siteFields.hidden = !other;
    Array.prototype.forEach.call(siteFields.querySelectorAll('input'), function (input) {
      input.disabled = !other;
      input.required = other;
    });
  }

  var today = new Date();
  form.elements.startDate.min = window.Formulaires.isoDate(today);
  form.elements.startDate.max = window.Formulaires.isoDate(new Date(today.getTime() + offer.maxStartAdvanceDays * 86400000));
  form.elements.employees.addEventListener('input', refreshEstimate);
  form.addEventListener('change', refreshSite);
  estimate.hidden = false;
  refreshEstimate();
  refreshSite();
})();
