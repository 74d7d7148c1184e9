-- wrk script of gateway.sh: each request reads a random one of the published guides that the
-- benchmark backend seeded (codes PublishedGuides.code(0 … count-1)). Usage: wrk -s guides.lua URL -- count
local prefix = "/api/v1/catalog/public/items/11610326MB0000001M46101"
local count = 10000

function init(args)
  count = tonumber(args[1]) or count
  math.randomseed(os.time())
end

function request()
  return wrk.format("GET", prefix .. string.format("%08d", math.random(0, count - 1)))
end
