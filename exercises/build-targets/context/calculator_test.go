// Tests for calculate: `go test ./...` runs them (in the Dockerfile's test stage).
package main

import "testing"

func TestCalculate(t *testing.T) {
	cases := []struct {
		a    float64
		op   string
		b    float64
		want float64
	}{
		{2, "+", 3, 5},
		{7, "-", 10, -3},
		{6, "*", 7, 42},
		{6, "x", 7, 42},
		{1, "/", 4, 0.25},
	}
	for _, c := range cases {
		got, err := calculate(c.a, c.op, c.b)
		if err != nil {
			t.Fatalf("calculate(%v, %q, %v): unexpected error %v", c.a, c.op, c.b, err)
		}
		if got != c.want {
			t.Errorf("calculate(%v, %q, %v) = %v, want %v", c.a, c.op, c.b, got, c.want)
		}
	}
}

func TestCalculateErrors(t *testing.T) {
	if _, err := calculate(1, "/", 0); err == nil {
		t.Error("division by zero: want an error")
	}
	if _, err := calculate(1, "%", 2); err == nil {
		t.Error("unknown operator: want an error")
	}
}
