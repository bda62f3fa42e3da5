-- putIfAbsent: KEYS[1] = key; ARGV = value, creation ttl. A live entry is left untouched ('P').
local k = KEYS[1]
local cur = current(k)
if live(cur) then
  return {'P', cur}
end
return write(k, false, ARGV[1], ARGV[2], ARGV[2])
