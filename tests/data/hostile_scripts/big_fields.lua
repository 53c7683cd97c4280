-- Ten fields of 100 MiB: the host would keep 1 GiB of copies.
return { name = "big_fields", version = "1", kinds = {"x"},
  detect = function(doc) return 1 end,
  process = function(doc)
    local big = ("x"):rep(100 * 1024 * 1024)
    for i = 1, 10 do doc:set_field("f" .. i, big) end
  end }
