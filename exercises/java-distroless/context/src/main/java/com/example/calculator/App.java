// A tiny interactive calculator: reads "2 + 3" style lines from standard input and prints the
// result. Run it with `docker run -it IMAGE`.
package com.example.calculator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public final class App {
    static double calculate(double a, String op, double b) {
        switch (op) {
            case "+": return a + b;
            case "-": return a - b;
            case "*": case "x": return a * b;
            case "/":
                if (b == 0) throw new ArithmeticException("division by zero");
                return a / b;
            default: throw new IllegalArgumentException("unknown operator " + op + " (use + - * /)");
        }
    }

    public static void main(String[] args) throws IOException {
        System.out.println("Calculator (Java " + Runtime.version().feature() + "): type an expression like 2 + 3, or quit to exit.");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.print("> ");
        for (String line; (line = in.readLine()) != null; System.out.print("> ")) {
            line = line.trim();
            if (line.equals("quit") || line.equals("exit")) return;
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                System.out.println("please type: number operator number");
                continue;
            }
            try {
                System.out.println(calculate(Double.parseDouble(parts[0]), parts[1], Double.parseDouble(parts[2])));
            } catch (NumberFormatException e) {
                System.out.println("both operands must be numbers");
            } catch (RuntimeException e) {
                System.out.println("error: " + e.getMessage());
            }
        }
    }
}
