# bench/run.sh: the filter's quote statements from the app's log (Hibernate's SQL at DEBUG, its
# bind parameters at TRACE), each printed as "<request>\t<SQL with its values put in>".
#   awk -v request=N -f bench/lib/sql-with-values.awk < part-of-app.log

function flush(   out, i, rest, at) {
  if (sql == "") return
  out = ""; rest = sql
  for (i = 1; i <= count; i++) {
    at = index(rest, "?")
    if (at == 0) break
    out = out substr(rest, 1, at - 1) value[i]; rest = substr(rest, at + 1)
  }
  print request "\t" out rest
  sql = ""
}

/org\.hibernate\.SQL/ {
  flush()
  line = $0; sub(/.*org\.hibernate\.SQL[ ]*: /, "", line)
  # The page (with its fetch joins), its count, and the occurrences and topics of its quotes
  # when read apart; the ids of the page and its count from the topic rows (quote_topic qtr1_0).
  if (line ~ /from quote q1_0 / || line ~ /from quote_topic qtr1_0 / || line ~ /from quote_occurrence o1_0 where/ || line ~ /from quote_topic t1_0 join topic/) { sql = line; count = 0 }
  next
}

/binding parameter \(/ && sql != "" {
  type = $0; sub(/.*binding parameter \([0-9]+:/, "", type); sub(/\).*/, "", type)
  v = $0; sub(/.*\) <- \[/, "", v); sub(/\][ ]*$/, "", v)
  if (type ~ /CHAR|DATE|TIME/) { gsub(/\047/, "\047\047", v); v = "\047" v "\047" }
  # PostgreSQL binds a batch of ids as one array: [1, 2, 3] becomes the literal {1,2,3} cast to bigint[].
  if (type ~ /ARRAY/) { gsub(/[\[\] ]/, "", v); v = "\047{" v "}\047::bigint[]" }
  value[++count] = v
}

END { flush() }
