// A tiny HTTP service with its own health check. `greeter` serves on :8080 (GET / and
// GET /healthz); `greeter -healthcheck` is the probe: it calls /healthz on localhost and exits
// 0 when the answer is 200, 1 otherwise, which is what Docker's HEALTHCHECK expects. The image
// then needs no curl, wget or shell to check itself.
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

func main() {
	addr := flag.String("addr", ":8080", "address to listen on")
	healthcheck := flag.Bool("healthcheck", false, "probe http://127.0.0.1:8080/healthz and exit 0 (healthy) or 1")
	flag.Parse()

	if *healthcheck {
		client := http.Client{Timeout: 2 * time.Second}
		resp, err := client.Get("http://127.0.0.1:8080/healthz")
		if err != nil {
			fmt.Fprintln(os.Stderr, "unhealthy:", err)
			os.Exit(1)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			fmt.Fprintln(os.Stderr, "unhealthy: status", resp.StatusCode)
			os.Exit(1)
		}
		os.Exit(0)
	}

	http.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "Hello from greeter!")
	})
	log.Printf("listening on %s", *addr)
	log.Fatal(http.ListenAndServe(*addr, nil))
}
