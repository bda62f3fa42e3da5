-- remove(k, expected): KEYS[1] = key; ARGV = expected payload, access ttl.
local k = KEYS[1]
local cur = redis.call('GET', k)
if not live(cur) then
  return {'N'}
end
if string.sub(cur, 12) == ARGV[1] then
  redis.call('DEL', k)
  return {'R', cur}
end
return access(k, cur, ARGV[2])
