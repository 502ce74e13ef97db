-- wrk script: counts the responses by status and keeps the first body of each status >= 400, so a
-- run says what its errors were. Headers to send come from the STATUS_HEADERS environment variable
-- ("Name: value|Name: value"). Used by bench/public-api.sh; prints one line: "statuses: 200=1234 ...".
local threads = {}
local extra = os.getenv("STATUS_HEADERS") or ""
for pair in string.gmatch(extra, "[^|]+") do
  local name, value = string.match(pair, "^%s*([^:]+):%s*(.*)$")
  if name then wrk.headers[name] = value end
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  samples = {}
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status >= 400 and not samples[status] then
    samples[status] = string.sub(body or "", 1, 300)
  end
end

function done(summary, latency, requests)
  local total = {}
  local firsts = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
    for status, body in pairs(thread:get("samples")) do
      firsts[status] = firsts[status] or body
    end
  end
  local line = "statuses:"
  local keys = {}
  for status in pairs(total) do table.insert(keys, status) end
  table.sort(keys)
  for _, status in ipairs(keys) do line = line .. " " .. status .. "=" .. total[status] end
  local e = summary.errors
  line = line .. string.format("  socket errors: connect=%d read=%d write=%d timeout=%d",
    e.connect, e.read, e.write, e.timeout)
  io.write(line .. "\n")
  for status, body in pairs(firsts) do
    io.write("first " .. status .. " body: " .. string.gsub(body, "%s+", " ") .. "\n")
  end
end
