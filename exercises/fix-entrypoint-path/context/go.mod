module calculator

go 1.21
