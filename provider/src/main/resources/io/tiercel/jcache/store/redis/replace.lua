-- replace: KEYS[1] = key; ARGV = value, update ttl. An absent entry stays absent.
local k = KEYS[1]
local cur = current(k)
if not live(cur) then
  return {'N'}
end
return write(k, cur, ARGV[1], ARGV[2], ARGV[2])
