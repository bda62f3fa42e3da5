-- put: KEYS[1] = key; ARGV = value, creation ttl, update ttl.
local k = KEYS[1]
return write(k, current(k), ARGV[1], ARGV[2], ARGV[3])
