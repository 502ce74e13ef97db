-- wrk script: a crawler. Each request takes the next URL path of the file named by CRAWL_PATHS (one
-- path a line), each wrk thread walking its own share of the list once, in order, then again from its
-- start (so in a run shorter than one walk every request asks for a URL not asked before); with
-- CRAWL_ONCE=1 a thread stops at the end of its share instead, so every request in the run is a first
-- render. With CRAWL_DELAY_MS=m, each connection pauses after each answer for a random time, exponential
-- with mean m ms (a crawler's pace; wrk's delay()). Counts statuses like status.lua. Used by bench/crawl.sh.
local threads = {}
local file = os.getenv("CRAWL_PATHS") or "target/bench-public/crawl-paths.txt"

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local all = {}
  for line in io.lines(file) do table.insert(all, line) end
  local nthreads = tonumber(os.getenv("CRAWL_THREADS") or "2")
  paths = {}
  for i = id + 1, #all, nthreads do table.insert(paths, all[i]) end
  next_index = 1
  counts = {}
  math.randomseed(42 + id)
end

local once = os.getenv("CRAWL_ONCE") == "1"
local mean_delay = tonumber(os.getenv("CRAWL_DELAY_MS") or "")

if mean_delay then
  function delay()
    return -math.log(1 - math.random()) * mean_delay
  end
end

function request()
  local path = paths[next_index]
  if once and next_index == #paths then wrk.thread:stop() end
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do total[status] = (total[status] or 0) + n end
  end
  local line = "statuses:"
  for status, n in pairs(total) do line = line .. " " .. status .. "=" .. n end
  local e = summary.errors
  io.write(line .. string.format("  socket errors: connect=%d read=%d write=%d timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
end
