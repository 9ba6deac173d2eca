-- wrk script for request intake (bench/intake.sh): every connection posts valid technical severity B
-- requests of Contoso (standard contract) about mail flow with the Bearer token given after "--",
-- each with a title of its own, back to back. Answers other than 2xx are counted as errors by wrk and
-- printed in the last line.
local token
local thread_number = 0
local sequence = 0

function setup(thread)
    thread_number = thread_number + 1
    thread:set("number", thread_number)
end

function init(args)
    token = args[1]
end

function request()
    sequence = sequence + 1
    local body = '{"category":"TECHNICAL","serviceId":"mail","problemClassification":"mail-flow",'
        .. '"title":"Load ' .. number .. '-' .. sequence .. '",'
        .. '"description":"Since 09:10 mail to **external** domains is delayed.",'
        .. '"severity":"B","routeTo":"PROVIDER","contact":{"phone":"+48 22 123 45 67",'
        .. '"email":"admin@contoso.example","preferredMethod":"EMAIL","language":"en","available24x7":false}}'
    return wrk.format("POST", "/api/v1/requests", {
        ["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
    }, body)
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("errors: %d answers other than 2xx, %d connection errors, %d timeouts\n",
        e.status, e.connect + e.read + e.write, e.timeout))
end
