-- The agency page as a person sees it (Qute HTML): GET /agencies/{id}.
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/agencies/" .. ids[(n * 7919 % #ids) + 1])
end
