-- replace(k, expected, v): KEYS[1] = key; ARGV = expected payload, value, update ttl, access ttl.
local k = KEYS[1]
local cur = redis.call('GET', k)
if not live(cur) then
  return {'N'}
end
if string.sub(cur, 12) == ARGV[1] then
  return write(k, cur, ARGV[2], ARGV[3], ARGV[3])
end
return access(k, cur, ARGV[4])
