-- wrk script for the self-help benchmark (SearchBenchmark): each thread's connections cycle through
-- the request paths of the file given after "--", one per line, starting at a line of the thread's
-- own; a second argument is a pause in milliseconds before each call (a person typing), else calls
-- go back to back. The run ends with one summary line in milliseconds; non-2xx answers are errors.
local paths = {}
local next_path = 0
local threads = 0
local pause = 0

function setup(thread)
    threads = threads + 1
    thread:set("first", threads * 7919)
end

function init(args)
    for line in io.lines(args[1]) do
        paths[#paths + 1] = line
    end
    next_path = first % #paths
    pause = tonumber(args[2] or "0")
end

function delay()
    return pause
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.status + summary.errors.timeout
    io.write(string.format("n=%d median=%.3f ms p90=%.3f ms p99=%.3f ms max=%.3f ms calls/s=%.0f errors=%d\n",
        summary.requests, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000, summary.requests / summary.duration * 1e6, errors))
end
