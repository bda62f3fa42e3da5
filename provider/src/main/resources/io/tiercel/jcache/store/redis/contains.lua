-- containsKey: KEYS[1] = key. 1 if a live value is there (not foreign bytes), else 0.
if live(current(KEYS[1])) then
  return 1
end
return 0
