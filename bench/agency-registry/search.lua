-- wrk script: GET /api/v1/agencies?name=压测N&status=ACTIVE&size=20 (name contains, a page of 20). Needs TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

function init(args)
  math.randomseed(os.time())
end

function request()
  -- "压测" percent-encoded, then a number: every name the POST phase made starts with 压测0..压测99
  return wrk.format("GET", "/api/v1/agencies?status=ACTIVE&size=20&name=%E5%8E%8B%E6%B5%8B" .. math.random(0, 99))
end

function response(status, headers, body)
  if status ~= 200 then print("HTTP " .. status .. ": " .. body) end
end
