module calculator

go 1.22
