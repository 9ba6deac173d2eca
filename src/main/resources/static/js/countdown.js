// Live SLA badges (requests/parts :: slaBadge): every badge with a deadline still owed counts
// down to it in words ("in 3 h 20 min") and up from it once missed ("5 min ago"), and turns
// "at risk" and "breached" when its time comes, without a reload. The words come from the page
// (#sla-words), in the reader's language; a met, paused or stopped clock has no deadline and
// does not count.
(function () {
    'use strict';

    var STATES = {
        'running': { colour: 'text-bg-primary', icon: 'bi-stopwatch' },
        'at-risk': { colour: 'text-bg-warning', icon: 'bi-exclamation-triangle-fill' },
        'breached': { colour: 'text-bg-danger', icon: 'bi-x-octagon-fill' }
    };

    function fill(pattern, value) {
        return pattern.replace('{0}', value);
    }

    function span(words, ms) {
        var minutes = Math.floor(Math.abs(ms) / 60000);
        if (minutes === 0) {
            return words.under;
        }
        var days = Math.floor(minutes / 1440);
        var hours = Math.floor(minutes / 60) % 24;
        var rest = minutes % 60;
        var parts = [];
        if (days > 0) {
            parts.push(fill(words.days, days));
        }
        if (hours > 0) {
            parts.push(fill(words.hours, hours));
        }
        if (rest > 0 && days === 0) {
            parts.push(fill(words.minutes, rest));
        }
        return parts.join(words.separator || '');
    }

    function stateAt(badge, now, due) {
        if (now >= due) {
            return 'breached';
        }
        var atRisk = badge.dataset.atRisk ? Date.parse(badge.dataset.atRisk) : NaN;
        return !isNaN(atRisk) && now >= atRisk ? 'at-risk' : 'running';
    }

    function show(badge, state, words) {
        if (badge.dataset.state === state) {
            return;
        }
        Object.keys(STATES).forEach(function (name) {
            badge.classList.remove(STATES[name].colour);
        });
        badge.classList.add(STATES[state].colour);
        var icon = badge.querySelector('.bi');
        if (icon) {
            Object.keys(STATES).forEach(function (name) {
                icon.classList.remove(STATES[name].icon);
            });
            icon.classList.add(STATES[state].icon);
        }
        var label = badge.querySelector('.sla-state');
        if (label) {
            label.textContent = words[state === 'at-risk' ? 'atRisk' : state];
        }
        badge.dataset.state = state;
    }

    function tick(words) {
        var now = Date.now();
        document.querySelectorAll('.sla-badge[data-due]').forEach(function (badge) {
            var due = Date.parse(badge.dataset.due);
            var text = badge.querySelector('.sla-words');
            if (isNaN(due) || !text) {
                return;
            }
            var ms = due - now;
            text.textContent = fill(ms > 0 ? words.future : words.past, span(words, ms));
            show(badge, stateAt(badge, now, due), words);
        });
    }

    function start() {
        var source = document.getElementById('sla-words');
        if (!source || window.helplineCountdown) {
            return;
        }
        window.helplineCountdown = true;
        var words = source.dataset;
        tick(words);
        window.setInterval(function () { tick(words); }, 10000);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
