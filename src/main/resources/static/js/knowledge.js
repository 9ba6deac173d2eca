// Typeahead of the self-help search box: htmx fills the list while typing; this script adds the
// keyboard (Down/Up move, Enter opens the chosen suggestion, Escape closes the list
// without clearing the box).
(function () {
    if (window.helplineTypeahead) {
        return;
    }
    window.helplineTypeahead = true;

    function listOf(input) {
        return document.getElementById(input.getAttribute("aria-controls"));
    }

    function options(list) {
        return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
    }

    function select(input, list, index) {
        var all = options(list);
        all.forEach(function (option, i) {
            option.setAttribute("aria-selected", i === index ? "true" : "false");
        });
        if (index >= 0 && all[index]) {
            input.setAttribute("aria-activedescendant", all[index].id);
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function selectedIndex(list) {
        return options(list).findIndex(function (option) {
            return option.getAttribute("aria-selected") === "true";
        });
    }

    function close(input, list) {
        list.innerHTML = "";
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    document.addEventListener("keydown", function (event) {
        var input = event.target;
        if (!input.hasAttribute || !input.hasAttribute("data-kb-typeahead")) {
            return;
        }
        var list = listOf(input);
        var count = options(list).length;
        var current = selectedIndex(list);
        if (event.key === "ArrowDown" && count > 0) {
            event.preventDefault();
            select(input, list, (current + 1) % count);
        } else if (event.key === "ArrowUp" && count > 0) {
            event.preventDefault();
            select(input, list, current <= 0 ? count - 1 : current - 1);
        } else if (event.key === "Enter" && current >= 0) {
            event.preventDefault();
            window.location.href = options(list)[current].querySelector("a").href;
        } else if (event.key === "Escape" && count > 0) {
            event.preventDefault();
            close(input, list);
        }
    });

    document.addEventListener("htmx:afterSwap", function (event) {
        var list = event.detail.target;
        if (!list.classList || !list.classList.contains("kb-suggestions")) {
            return;
        }
        var input = document.querySelector('[aria-controls="' + list.id + '"]');
        if (input) {
            input.setAttribute("aria-expanded", options(list).length > 0 ? "true" : "false");
        }
    });

    document.addEventListener("click", function (event) {
        document.querySelectorAll("[data-kb-typeahead]").forEach(function (input) {
            var list = listOf(input);
            if (list && !list.contains(event.target) && event.target !== input) {
                close(input, list);
            }
        });
    });
}());
