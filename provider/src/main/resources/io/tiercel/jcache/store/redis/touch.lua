-- touch: KEYS[1] = key; ARGV = stamp, ttl ('e', '0' or milliseconds). Applies a time to live to
-- the value written with that stamp, if it is still there. Returns its remaining milliseconds,
-- -1 if it is now eternal, -2 if the zero ttl removed it, or false if that value is gone.
local k = KEYS[1]
local cur = current(k)
if ARGV[1] == '' or stamp(cur) ~= ARGV[1] then
  return false
end
local t = ARGV[2]
if t == '0' then
  redis.call('DEL', k)
  return -2
end
if t == 'e' then
  redis.call('PERSIST', k)
  return -1
end
redis.call('PEXPIRE', k, t)
return tonumber(t)
