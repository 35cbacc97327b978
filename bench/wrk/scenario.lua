-- One wrk scenario. Environment:
--   BENCH_PATHS     file with one request path per line; requests rotate over it (each thread from its own offset)
--   BENCH_MODE      get (default) | member (GET as a logged-in member) | like (POST <path>/like)
--                   | comment (POST <path>/comments as htmx sends it)
--   BENCH_SESSIONS  for member/like/comment: file of "cookie-header<TAB>csrf-token" lines, rotated per request,
--                   so that concurrent requests come from different members as on a real site
--   BENCH_REPORT    file that done() writes the figures to, as one JSON object
local mode = os.getenv("BENCH_MODE") or "get"
local paths, sessions = {}, {}
local n = 0
local threads = 0

local function read_lines(name)
  local out = {}
  for line in io.lines(name) do
    if #line > 0 then out[#out + 1] = line end
  end
  return out
end

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  paths = read_lines(os.getenv("BENCH_PATHS"))
  n = ((thread_number or 1) - 1) * math.floor(#paths / 2 + 1)
  math.randomseed(os.time() + (thread_number or 1) * 7919)
  if mode ~= "get" then
    for _, line in ipairs(read_lines(os.getenv("BENCH_SESSIONS"))) do
      local cookie, token = line:match("^([^\t]+)\t(.+)$")
      sessions[#sessions + 1] = { cookie = cookie, token = token }
    end
  end
end

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function request()
  n = n + 1
  local path = paths[n % #paths + 1]
  if mode == "get" then
    return wrk.format("GET", path)
  end
  local session = sessions[n % #sessions + 1]
  -- wrk.format uses the headers given instead of wrk's (-H), so copy those (Accept-Encoding) first.
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Cookie"] = session.cookie
  if mode == "member" then
    return wrk.format("GET", path, headers)
  end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  local body = "_csrf=" .. session.token
  if mode == "like" then
    path = path .. "/like"
  else
    -- As htmx posts it (a browser with JavaScript): the answer is the new comment and a fresh form. Posted as a
    -- plain form, the answer is a redirect with a flash notice kept in the session until the next page, which
    -- wrk never asks for, so each member's session grew by one notice a post (57 KB read and written back per
    -- post after three minutes, comment posts slowing from 220 to 162/s; 2026-11-30 session 11).
    headers["HX-Request"] = "true"
    path = path .. "/comments"
    body = body .. "&token=" .. uuid() .. "&body=Benchmark+comment+number+" .. n .. "%2C+with+%60code%60+and+**bold**."
  end
  return wrk.format("POST", path, headers, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local ms = function(p) return latency:percentile(p) / 1000 end
  local report = string.format(
    '{"requests": %d, "seconds": %.3f, "rps": %.1f, "bytes": %d, "p50_ms": %.2f, "p90_ms": %.2f, ' ..
    '"p95_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f, "non_2xx_3xx": %d, "socket_errors": %d}',
    summary.requests, seconds, summary.requests / seconds, summary.bytes, ms(50), ms(90), ms(95), ms(99),
    latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout)
  local out = assert(io.open(os.getenv("BENCH_REPORT"), "w"))
  out:write(report, "\n")
  out:close()
end
