-- Drives one phase of the benchmark with wrk. The Java harness (bench/) prepares everything that
-- must not be timed and hands it over in a file, one request per line, fields separated by '|':
--
--   method|path|body|header: value|header: value ...
--
-- Each wrk thread takes every n-th line, so no two connections ever send the same line (distinct
-- seats, distinct idempotency keys, each solved proof-of-work challenge used exactly once). When a
-- thread runs out of lines it stops, and `done` reports how many lines were used, so a run that was
-- too fast for the prepared requests is visible instead of turning into 4xx answers.
--
-- Environment: BENCH_REQUESTS (the file), BENCH_EXPECT (the status that counts as success, e.g. 201),
-- BENCH_THREADS (wrk's -t), BENCH_CYCLE=1 to send the lines again and again (reads, e.g. GET /api/ping).

local file = os.getenv("BENCH_REQUESTS")
local expect = tonumber(os.getenv("BENCH_EXPECT") or "200")
local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
local cycle = os.getenv("BENCH_CYCLE") == "1"
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local function split(line)
  local fields = {}
  for field in (line .. "|"):gmatch("([^|]*)|") do
    table.insert(fields, field)
  end
  return fields
end

function init(args)
  requests = {}
  local n = 0
  for line in io.lines(file) do
    if n % nthreads == id then
      local f = split(line)
      local headers = {}
      for i = 4, #f do
        local colon = f[i]:find(":", 1, true)
        headers[f[i]:sub(1, colon - 1)] = f[i]:sub(colon + 2)
      end
      if f[3] ~= "" then
        headers["Content-Type"] = "application/json"
      end
      table.insert(requests, wrk.format(f[1], f[2], headers, f[3] ~= "" and f[3] or nil))
    end
    n = n + 1
  end
  prepared = #requests
  exhausted = false
  nextRequest = 1
  ok = 0
  other = 0
  statuses = {}
end

function request()
  if cycle and nextRequest > prepared then
    nextRequest = 1
  end
  local r = requests[nextRequest]
  if r == nil then
    -- out of prepared requests: stop this thread; what is still sent is a harmless ping
    exhausted = true
    wrk.thread:stop()
    return wrk.format("GET", "/api/ping")
  end
  nextRequest = nextRequest + 1
  return r
end

function response(status, headers, body)
  if exhausted and status == 204 then
    return
  end
  if status == expect then
    ok = ok + 1
  else
    other = other + 1
    statuses[status] = (statuses[status] or 0) + 1
    if other <= 3 then
      io.stderr:write("unexpected " .. status .. ": " .. (body or ""):sub(1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local ok, other, used, prepared, codes = 0, 0, 0, 0, {}
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("ok")
    other = other + thread:get("other")
    used = used + math.min(thread:get("nextRequest") - 1, thread:get("prepared"))
    prepared = prepared + thread:get("prepared")
    for code, times in pairs(thread:get("statuses")) do
      codes[#codes + 1] = '"' .. code .. '":' .. times
    end
  end
  io.write(string.format(
    'BENCH {"seconds":%.3f,"requests":%d,"ok":%d,"other":%d,"statuses":{%s},"used":%d,"prepared":%d,'
      .. '"socket_errors":%d,"timeouts":%d,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f}\n',
    summary.duration / 1e6, summary.requests, ok, other, table.concat(codes, ","), used, prepared,
    summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
