// Package input reads every file sverka reads: texts, glossaries,
// configurations, baselines, alignments, boilerplate and gold files. A
// file named by a path must be a regular file (a device, a pipe or a
// folder there is refused before it is opened, so /dev/zero cannot grow
// memory and a FIFO cannot block), and what is read stops at a bound
// chosen for its kind. Standard input, which is a pipe, is read through
// ReadAll with the same bounds.
package input
