-- wrk script: POST /api/v1/public/complaints (no login), every second one with a reporter identity (sealed with
-- AES-GCM), about AGENCY_ID when set. With CODES set, each thread appends the receipt codes it got to CODES.<n>.
-- Prints the first few non-201 answers so that a wrong setup is seen at once.
local failures = 0
local written = 0
local out = nil
local threads = 0
local n = 0

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  if os.getenv("CODES") then out = io.open(os.getenv("CODES") .. "." .. number, "a") end
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local agency = os.getenv("AGENCY_ID")
local target = (agency and agency ~= "") and ('"agencyId":"' .. agency .. '",') or '"agencyName":"临沂压测安全评价有限公司",'
local identity = ',"identity":{"name":"压测举报人","phone":"13800000000","idNumber":"371302198001010017","consentToContact":true}'

function request()
  n = n + 1
  local body = '{' .. target .. '"category":"ART14_7","description":"压测：该机构评价报告的现场照片疑似复用其他项目，第'
    .. n .. '号。","occurredOn":"2026-11-20","occurredPlace":"临沂市河东区"' .. ((n % 2 == 0) and identity or '') .. '}'
  return wrk.format(nil, "/api/v1/public/complaints", nil, body)
end

function response(status, headers, body)
  if status == 201 then
    if out then
      out:write(body:match('"receiptCode":"(%d+)"'), "\n")
      written = written + 1
      if written % 50 == 0 then out:flush() end
    end
  else
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
