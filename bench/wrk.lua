-- wrk script of bench/run.sh: requests the paths listed in a file, counts answers by status and
-- prints machine-readable figures when done.
--
--   wrk ... -s bench/wrk.lua http://127.0.0.1:PORT -- PATHS_FILE [conditional]
--
-- PATHS_FILE has one path (with its encoded query) a line; with "conditional", each line is
-- "path<TAB>etag" and every request carries If-None-Match: etag. Each thread walks the list
-- round robin from its own starting point, so that many different paths are asked for.
-- The same script (with its response hook) is used for every endpoint, the baseline included,
-- so that the cost of the hook is the same on both sides of a ratio.

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("number", counter)
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   etags = {}
   for line in io.lines(args[1]) do
      local path, etag = line:match("^([^\t]+)\t?(.*)$")
      if path then
         table.insert(paths, path)
         table.insert(etags, etag)
      end
   end
   if #paths == 0 then
      error("no paths in " .. args[1])
   end
   conditional = args[2] == "conditional"
   statuses = {}
   index = ((number or 1) * 7919) % #paths
end

function request()
   index = index % #paths + 1
   if conditional then
      return wrk.format("GET", paths[index], { ["If-None-Match"] = etags[index] })
   end
   return wrk.format("GET", paths[index])
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local total = {}
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         total[status] = (total[status] or 0) + count
      end
   end
   for status, count in pairs(total) do
      io.write(string.format("STATUS %d %d\n", status, count))
   end
   local errors = summary.errors
   io.write(string.format(
      "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
      errors.connect, errors.read, errors.write, errors.status, errors.timeout))
end
