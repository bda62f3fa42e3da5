-- replace(k, expected, v): KEYS[1] = key; ARGV = expected codec id and payload, value, update
-- ttl, access ttl.
local k = KEYS[1]
local cur = current(k)
if not live(cur) then
  return {'N'}
end
if holds(cur, ARGV[1]) then
  return write(k, cur, ARGV[2], ARGV[3], ARGV[3])
end
return access(k, cur, ARGV[4])
