-- wrk script: GET /api/v1/agencies/{id} for ids read from the file named by IDS (one per line). Needs TOKEN.
local ids = {}

function init(args)
  for line in io.lines(os.getenv("IDS")) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time() + #ids)
end

wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

function request()
  return wrk.format("GET", "/api/v1/agencies/" .. ids[math.random(1, #ids)])
end

function response(status, headers, body)
  if status ~= 200 then print("HTTP " .. status .. ": " .. body) end
end
