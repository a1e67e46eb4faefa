package texts

import (
	"regexp"
	"strings"
	"testing"
)

// The prefilter never says no where the pattern says yes.
func TestLinePatternSameAsRegexp(t *testing.T) {
	patterns := []*regexp.Regexp{
		reCitationEN, reCitationRU, reCitationFonds, reItemHeading, reNumberLine, reDateLine, reTimeLine,
		reDistCont, reSeparator, reHeadingEN, reHeadingRU,
		regexp.MustCompile(`(?i)^(скачать|download)$`), regexp.MustCompile(`копия`), regexp.MustCompile(`^\s*$|^x`),
	}
	for _, r := range defaultBoilerplate {
		if r.Pattern != nil {
			patterns = append(patterns, r.Pattern)
		}
	}
	lines := []string{
		"Скачать", "СКАЧАТЬ файл", "Download 1.2 MB", "download", "« Назад 1 2 3 Далее »", "‹ Prev", "1 2 3 4 Next",
		"Страница 2 из 5", "стр. 3 из 9", "Поделиться", "Share this", "© 2021 Архив", "Главная", "наверх", "Просмотров: 45",
		"[Source: APRF, fond 3, opis 65, delo 827, listy 79-80]", "АПРФ. Ф. 3. Оп. 65. Д. 827. Л. 79–80.", "Источник: ЦАМО",
		"#73. - Questions of Korea.", "№ 12. – О Корее.", "No. 600", "№ 1298/ш", "26 сентября 1950 г.", "«2» октября 1950 года",
		"September 26, 1950", "26.9.50", "20.55 по московскому времени", "8:10 a.m. Moscow time", "* * *", "-----",
		"т. Берия – 1, т. Микояну – 1,", "Document 3: Ciphered telegram", "Документ № 3", "копия верна", "x", " ",
		"Received in Moscow", "Ёлка", "ǅemal", "ſecret", "K", "ᴋ", "ДОМОЙ", "Главная страница", "SEARCH",
		"Главная                                                                страница", "[Source:" + strings.Repeat(" ", 300) + "x]",
		strings.Repeat("Поделиться ", 30), "ПОИСК", "Регистрация", "Download " + strings.Repeat("9", 400) + " MB",
	}
	for _, re := range patterns {
		for _, l := range lines {
			if got, want := newLinePattern(re).match(l), re.MatchString(l); got != want {
				t.Errorf("%s on %q: matchLine %v, MatchString %v", re, l, got, want)
			}
		}
	}
}

func TestIsCopyrightLine(t *testing.T) {
	for line, want := range map[string]bool{
		"© 2021 Архив":                           true,
		"(C) 2020 Wilson Center":                 true,
		"Copyright 1999":                         true,
		"2020. All Rights Reserved.":             true,
		"The database is protected by copyright": true,
		"Все права защищены.":                    true,
		"ВСЕ ПРАВА ЗАЩИЩЕНЫ":                     true,
		"Права рабочих защищены законом.":        false,
		"The rights of the crews are reserved":   false,
		"Телеграмма т. Сталину":                  false,
	} {
		if got := isCopyrightLine(line); got != want {
			t.Errorf("%q: %v, want %v", line, got, want)
		}
	}
}
