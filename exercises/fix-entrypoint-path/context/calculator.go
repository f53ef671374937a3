// A tiny interactive calculator: reads "2 + 3" style lines from standard input and prints the
// result. Run it with `docker run -it IMAGE`.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func calculate(a float64, op string, b float64) (float64, error) {
	switch op {
	case "+":
		return a + b, nil
	case "-":
		return a - b, nil
	case "*", "x":
		return a * b, nil
	case "/":
		if b == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return a / b, nil
	}
	return 0, fmt.Errorf("unknown operator %q (use + - * /)", op)
}

func main() {
	fmt.Println("Calculator: type an expression like 2 + 3, or quit to exit.")
	in := bufio.NewScanner(os.Stdin)
	for fmt.Print("> "); in.Scan(); fmt.Print("> ") {
		line := strings.TrimSpace(in.Text())
		if line == "quit" || line == "exit" {
			return
		}
		parts := strings.Fields(line)
		if len(parts) != 3 {
			fmt.Println("please type: number operator number")
			continue
		}
		a, errA := strconv.ParseFloat(parts[0], 64)
		b, errB := strconv.ParseFloat(parts[2], 64)
		if errA != nil || errB != nil {
			fmt.Println("both operands must be numbers")
			continue
		}
		result, err := calculate(a, parts[1], b)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(strconv.FormatFloat(result, 'g', -1, 64))
	}
}
