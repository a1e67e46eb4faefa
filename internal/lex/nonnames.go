package lex

import "strings"

// IsNonName reports capitalised words that are not names: function words,
// titles, and the vocabulary of telegram headers.
func IsNonName(w string) bool {
	return stopNames[strings.ToLower(w)]
}

var stopNames = Set(`
		the a an i in on at to from by of and or for with no not it this that these those he she we they you your our my
		his her its their there here as but if so all any each one two three first second
		comrade comrades document documents sent received deciphered distribution list typed source number copies
		decision extract protocol minutes meeting report telegram ciphered secret top copy file
		january february march april may june july august september october november december
		monday tuesday wednesday thursday friday saturday sunday
		тов товарищ из в во на по для от до и или но не что как это так при за под над с со к ко о об
		отправлено поступило расшифровал размножено рассылка отп решение выписка вопрос секретарь прошу докладываю
		экз г ф оп д л п если вам вас вы мы они он она оно эта это этот эти часть все всё тт т
		прошу просим сообщаю сообщаем докладываю докладываем копии копия приложение
		января февраля марта апреля мая июня июля августа сентября октября ноября декабря`)
