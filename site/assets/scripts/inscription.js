/*
 * The registration form of an event page, after formulaires.js. The static page cannot know the places left: this
 * script asks the API (GET /api/events/{event}/availability, data-availability) and says them in a status message,
 * naming the waiting list once the event is full. The form is sent by formulaires.js; its answer is shown here,
 * on the event page (confirmed, or the place on the waiting list), with the places left as the answer gives them.
 * Without scripts the form posts as a plain HTML form and the API answers with a page.
 */
(function () {
  'use strict';

  var form = document.querySelector('form[data-enhanced-form="registration"]');
  if (!form || !window.Formulaires) {
    return;
  }
  var places = document.getElementById('places-restantes');
  var done = document.getElementById('inscription-resultat');
  var fullNote = document.querySelector('.registration__full');
  var button = form.querySelector('button[type="submit"]');
  var messages = form.dataset;

  function fill(template, values) {
    return values.reduce(function (text, value, index) {
      return text.split('{' + index + '}').join(String(value));
    }, template);
  }

  /* The places of the event as the API says them: left, full (with the waiting list), without limit, or closed. */
  function show(availability) {
    var text;
    if (!availability.open) {
      text = messages.msgClosed;
    } else if (availability.capacity === null) {
      text = fill(messages.msgUnlimited, [availability.taken]);
    } else if (availability.full) {
      text = fill(messages.msgFull, [availability.waiting]);
    } else if (availability.placesLeft === 1) {
      text = fill(messages.msgOne, [availability.placesLeft, availability.capacity]);
    } else {
      text = fill(messages.msgLeft, [availability.placesLeft, availability.capacity]);
    }
    places.textContent = text;
    places.hidden = false;
    fullNote.hidden = !availability.full;
    button.textContent = availability.full ? messages.msgSubmitWaiting : messages.msgSubmit;
  }

  function refresh() {
    fetch(form.dataset.availability, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (availability) {
        if (availability) {
          show(availability);
        } else {
          places.hidden = true;
        }
      })
      .catch(function () { places.hidden = true; });
  }

  /* The answer replaces the form: what was decided, and the places left now. */
  window.Formulaires.accepted.registration = function (answer) {
    var text = answer.status === 'waiting'
      ? fill(messages.msgWaiting, [answer.reference, answer.position])
      : fill(messages.msgConfirmed, [answer.reference]);
    done.textContent = answer.existing ? messages.msgExisting + ' ' + text : text;
    done.hidden = false;
    form.hidden = true;
    if (answer.availability) {
      show(answer.availability);
    }
    done.focus();
  };

  places.textContent = messages.msgLoading;
  places.hidden = false;
  refresh();
})();
