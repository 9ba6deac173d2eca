// The phone directory: typing filters the list of countries and regions (by name, seed name or
// code) and picks the first match; Enter or a choice in the list opens that region's page.
(function () {
    var filter = document.getElementById("region-filter");
    var select = document.getElementById("region-select");
    var options = Array.prototype.slice.call(select.options, 1);
    filter.addEventListener("input", function () {
        var query = filter.value.trim().toLocaleLowerCase();
        var first = null;
        options.forEach(function (option) {
            var alias = (option.getAttribute("data-alias") || "").toLocaleLowerCase();
            var shown = !query || option.text.toLocaleLowerCase().indexOf(query) >= 0
                || alias.indexOf(query) >= 0 || option.value.toLowerCase() === query;
            option.hidden = !shown;
            option.disabled = !shown;
            if (shown && first === null) { first = option; }
        });
        if (first !== null && query) { select.value = first.value; }
    });
    filter.addEventListener("keydown", function (event) {
        if (event.key === "Enter") {
            event.preventDefault();
            if (select.value) { select.form.submit(); }
        }
    });
    select.addEventListener("change", function () { if (select.value) { select.form.submit(); } });
})();
