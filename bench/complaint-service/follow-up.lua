-- wrk script: POST /api/v1/public/follow-up with valid receipt codes read from the file named by CODES (one per line),
-- so no request counts as a wrong code. With FORWARDED=1 each request carries X-Forwarded-For from one of 65,536
-- client addresses (198.18.0.0/16, the benchmarking range): each is its own throttle source when the service trusts
-- 127.0.0.1 as its proxy (TRUSTED_PROXIES=127.0.0.1 ./suite up); without it every request is one source.
local codes = {}
local forwarded = os.getenv("FORWARDED") == "1"
local failures = 0

function init(args)
  for line in io.lines(os.getenv("CODES")) do
    codes[#codes + 1] = line
  end
  math.randomseed(os.time() + #codes + math.random(1, 100000))
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  local headers = nil
  if forwarded then
    headers = { ["Content-Type"] = "application/json",
                ["X-Forwarded-For"] = "198.18." .. math.random(0, 255) .. "." .. math.random(0, 255) }
  end
  return wrk.format(nil, "/api/v1/public/follow-up", headers,
    '{"receiptCode":"' .. codes[math.random(1, #codes)] .. '"}')
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then print("HTTP " .. status .. ": " .. body) end
  end
end

-- One line for run.sh: successful responses only (all requests minus non-2xx and socket errors) and the latency.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("SUMMARY %d %d %d %d %d %d\n", summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout, summary.duration, latency:percentile(50), latency:percentile(99)))
end
