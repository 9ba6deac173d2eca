"use strict";
// Passkeys with Spring Security's WebAuthn endpoints: adding one on the account pages and using one
// as the second factor after the password. The JSON of the endpoints carries binary fields as
// Base64url; the browser's credential API takes and gives ArrayBuffers.
(() => {
    const base64url = {
        encode(buffer) {
            const text = String.fromCharCode(...new Uint8Array(buffer));
            return window.btoa(text).replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
        },
        decode(value) {
            const text = window.atob(value.replace(/-/g, "+").replace(/_/g, "/"));
            const bytes = new Uint8Array(text.length);
            for (let i = 0; i < text.length; i++) {
                bytes[i] = text.charCodeAt(i);
            }
            return bytes.buffer;
        }
    };

    function csrfHeaders() {
        const token = document.querySelector("meta[name='_csrf']");
        const header = document.querySelector("meta[name='_csrf_header']");
        const headers = {"Content-Type": "application/json"};
        if (token && header) {
            headers[header.content] = token.content;
        }
        return headers;
    }

    async function post(url, body) {
        const response = await fetch(url, {
            method: "POST",
            headers: csrfHeaders(),
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        if (!response.ok) {
            throw new Error("HTTP " + response.status);
        }
        return response.json();
    }

    function showError() {
        const error = document.getElementById("passkey-error");
        if (error) {
            error.classList.remove("d-none");
        }
    }

    async function add(label, after) {
        const options = await post("/webauthn/register/options");
        const publicKey = {
            ...options,
            user: {...options.user, id: base64url.decode(options.user.id)},
            challenge: base64url.decode(options.challenge),
            excludeCredentials: (options.excludeCredentials || []).map(c => ({...c, id: base64url.decode(c.id)}))
        };
        const created = await navigator.credentials.create({publicKey});
        const credential = {
            id: created.id,
            rawId: base64url.encode(created.rawId),
            response: {
                attestationObject: base64url.encode(created.response.attestationObject),
                clientDataJSON: base64url.encode(created.response.clientDataJSON),
                transports: created.response.getTransports ? created.response.getTransports() : []
            },
            type: created.type,
            clientExtensionResults: created.getClientExtensionResults(),
            authenticatorAttachment: created.authenticatorAttachment
        };
        const result = await post("/webauthn/register", {publicKey: {credential, label}});
        if (!result.success) {
            throw new Error("not registered");
        }
        window.location.href = after;
    }

    async function use() {
        const options = await post("/webauthn/authenticate/options");
        const publicKey = {
            ...options,
            challenge: base64url.decode(options.challenge),
            allowCredentials: (options.allowCredentials || []).map(c => ({...c, id: base64url.decode(c.id)}))
        };
        const assertion = await navigator.credentials.get({publicKey});
        const response = assertion.response;
        const result = await post("/login/webauthn", {
            id: assertion.id,
            rawId: base64url.encode(assertion.rawId),
            response: {
                authenticatorData: base64url.encode(response.authenticatorData),
                clientDataJSON: base64url.encode(response.clientDataJSON),
                signature: base64url.encode(response.signature),
                userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined
            },
            credType: assertion.type,
            clientExtensionResults: assertion.getClientExtensionResults(),
            authenticatorAttachment: assertion.authenticatorAttachment
        });
        if (!result.authenticated) {
            throw new Error("not accepted");
        }
        window.location.href = result.redirectUrl;
    }

    document.addEventListener("DOMContentLoaded", () => {
        const form = document.getElementById("passkey-form");
        if (form) {
            form.addEventListener("submit", event => {
                event.preventDefault();
                const label = document.getElementById("passkey-label").value.trim();
                add(label, form.dataset.after).catch(showError);
            });
        }
        const button = document.getElementById("use-passkey");
        if (button) {
            button.addEventListener("click", () => use().catch(showError));
        }
    });
})();
