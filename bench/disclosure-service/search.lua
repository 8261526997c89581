-- Agency search by a name fragment (from names.txt) and, every other request, a district filter.
local names = {}
for line in io.lines(os.getenv("NAMES")) do names[#names + 1] = line end
local districts = {"%E5%85%B0%E5%B1%B1%E5%8C%BA", "%E6%B2%B3%E4%B8%9C%E5%8C%BA", "%E8%B4%B9%E5%8E%BF"} -- 兰山区 河东区 费县
local function enc(s) return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
local n = 0
request = function()
  n = n + 1
  local path = "/api/public/agencies?size=20&q=" .. enc(names[(n % #names) + 1])
  if n % 2 == 0 then path = path .. "&district=" .. districts[(n % #districts) + 1] .. "&status=ACTIVE" end
  return wrk.format("GET", path)
end
