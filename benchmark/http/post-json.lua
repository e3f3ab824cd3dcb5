-- wrk script: POST a small JSON document (benchmark/http/wrk.py, "echo").
wrk.method = "POST"
wrk.body = '{"id":12345,"name":"eddy","tags":["a","b","c"],"nested":{"x":1.5,"y":[1,2,3]}}'
wrk.headers["Content-Type"] = "application/json"
