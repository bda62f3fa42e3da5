-- commit: KEYS[1] = key; ARGV = expected stamp ('' = absent), change ('C', 'U', 'R' or 'N' for
-- an access), value, creation ttl, update ttl, access ttl. Returns {'F'} if the entry changed.
local k = KEYS[1]
local cur = current(k)
if stamp(cur) ~= ARGV[1] then
  return {'F'}
end
local change = ARGV[2]
if change == 'R' then
  if live(cur) then
    redis.call('DEL', k)
    return {'R', cur}
  end
  return {'N'}
end
if change == 'N' then
  if live(cur) then
    return access(k, cur, ARGV[6])
  end
  return {'N'}
end
return write(k, cur, ARGV[3], ARGV[4], ARGV[5])
