package align

import (
	"fmt"
	"testing"
)

// sectionsBitext is an invented manual in English and Chinese, section by
// section: each section a numbered title and a paragraph. The English
// splitter cuts the title's number off as a sentence of its own ("4.2."
// and "Setting up the printer") where the Chinese title stays one; the
// paragraphs share no words, only the numbers of the titles.
func sectionsBitext() (src, tgt []Sentence, gold []Link) {
	titles := [][2]string{
		{"Setting up the printer", "设置打印机"},
		{"Keeping the clock right", "保持时钟准确"},
		{"Where the logs go", "日志的去向"},
		{"Adding a user", "添加用户"},
		{"Backing up the configuration", "备份配置"},
		{"Choosing a mirror", "选择镜像"},
	}
	bodies := [][2][]string{
		{{"Most printers are found on the network without any help from the administrator, since they announce themselves to every machine that listens, and the desktop offers to add each one it hears of with the driver it guesses for it.", "When one is not, give its address by hand."},
			{"大多数打印机无需管理员的任何帮助即可在网络上找到，因为它们会向每台监听的机器宣告自己，桌面会为听到的每一台打印机提供添加选项，并附上它猜测的驱动程序。", "找不到时，请手动输入它的地址。"}},
		{{"A machine whose clock drifts writes misleading logs and refuses certificates that are still valid."},
			{"时钟漂移的机器会写出误导性的日志，并拒绝仍然有效的证书。"}},
		{{"Each service writes to the journal.", "The journal keeps them until the disk fills or the administrator says otherwise."},
			{"每个服务都写入日志。", "日志会保留它们，直到磁盘写满或管理员另有指示。"}},
		{{"A new account needs a name, a group and a home directory; the tool asks for each in turn."},
			{"新帐户需要一个名称、一个组和一个主目录；该工具会依次询问。"}},
		{{"Copy the whole directory before any upgrade.", "It is small, and it holds years of careful work."},
			{"在任何升级之前复制整个目录。", "它很小，却保存着多年细致的工作。"}},
		{{"A mirror close to the machine is faster, but a busy one is slower than a distant quiet one."},
			{"离机器近的镜像更快，但繁忙的镜像比遥远而空闲的镜像更慢。"}},
	}
	// The chapters take the sections in different orders, so that the
	// lengths do not repeat with a period.
	orders := [][]int{{0, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 0}, {2, 4, 0, 1, 5, 3}, {3, 1, 5, 4, 0, 2}}
	para := 0
	for c, order := range orders {
		ch := c + 1
		for n, k := range order {
			para++
			i, j := len(src), len(tgt)
			if n == 0 {
				num := fmt.Sprintf("%d.", ch)
				src = append(src, Sentence{Text: num, Para: para}, Sentence{Text: titles[k][0], Para: para})
				tgt = append(tgt, Sentence{Text: num + " " + titles[k][1], Para: para})
				gold = append(gold, Link{Source: []int{i, i + 1}, Target: []int{j}})
			} else {
				src = append(src, Sentence{Text: titles[k][0], Para: para})
				tgt = append(tgt, Sentence{Text: titles[k][1], Para: para})
				gold = append(gold, Link{Source: []int{i}, Target: []int{j}})
			}
			para++
			en, zh := bodies[k][0], bodies[k][1]
			for x := range en {
				gold = append(gold, Link{Source: []int{len(src)}, Target: []int{len(tgt)}})
				src = append(src, Sentence{Text: en[x], Para: para})
				tgt = append(tgt, Sentence{Text: zh[x], Para: para})
			}
		}
	}
	return src, tgt, gold
}

// A manual in sections, the English titles' numbers cut off as sentences
// of their own: each title is a 2-1 link inside its paragraph, never
// joined to the first sentence of the paragraph after it (as it was on
// the Debian handbook in Chinese: see agreedBreaks).
func TestNumberedTitles(t *testing.T) {
	src, tgt, gold := sectionsBitext()
	links, err := Align(src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkValid(t, links, len(src), len(tgt))
	var c Counts
	c.Compare(gold, links)
	if s := c.Scores(); s.StrictF1 < 1 {
		t.Errorf("strict F1 %.3f, want 1: %s", s.StrictF1, linksString(links))
	}
}
