-- wrk script: GET /api/v1/agencies?name=压测N安全&status=ACTIVE&size=20 (name contains, a page of 20 and the total).
-- Each N (0..99) matches about 1 % of the agencies the POST phases made. Needs TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

function init(args)
  math.randomseed(os.time())
end

function request()
  -- "压测" N "安全", percent-encoded: every name the POST phase made starts with 压测0安全 .. 压测99安全
  return wrk.format("GET", "/api/v1/agencies?status=ACTIVE&size=20&name=%E5%8E%8B%E6%B5%8B" .. math.random(0, 99)
    .. "%E5%AE%89%E5%85%A8")
end

function response(status, headers, body)
  if status ~= 200 then print("HTTP " .. status .. ": " .. body) end
end
