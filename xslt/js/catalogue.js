/*
 * Polypress catalogue: filtering and sorting as an enhancement. Without this script the page
 * lists every work, newest first; with it, the filter form is shown, rows that do not match are
 * hidden, and the Type, Reference, Date and Title headers sort the table.
 */
(function () {
  'use strict';
  var form = document.getElementById('pp-filters');
  var table = document.getElementById('pp-works');
  if (!form || !table || !table.tBodies.length) {
    return;
  }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var count = document.getElementById('pp-count');
  var shown = form.getAttribute('data-shown') || '{shown} of {total}';

  function value(name) {
    var field = form.elements[name];
    return field ? field.value : '';
  }

  function filter() {
    var words = value('q').toLowerCase().split(/\s+/).filter(Boolean);
    var type = value('type');
    var lang = value('lang');
    var year = value('year');
    var visible = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-text') || '';
      var match = words.every(function (w) { return text.indexOf(w) >= 0; })
        && (!type || row.getAttribute('data-type') === type)
        && (!lang || (' ' + row.getAttribute('data-langs') + ' ').indexOf(' ' + lang + ' ') >= 0)
        && (!year || row.getAttribute('data-year') === year);
      row.hidden = !match;
      visible += match ? 1 : 0;
    });
    count.textContent = shown.replace('{shown}', visible).replace('{total}', rows.length);
  }

  function key(row, column) {
    if (column === 'date') {
      return row.getAttribute('data-date') || '';
    }
    if (column === 'title') {
      var summary = row.querySelector('.title summary');
      if (summary) {
        return summary.textContent.trim().toLowerCase();
      }
    }
    var cell = row.querySelector('.' + column);
    return (cell ? cell.textContent : '').trim().toLowerCase();
  }

  function sort(header) {
    var column = header.getAttribute('data-sort');
    var descending = header.getAttribute('aria-sort') === 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.removeAttribute('aria-sort');
    });
    header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    var collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: 'base' });
    rows.sort(function (a, b) {
      var ka = key(a, column);
      var kb = key(b, column);
      // Empty values (no date, no reference) stay at the end whichever the direction.
      if (!ka || !kb) {
        return ka ? -1 : kb ? 1 : 0;
      }
      return descending ? collator.compare(kb, ka) : collator.compare(ka, kb);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    if (!th.hasAttribute('data-sort')) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    button.addEventListener('click', function () { sort(th); });
    th.textContent = '';
    th.appendChild(button);
  });

  // The type filter's choices: the types the rows carry; no choice, no filter.
  var typeSelect = form.elements.type;
  if (typeSelect) {
    var types = {};
    rows.forEach(function (row) {
      var t = row.getAttribute('data-type');
      if (t) {
        types[t] = true;
      }
    });
    var names = Object.keys(types).sort();
    names.forEach(function (t) {
      var option = document.createElement('option');
      option.value = t;
      option.textContent = t;
      typeSelect.appendChild(option);
    });
    if (!names.length) {
      typeSelect.parentNode.parentNode.removeChild(typeSelect.parentNode);
    }
  }

  form.hidden = false;
  form.addEventListener('input', filter);
  form.addEventListener('change', filter);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  filter();
})();
