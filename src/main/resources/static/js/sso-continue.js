// The way to the organisation's own sign-in: follow the link at once (it works without scripts too).
document.addEventListener("DOMContentLoaded", () => {
    const link = document.getElementById("sso-continue");
    if (link) {
        window.location.replace(link.href);
    }
});
