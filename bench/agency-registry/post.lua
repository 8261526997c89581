-- wrk script: POST /api/v1/agencies, each with a fresh 统一社会信用代码 whose check character is right (GB 32100).
-- Needs TOKEN in the environment. Prints the first few non-201 answers so a wrong setup is seen at once.
local charset = "0123456789ABCDEFGHJKLMNPQRTUWXY"
local weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
local failures = 0
local created = nil
local written = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", math.random(1, 2147483647))
  thread:set("number", threads)
end

function init(args)
  math.randomseed(seed + os.time())
  -- with IDS set, each thread appends the ids it created to IDS.<thread>, for the GET phase
  if os.getenv("IDS") then created = io.open(os.getenv("IDS") .. "." .. number, "a") end
end

local function creditCode()
  local code = "91371300"
  for _ = 1, 9 do
    local k = math.random(1, 31)
    code = code .. charset:sub(k, k)
  end
  local sum = 0
  for i = 1, 17 do
    sum = sum + (charset:find(code:sub(i, i), 1, true) - 1) * weights[i]
  end
  local check = (31 - sum % 31) % 31 + 1
  return code .. charset:sub(check, check)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

function request()
  local code = creditCode()
  local body = '{"creditCode":"' .. code .. '","name":"压测' .. math.random(0, 99) .. '安全评价有限公司' .. code
    .. '","legalRepresentative":"王建国","registeredAddress":"山东省临沂市兰山区北京路 8 号"}'
  return wrk.format(nil, "/api/v1/agencies", nil, body)
end

function response(status, headers, body)
  if status == 201 and created then
    created:write(body:match('"id":"([%x-]+)"'), "\n")
    written = written + 1
    if written % 50 == 0 then created:flush() end
  elseif status ~= 201 then
    failures = failures + 1
    if failures <= 3 then print("HTTP " .. status .. ": " .. body) end
  end
end
