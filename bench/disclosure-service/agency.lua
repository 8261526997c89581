-- The agency page's JSON (the same read as the HTML page): GET /api/public/agencies/{id}, ids from ids.txt.
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/public/agencies/" .. ids[(n * 7919 % #ids) + 1])
end
