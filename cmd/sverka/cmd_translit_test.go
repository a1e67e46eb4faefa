package main

import "testing"

func TestTranslitCommand(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stdin  string
		want   string
		status int
	}{
		{"default scheme", []string{"translit", "авиабоязнь, Василевский"}, "", "aviaboiazn', Vasilevskii\n", 0},
		{"popular", []string{"translit", "--scheme", "popular", "Матвеев и Берия"}, "", "Matveyev i Beriya\n", 0},
		{"iso9 from stdin", []string{"translit", "--scheme=iso9", "-"}, "Щука\nЖУК\n", "Ŝuka\nŽUK\n", 0},
		{"no argument reads stdin", []string{"translit", "--scheme", "bgn"}, "Еремеев", "Yeremeyev", 0},
		{"key", []string{"translit", "--key", "-"}, "ЛАВРЕНТЬЕВ\nLavrent'ev\nPAK HÓN-YÓNG\n", "lavrentev\nlavrentev\npahoneng\n", 0},
		{"bad scheme", []string{"translit", "--scheme", "gost", "Щ"}, "", "", 2},
		{"arguments joined", []string{"translit", "ЦК", "ВЧК", "Штыков"}, "", "TsK VChK Shtykov\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sio, out, errb := newTestIO(tt.stdin)
			status := Main(tt.args, sio)
			if status != tt.status {
				t.Fatalf("status %d, want %d; stderr: %s", status, tt.status, errb)
			}
			if out.String() != tt.want {
				t.Errorf("stdout %q, want %q", out, tt.want)
			}
		})
	}
}
