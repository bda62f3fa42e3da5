-- remove(k, expected): KEYS[1] = key; ARGV = expected codec id and payload, access ttl.
local k = KEYS[1]
local cur = current(k)
if not live(cur) then
  return {'N'}
end
if holds(cur, ARGV[1]) then
  redis.call('DEL', k)
  return {'R', cur}
end
return access(k, cur, ARGV[2])
