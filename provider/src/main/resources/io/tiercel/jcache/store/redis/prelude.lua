-- Shared by every Tiercel script (prepended at load time).
-- A stored value: byte 1 = 0xE7 (magic), byte 2 = format version 1, byte 3 = codec id,
-- bytes 4-11 = write stamp, then the payload. Anything else under a key is not a live entry.
-- A time to live argument is 'k' (keep the key's), 'e' (eternal), '?' (not known yet: the
-- script asks for it without changing anything), or milliseconds ('0' = expire at once).
local function live(v)
  return v and #v >= 11 and string.byte(v, 1) == 231 and string.byte(v, 2) == 1
end

-- The string under k, or false if there is none or k holds another type (a foreign key).
local function current(k)
  local v = redis.pcall('GET', k)
  if type(v) == 'table' then
    return false
  end
  return v
end

-- Whether the live value cur holds the value whose codec id and payload are expected.
local function holds(cur, expected)
  return string.sub(cur, 3, 3) == string.sub(expected, 1, 1)
      and string.sub(cur, 12) == string.sub(expected, 2)
end

local function stamp(v)
  if live(v) then
    return string.sub(v, 4, 11)
  end
  return ''
end

-- Writes v under k, which holds cur; tc / tu are the creation / update times to live (a
-- creation's is never 'k'; SET without KEEPTTL replaces whatever k held, foreign types too).
local function write(k, cur, v, tc, tu)
  local present = live(cur)
  local t = tc
  if present then
    t = tu
  end
  if t == '?' then
    return {'?', present and 'u' or 'c'}
  end
  if t == '0' then
    if present then
      redis.call('DEL', k)
      return {'D', cur}
    end
    return {'D'}
  end
  if t == 'k' then
    redis.call('SET', k, v, 'KEEPTTL')
  elseif t == 'e' then
    redis.call('SET', k, v)
  else
    redis.call('SET', k, v, 'PX', t)
  end
  if present then
    return {'U', cur}
  end
  return {'C'}
end

-- Records an access of the live value cur under k with access time to live ta.
local function access(k, cur, ta)
  if ta == '?' then
    return {'?', 'a'}
  end
  if ta == '0' then
    redis.call('DEL', k)
    return {'X', cur}
  end
  if ta == 'e' then
    redis.call('PERSIST', k)
  elseif ta ~= 'k' then
    redis.call('PEXPIRE', k, ta)
  end
  return {'N', cur}
end
